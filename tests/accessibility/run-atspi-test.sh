#!/usr/bin/env bash
# The AT-SPI test: opens Empathy Desk on a generated offline profile inside Xvfb, with a private D-Bus
# session and the AT-SPI bus, and lets check-atspi.py read its accessibility tree.
# Usage: run-atspi-test.sh BUILD_DIR
set -euo pipefail
build="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3 # Debian's, where python3-pyatspi is installed (not a pyenv one on the PATH)
for need in Xvfb xdpyinfo dbus-run-session /usr/libexec/at-spi-bus-launcher "$python"; do
    if ! command -v "$need" >/dev/null; then
        echo "missing $need: run scripts/setup (xvfb, x11-utils, dbus, at-spi2-core, python3-pyatspi)" >&2
        exit 1
    fi
done
"$python" -c 'import pyatspi' || { echo "python3-pyatspi is missing: run scripts/setup" >&2; exit 1; }

data="$(mktemp -d)"
xvfb=""
trap '[[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null; rm -rf "$data"' EXIT
"$build/bin/empathy-desk" --data-dir "$data" --profile a11y --generate-demo 40 --demo-now 2026-03-16T10:30:00Z >/dev/null

# Xvfb starts on a display number of our choosing and writes it once it accepts connections
# (-displayfd), so nothing polls; xdpyinfo proves a client gets in, and a number that is taken is given
# up for another (xvfb-run -a guessed from lock files and lost races). -noreset: by default an X server
# resets when its last client leaves, and a client that connects during the reset is refused. xdpyinfo
# and the AT-SPI bus launcher each connect and leave just before Empathy Desk starts, which then failed
# now and then with "could not connect to display".
start_xvfb() {
    local attempt wanted number
    for attempt in 1 2 3 4 5; do
        wanted=$((100 + RANDOM % 800))
        rm -f "$data/display"
        mkfifo "$data/display"
        Xvfb ":$wanted" -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$data/display" 2>"$data/xvfb.log" &
        xvfb=$!
        number=""
        read -r number <"$data/display" || true
        if [[ -n "$number" ]] && xdpyinfo -display ":$number" >/dev/null 2>&1; then
            export DISPLAY=":$number"
            return 0
        fi
        echo "Xvfb attempt $attempt (display :$wanted) is not reachable:" >&2
        cat "$data/xvfb.log" >&2
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true
        xvfb=""
    done
    echo "Xvfb did not give a reachable display in 5 attempts" >&2
    return 1
}
start_xvfb

status=0
export EMPATHY_DESK="$build/bin/empathy-desk" DATA="$data" CHECK="$here/check-atspi.py" PYTHON="$python"
dbus-run-session -- bash -c '
    set -u
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
    "$EMPATHY_DESK" --data-dir "$DATA" --profile a11y --language en &
    desk=$!
    DESK_PID=$desk "$PYTHON" "$CHECK"
    status=$?
    kill $desk $launcher 2>/dev/null
    wait $desk 2>/dev/null
    exit $status' 2>&1 | grep -v "Failed to set fd limit" || status="${PIPESTATUS[0]}"
if ((status != 0)); then
    echo "Xvfb's log:" >&2
    cat "$data/xvfb.log" >&2
fi
exit "$status"
