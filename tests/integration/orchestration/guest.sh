#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# maestro-guest in real containers on a test ship:
#  1. an image holding nothing but maestro-guest (no C library, no shell) runs it;
#  2. containers that `maestro start` made from the busybox image, with maestro-guest
#     mounted, find their dependencies through it: `app` waits (maestro-guest wait --all)
#     until both `db` instances, which open their port late, accept connections through the
#     ship's address, then prints what maestro-guest reads; all run under
#     `maestro-guest run`, which as PID 1 forwards `maestro stop`'s SIGTERM (exit 143) and
#     writes app's log file.
#   guest.sh MAESTRO_EXECUTABLE MAESTRO_GUEST_EXECUTABLE ORCH_ENV
set -euo pipefail
maestro=$1
guest=$(readlink -f "$2")  # a bind mount needs an absolute path
env_file=$3

value() { sed -n "s/^$1=//p" "$env_file"; }
socket=$(value MDT_ORCH1_SOCKET)
image=$(value MDT_ORCH_IMAGE)
port_base=$(value MDT_ORCH_PORT_BASE)
export DOCKER_HOST="unix://$socket"
scratch=mdt-orch/guest-scratch:test

work=$(mktemp -d)
file="$work/guest.yaml"
cleanup() {
    "$maestro" -f "$file" kill -a >/dev/null 2>&1 || true
    "$maestro" -f "$file" clean >/dev/null 2>&1 || true
    docker rmi -f "$scratch" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "guest: FAIL: $*" >&2; exit 1; }

# 1. Nothing but the executable: no /lib, no /bin/sh.
mkdir "$work/scratch"
cp "$guest" "$work/scratch/maestro-guest"
tar -C "$work/scratch" -cf "$work/scratch.tar" maestro-guest
docker import --change 'ENTRYPOINT ["/maestro-guest"]' "$work/scratch.tar" "$scratch" >/dev/null
out=$(docker run --rm -e SERVICE_NAME=db "$scratch" service) || fail "it does not run in an empty image"
[ "$out" = db ] || fail "service printed '$out' in the empty image"
out=$(docker run --rm "$scratch" internal-address) || fail "internal-address failed in the empty image"
[[ "$out" =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "internal-address printed '$out'"
out=$(docker run --rm -e CONTAINER_NAME=x "$scratch" run --log-dir /logs -- /maestro-guest container) ||
    fail "run failed in the empty image"
[ "$out" = x ] || fail "run's command printed '$out' in the empty image"

# 2. The ship's address as the containers reach it: its bridge's gateway, where the published
# ports are served.
ship_ip=$(docker network inspect bridge --format '{{(index .IPAM.Config 0).Gateway}}')
[ -n "$ship_ip" ] || fail "no gateway on orch1's bridge"
db1=$((port_base + 180)) db2=$((port_base + 181))
cat >"$file" <<YAML
__maestro: {schema: 2}
name: guestcheck
ships:
  orch1: {ip: $ship_ip, socket_path: $socket}
services:
  db:
    image: $image
    instances:
      db-1: &db
        ship: orch1
        ports: {sql: "7000:$db1"}
        volumes: &guest {$guest: {target: /guest/maestro-guest, mode: ro}}
        # The listener opens late, so that app has to wait for it.
        command: ["/guest/maestro-guest", "run", "--", "sh", "-c",
                  "sleep 2; exec nc -ll -p \$(/guest/maestro-guest port sql) -e /bin/cat"]
      db-2:
        <<: *db
        ports: {sql: "7000:$db2"}
  app:
    image: $image
    requires: [db]
    env: {PATH: "/guest:/bin"}
    instances:
      app-1:
        ship: orch1
        volumes: *guest
        command:
          - maestro-guest
          - run
          - --log-dir
          - /tmp/logs
          - --
          - sh
          - -c
          - >-
            maestro-guest wait db --port sql --all --timeout 60 >/dev/null &&
            echo "nodes \$(maestro-guest nodes db --port sql --separator ,)" &&
            echo "self \$(maestro-guest env-name)/\$(maestro-guest service)/\$(maestro-guest container)" &&
            echo "host \$(maestro-guest host db db-2) \$(maestro-guest host-address --ip)" &&
            for node in \$(maestro-guest nodes db --port sql); do
              echo "answer \$({ echo hi; sleep 1; } | nc -w 2 \${node%:*} \${node#*:})";
            done &&
            echo "ready" && exec sleep 600
YAML

"$maestro" -f "$file" start || fail "maestro start exited with $?"
logs=
for ((i = 0; i < 600; i++)); do
    logs=$(docker logs app-1 2>&1)
    grep -q '^ready$' <<<"$logs" && break
    [ "$(docker inspect --format '{{.State.Running}}' app-1)" = true ] || break
    sleep 0.1
done
grep -q '^ready$' <<<"$logs" || fail "app-1 did not get ready: $logs"
expect() { grep -qx "$1" <<<"$logs" || fail "app-1 printed no line '$1': $logs"; }
expect "nodes $ship_ip:$db1,$ship_ip:$db2"
expect "self guestcheck/app/app-1"
expect "host $ship_ip $ship_ip"
# What the db nodes echoed: they listened when the wait was over.
[ "$(grep -c '^answer hi$' <<<"$logs")" = 2 ] || fail "app-1 did not reach both db nodes: $logs"
log_file=$(docker exec app-1 cat /tmp/logs/app-1.log) || fail "app-1 wrote no log file"
grep -qx "nodes $ship_ip:$db1,$ship_ip:$db2" <<<"$log_file" || fail "app-1's log file: $log_file"

"$maestro" -f "$file" stop -a || fail "maestro stop exited with $?"
for container in db-1 db-2 app-1; do
    state=$(docker inspect --format '{{.State.Status}} {{.State.ExitCode}}' "$container")
    [ "$state" = "exited 143" ] ||
        fail "$container should have ended on the SIGTERM its PID 1 forwarded (143), is: $state"
done
echo "guest: runs in an empty image; app found both db nodes once they listened; stopped on SIGTERM"
