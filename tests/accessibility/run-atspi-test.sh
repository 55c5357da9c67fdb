#!/usr/bin/env bash
# The AT-SPI test: opens Empathy Desk on a generated offline profile inside Xvfb, with a private D-Bus
# session and the AT-SPI bus, and lets check-atspi.py read its accessibility tree.
# Usage: run-atspi-test.sh BUILD_DIR
set -euo pipefail
build="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3 # Debian's, where python3-pyatspi is installed (not a pyenv one on the PATH)
for need in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher "$python"; do
    if ! command -v "$need" >/dev/null; then
        echo "missing $need: run scripts/setup (xvfb, dbus, at-spi2-core, python3-pyatspi)" >&2
        exit 1
    fi
done
"$python" -c 'import pyatspi' || { echo "python3-pyatspi is missing: run scripts/setup" >&2; exit 1; }

data="$(mktemp -d)"
xvfb=""
trap '[[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null; rm -rf "$data"' EXIT
"$build/bin/empathy-desk" --data-dir "$data" --profile a11y --generate-demo 40 --demo-now 2026-03-16T10:30:00Z >/dev/null

# Xvfb picks a free display itself and writes its number once it accepts connections (-displayfd);
# xvfb-run -a guessed a number from lock files and now and then lost a race for it ("could not connect
# to display :99"). Reading the FIFO waits for the server without polling.
mkfifo "$data/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$data/display" 2>"$data/xvfb.log" &
xvfb=$!
number=""
read -r number <"$data/display" || true
if [[ -z "$number" ]]; then
    echo "Xvfb did not start:" >&2
    cat "$data/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$number"

export EMPATHY_DESK="$build/bin/empathy-desk" DATA="$data" CHECK="$here/check-atspi.py" PYTHON="$python"
dbus-run-session -- bash -c '
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
exit "${PIPESTATUS[0]}"
