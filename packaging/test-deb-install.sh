#!/usr/bin/env bash
# The package install test (ctest package_install): builds the .deb of a build directory with CPack,
# checks its metadata, installs it into a clean root with dpkg, runs the installed empathy-desk and
# empathy-server --version, validates the installed desktop entry and AppStream file, removes the
# package and checks that nothing of it is left behind.
#
#   packaging/test-deb-install.sh BUILD_DIR
set -euo pipefail
build_dir="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "package_install: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=("$work"/out/empathy-desk_*.deb)
[[ -f "${deb[0]}" ]] || fail "no .deb was made"
version="$(dpkg-deb --field "${deb[0]}" Version)"
depends="$(dpkg-deb --field "${deb[0]}" Depends)"
[[ "$depends" == *libqt6widgets6* && "$depends" == *libsodium23* && "$depends" == *libqt6sql6-sqlite* &&
   "$depends" == *libsimdjson14* ]] ||
    fail "Depends lacks the Qt, libsodium, simdjson or SQLite driver packages: $depends"
dpkg-deb --contents "${deb[0]}" >"$work/contents"
for path in usr/bin/empathy-desk usr/bin/empathy-server usr/bin/empathy-emotion \
    usr/share/applications/org.empathydesk.Desk.desktop usr/share/metainfo/org.empathydesk.Desk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.empathydesk.Desk.svg \
    usr/share/icons/hicolor/48x48/apps/org.empathydesk.Desk.png \
    usr/share/icons/hicolor/256x256/apps/org.empathydesk.Desk.png \
    usr/lib/systemd/system/empathy-server.service etc/default/empathy-server \
    usr/share/man/man1/empathy-desk.1.gz usr/share/man/man1/empathy-server.1.gz \
    usr/share/man/man1/empathy-emotion.1.gz; do
    grep -q " \./$path\$" "$work/contents" || fail "the package lacks /$path"
done

# A clean root with an empty dpkg database. Its dependencies are the libraries of this machine, which
# the installed programs load: dpkg is told not to look for them in the empty root.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "${deb[0]}" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; fail "dpkg could not install the package"; }
[[ "$(dpkg --root="$root" -s empathy-desk | sed -n 's/^Status: //p')" == "install ok installed" ]] ||
    fail "dpkg does not list the package as installed"

desk="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/empathy-desk" --version)"
server="$("$root/usr/bin/empathy-server" --version)"
[[ "$desk" == "empathy-desk $version" ]] || fail "installed empathy-desk --version said: $desk"
[[ "$server" == "empathy-server $version" ]] || fail "installed empathy-server --version said: $server"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.empathydesk.Desk.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli rejects the metainfo file"; }
desktop-file-validate "$root/usr/share/applications/org.empathydesk.Desk.desktop" ||
    fail "desktop-file-validate rejects the desktop entry"
# The unit starts the installed server (systemd-analyze verify needs a running systemd, which containers
# lack, so the unit's program is checked here).
exec_start="$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$root/usr/lib/systemd/system/empathy-server.service")"
[[ "$exec_start" == /usr/bin/empathy-server && -x "$root$exec_start" ]] ||
    fail "the systemd unit does not start the installed server: $exec_start"

dpkg --root="$root" --force-not-root --log=/dev/null --purge empathy-desk >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "dpkg could not remove the package"; }
left="$(cd "$root" && find . -mindepth 1 -not -path './var' -not -path './var/lib' -not -path './var/lib/dpkg' \
    -not -path './var/lib/dpkg/*')"
[[ -z "$left" ]] || fail "left behind after removal: $left"
echo "package_install: $(basename "${deb[0]}") installs, runs ($desk; $server), validates and removes cleanly"
