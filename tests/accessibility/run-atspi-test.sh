#!/usr/bin/env bash
# The AT-SPI test: opens Empathy Desk on a generated offline profile inside Xvfb, with a private D-Bus
# session and the AT-SPI bus, and lets check-atspi.py read its accessibility tree.
# Usage: run-atspi-test.sh BUILD_DIR
set -euo pipefail
build="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3 # Debian's, where python3-pyatspi is installed (not a pyenv one on the PATH)
for need in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher "$python"; do
    if ! command -v "$need" >/dev/null; then
        echo "missing $need: run scripts/setup (xvfb, dbus, at-spi2-core, python3-pyatspi)" >&2
        exit 1
    fi
done
"$python" -c 'import pyatspi' || { echo "python3-pyatspi is missing: run scripts/setup" >&2; exit 1; }

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$build/bin/empathy-desk" --data-dir "$data" --profile a11y --generate-demo 40 --demo-now 2026-03-16T10:30:00Z >/dev/null

export EMPATHY_DESK="$build/bin/empathy-desk" DATA="$data" CHECK="$here/check-atspi.py" PYTHON="$python"
exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash -c '
    set -u
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
    "$EMPATHY_DESK" --data-dir "$DATA" --profile a11y --language en &
    desk=$!
    "$PYTHON" "$CHECK"
    status=$?
    kill $desk $launcher 2>/dev/null
    wait $desk 2>/dev/null
    exit $status' 2>&1 | grep -v "Failed to set fd limit"
