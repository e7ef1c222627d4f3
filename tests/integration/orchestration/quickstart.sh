#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's main job, end to end on a test ship: build the quickstart images from
# busybox-static, `maestro start` examples/quickstart.yaml, fetch the web page through the
# published port, `maestro stop`, and check that both containers stopped on SIGTERM, which
# their PID 1 (`maestro-guest run`) forwarded (exit code 143), rather than being killed after
# the stop timeout (137). `maestro clean` at the end.
#   quickstart.sh MAESTRO_EXECUTABLE ORCH_ENV MAESTRO_GUEST_EXECUTABLE
# The file is used as shipped except for its two host ports, which move into this slot's
# range so that a quickstart the user left running on the same machine does not collide.
set -euo pipefail
maestro=$1
env_file=$2
export MAESTRO_GUEST=$3
source_dir=$(cd "$(dirname "$0")/../../.." && pwd)

value() { sed -n "s/^$1=//p" "$env_file"; }
socket=$(value MDT_ORCH1_SOCKET)
port_base=$(value MDT_ORCH_PORT_BASE)
redis_port=$((port_base + 190))
web_port=$((port_base + 191))
export MAESTRO_DOCKER_SOCKET=$socket DOCKER_HOST="unix://$socket"

work=$(mktemp -d)
file="$work/quickstart.yaml"
sed -e "s/16379/$redis_port/" -e "s/18080/$web_port/" "$source_dir/examples/quickstart.yaml" >"$file"
cleanup() {
    "$maestro" -f "$file" kill -a >/dev/null 2>&1 || true
    "$maestro" -f "$file" clean >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "quickstart: FAIL: $*" >&2; exit 1; }

"$source_dir/scripts/build-example-images.sh"
"$maestro" -f "$file" start || fail "maestro start exited with $?"

page=$(curl -fsS --max-time 10 "http://127.0.0.1:$web_port/") || fail "no page on port $web_port"
grep -q "Hello from Maestro Desktop" <<<"$page" || fail "the page lacks the greeting: $page"
grep -q "Redis node found: 127.0.0.1:$redis_port" <<<"$page" ||
    fail "the page does not name the Redis node maestro-guest found: $page"

"$maestro" -f "$file" stop -a || fail "maestro stop exited with $?"
for container in redis-1 web-1; do
    state=$(docker inspect --format '{{.State.Status}} {{.State.ExitCode}}' "$container")
    [ "$state" = "exited 143" ] ||
        fail "$container should have ended on the forwarded SIGTERM (exit code 143), is: $state"
done
"$maestro" -f "$file" clean || fail "maestro clean exited with $?"
echo "quickstart: started, served the page, stopped on SIGTERM, cleaned"
