#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 13's "Done when", tried in a real window as a new user would, through AT-SPI and
# xdotool only (no test hooks in the app):
#   open a copy of the quickstart, start it, change web-1's host port in the Edit dock's
#   form, add an environment variable, draw a dependency in the graph (Shift: wants_info),
#   undo one step (the dependency), save through "Review changes", Apply Changes and run it,
#   quit; then checks that the app exited with status 0 (a sanitizer report is not 0),
# that the saved file differs from the original in exactly the two intended lines and that
# web-1 was re-created with the new port and answers on it.
#   tests/trial/editing-trial.sh [BUILD_DIR]      (root: it starts its own Docker daemons)
# Exit 0: passed; 1: failed; 77: skipped (no Xvfb, pyatspi or xdotool; see the message).
# Everything it starts (Xvfb, buses, the app, orchships.sh's daemons and their containers)
# is stopped by PID or by orchships.sh on every exit. Keeps its logs in $TRIAL_KEEP when set.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
app=$build/src/app/maestro-desktop
export MAESTRO_GUEST=$build/src/guest/maestro-guest
# shellcheck source=gui-session.sh
. "$here/gui-session.sh"

missing=$(gui_session_missing)
if [ -n "$missing" ]; then
    echo "SKIP: cannot drive a window, missing: $missing (scripts/install-deps.sh installs them)"
    exit 77
fi
for f in "$app" "$MAESTRO_GUEST"; do
    [ -x "$f" ] || { echo "editing-trial: $f not built" >&2; exit 1; }
done

work=$(mktemp -d /tmp/maestro-trial.XXXXXX)
ships=$work/ships
cleanup() {
    gui_session_stop
    "$root/tests/integration/orchestration/orchships.sh" stop "$ships" >/dev/null 2>&1
    if [ -n "${TRIAL_KEEP:-}" ]; then
        mkdir -p "$TRIAL_KEEP" && cp -r "$work/run" "$work"/*.yaml "$work"/*.log "$TRIAL_KEEP"/ 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() {
    echo "FAIL: $*"
    [ -n "${DISPLAY:-}" ] && import -window root "$work/run/failure.png" 2>/dev/null
    [ -f "$work/run/app.log" ] && tail -20 "$work/run/app.log"
    exit 1
}
step() { echo "[$(date +%T)] $*"; }

# A ship of our own (orchships.sh claims a slot: its bridges and a port range no one else
# uses), with the quickstart's images built there from busybox-static, never pulled.
step "starting a private Docker daemon"
"$root/tests/integration/orchestration/orchships.sh" start "$ships" >"$work/ships.log" 2>&1 ||
    { cat "$work/ships.log"; fail "orchships.sh start"; }
. "$ships/orch.env"
export MAESTRO_DOCKER_SOCKET=$MDT_ORCH1_SOCKET
docker_() { DOCKER_HOST="unix://$MAESTRO_DOCKER_SOCKET" /usr/bin/docker "$@"; }
"$root/scripts/build-example-images.sh" >"$work/images.log" 2>&1 ||
    { cat "$work/images.log"; fail "build-example-images.sh"; }

# The quickstart as a user copies it, with the host ports moved into our slot's range, so
# that a trial never collides with another test (or another trial) on 16379/18080.
redis_port=$((MDT_ORCH_PORT_BASE + 1))
web_port=$((MDT_ORCH_PORT_BASE + 2))
new_port=$((MDT_ORCH_PORT_BASE + 3))
sed -e "s/16379/$redis_port/" -e "s/18080/$web_port/" "$root/examples/quickstart.yaml" \
    >"$work/original.yaml"
cp "$work/original.yaml" "$work/maestro.yaml"

mkdir -p "$work/run"
step "starting Xvfb, a session bus and the AT-SPI bus"
gui_session_start "$work/run" || fail "GUI session"
# Settings in a throw-away place: the review dialog is on, the layout the default one.
export XDG_CONFIG_HOME=$work/config
# A real window on Xvfb, whatever the caller set (scripts/test.sh runs tests offscreen).
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
    "$app" --size 1380x860 "$work/maestro.yaml" >"$work/run/app.log" 2>&1 &
app_pid=$!
TRIAL_PIDS+=($app_pid)

step "driving the window"
timeout 150 /usr/bin/python3 "$here/drive_editing.py" "$app_pid" "$new_port" \
    "$work/run" 2>&1 | tee "$work/drive.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "the driver (see above)"
gui_session_record_registry
# The driver quit the app; under the sanitizers a report (a leak at exit included) is a
# non-zero status.
app_status=0
wait "$app_pid" || app_status=$?
[ "$app_status" = 0 ] || fail "maestro-desktop exited with status $app_status"

step "checking the saved file"
# What the user meant, written by hand: web-1's port line changed, and its new env block
# (two lines) after its last line; every other byte as before. The undone dependency is
# not there.
sed -e "s/external: \[127.0.0.1, $web_port\]/external: [127.0.0.1, $new_port]/" \
    -e '/match_regex: Hello, max_wait: 20}$/a\        env:\n          TRIAL_VAR: from-the-trial' \
    "$work/original.yaml" >"$work/expected.yaml"
diff -u "$work/original.yaml" "$work/maestro.yaml" | tee "$work/saved.diff"
cmp -s "$work/expected.yaml" "$work/maestro.yaml" ||
    { diff -u "$work/expected.yaml" "$work/maestro.yaml"; fail "the saved file is not the intended one"; }

step "checking web-1's container"
ports=$(docker_ port web-1 2>/dev/null)
echo "docker port web-1: $ports"
echo "$ports" | grep -q "127.0.0.1:$new_port" || fail "web-1 does not publish $new_port"
docker_ inspect -f '{{range .Config.Env}}{{println .}}{{end}}' web-1 | grep -q '^TRIAL_VAR=' ||
    fail "web-1 has no TRIAL_VAR"
page=$(curl -s --max-time 5 "http://127.0.0.1:$new_port/")
echo "http://127.0.0.1:$new_port/ -> $(echo "$page" | head -1)"
echo "$page" | grep -q Hello || fail "web-1 does not answer on $new_port"
curl -s --max-time 2 "http://127.0.0.1:$web_port/" >/dev/null && fail "the old port still answers"
echo "PASS"
