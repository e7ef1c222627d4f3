#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main views of maestro-desktop under Xvfb into docs/images/.
#   scripts/screenshots.sh [build-dir]      (default: build; needs xvfb-run)
# The pictures of runs need a Docker daemon: the script starts orchships.sh's two
# test daemons (root, dockerd, busybox-static) in a throw-away directory, builds the
# quickstart's images there with scripts/build-example-images.sh (never pulled), points
# the quickstart at them through MAESTRO_DOCKER_SOCKET, and stops them at the end.
# Each picture is one run of the app with --screenshot, which grabs the window once the
# file is loaded and the graph laid out. Settings go to a throw-away config directory, so
# the pictures do not depend on the user's saved layout.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
app="$build/src/app/maestro-desktop"
out="$root/docs/images"
[ -x "$app" ] || { echo "screenshots.sh: $app not built" >&2; exit 1; }
work=$(mktemp -d)
ships="$work/ships"
cleanup() {
    "$root/tests/integration/orchestration/orchships.sh" stop "$ships" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
mkdir -p "$out"
export XDG_CONFIG_HOME="$work/config"

shot() { # shot NAME [app arguments...]
    name=$1; shift
    xvfb-run -a -s '-screen 0 1400x900x24' "$app" --size 1280x760 \
        --screenshot "$out/$name.png" "$@" 2>"$work/$name.log" \
        || { cat "$work/$name.log" >&2; exit 1; }
    echo "docs/images/$name.png"
}

quickstart="$root/examples/quickstart.yaml"

# The daemons, and the quickstart's images exactly as the README's main job builds them.
"$root/tests/integration/orchestration/orchships.sh" start "$ships" >"$work/ships.log" 2>&1 \
    || { cat "$work/ships.log" >&2; exit 1; }
export MAESTRO_DOCKER_SOCKET="$ships/orch1.sock"
docker_() { DOCKER_HOST="unix://$MAESTRO_DOCKER_SOCKET" /usr/bin/docker "$@"; }
"$root/scripts/build-example-images.sh" >"$work/images.log" 2>&1 \
    || { cat "$work/images.log" >&2; exit 1; }
clean_containers() {
    ids=$(docker_ ps -aq)
    [ -z "$ids" ] || docker_ rm -f $ids >/dev/null
}
shot main-window --select web-1 "$quickstart"
shot main-window-de --lang de --select web-1 "$quickstart"
shot grouped-by-service --group-by service --select redis-1 "$quickstart"
# Rename's preview: the service's key and the requires that names it.
shot rename-preview --rename-preview service:redis=cache "$quickstart"

# A larger environment, to show the layered layout.
cat > "$work/shop.yaml" <<'YAML'
name: shop
ships:
  # Loopback addresses where no daemon listens: the live state finds them down at once
  # and nothing leaves the machine.
  front: {ip: 127.0.0.10, docker_port: 1}
  back: {ip: 127.0.0.20, docker_port: 1}
services:
  postgres:
    image: postgres:15
    instances:
      pg-1: {ship: back, ports: {pg: 5432}}
  redis:
    image: redis:7
    instances:
      redis-1: {ship: back, ports: {redis: 6379}}
  search:
    image: opensearch:2
    instances:
      search-1: {ship: back, ports: {http: 9200}}
  data:
    image: busybox
    instances:
      data-1: {ship: back, volumes: {/data: /srv/data}}
  catalog:
    image: shop/catalog:3
    requires: [postgres, search]
    instances:
      catalog-1: {ship: back, ports: {http: 8081}, volumes_from: [data-1]}
  orders:
    image: shop/orders:3
    requires: [postgres, redis]
    wants_info: [catalog]
    instances:
      orders-1: {ship: back, ports: {http: 8082}}
      orders-2: {ship: front, ports: {http: 8082}}
  web:
    image: shop/web:5
    requires: [catalog, orders]
    wants_info: [redis]
    instances:
      web-1: {ship: front, ports: {http: 80}}
      web-2: {ship: front, ports: {http: 81}}
      web-3: {ship: front, ports: {http: 82}}
YAML

# Editing: web-1's form in the Edit dock (its image inherited from web, its ship chosen by
# a template expression: read-only, with its badge); Save's review of two form edits; the
# graph with a dependency line selected (Delete removes it).
sed -e "/web-1:/,/ship:/ s|ship: local|ship: \"{{ env.WEB_SHIP \| default('local') }}\"|" \
    "$quickstart" >"$work/forms.yaml"
shot edit-forms --select web-1 --show-panel edit "$work/forms.yaml"
cp "$quickstart" "$work/maestro.yaml"
shot review-changes --screenshot-at review \
    --edit 'services.web.instances.web-1.ports.http={exposed: 8080, external: [127.0.0.1, 18081]}' \
    --edit 'services.web.instances.web-1.env={LOG_LEVEL: debug}' "$work/maestro.yaml"
shot graph-edge-selected --select-edge --group-by service "$work/shop.yaml"

# Runs: the plan preview of "start web-1" (redis-1 is pulled in), the run in progress
# (a check running), and the end of the run with its timeline and the live tree.
shot plan-preview --select web-1 --run start --screenshot-at preview "$quickstart"
clean_containers
shot run-in-progress --run start --yes --screenshot-at checking --screenshot-delay 0 "$quickstart"
clean_containers
shot run-timeline --run start --yes --screenshot-at finished --show-timeline \
    --screenshot-delay 1500 "$quickstart"
# While it runs: the ships panel's live connection state, and the details of web-1 with a
# changed GREETING in the file (drift against the running container).
shot ships-panel --show-panel ships --select web-1 --screenshot-delay 1000 "$quickstart"
sed 's/GREETING: Hello from Maestro Desktop/GREETING: Hello from the edited file/' \
    "$quickstart" >"$work/edited.yaml"
shot details-drift --show-panel details --select web-1 --screenshot-delay 1000 "$work/edited.yaml"
# web-1's output: what it serves on stdout, the requests of its http check on stderr.
shot logs --show-panel logs --select web-1 --screenshot-delay 1500 "$quickstart"
# Check Now on the running containers, with web's check changed so that it cannot pass.
sed 's/match_regex: Hello, max_wait: 20/match_regex: Goodbye, max_wait: 2/' "$quickstart" \
    >"$work/goodbye.yaml"
shot check-now --check-now --screenshot-delay 3500 "$work/goodbye.yaml"
shot run-stopped --run stop --yes --screenshot-at finished --screenshot-delay 1500 "$quickstart"
clean_containers
# A check that cannot pass: its reason in the run panel and the tree.
sed 's/match_regex: Hello, max_wait: 20/match_regex: Goodbye, max_wait: 3/' "$quickstart" \
    > "$work/failing.yaml"
shot failing-check --run start --yes --screenshot-at finished --screenshot-delay 1500 \
    --select web-1 "$work/failing.yaml"
clean_containers

# A container that ignores SIGTERM, stopped: killed after the stop timeout (10 s), which
# the tree says instead of a bare exit 137.
cat >"$work/stubborn.yaml" <<YAML
name: stubborn
ships:
  local: {ip: 127.0.0.1, socket_path: $MAESTRO_DOCKER_SOCKET}
services:
  worker:
    image: mdt-orch/busybox:test
    instances:
      worker-1: {ship: local, command: "sh -c 'trap \\"\\" TERM; while true; do sleep 1; done'"}
YAML
xvfb-run -a -s '-screen 0 1400x900x24' "$app" --run start --yes --screenshot-at finished \
    --screenshot "$work/started.png" "$work/stubborn.yaml" 2>"$work/started.log" \
    || { cat "$work/started.log" >&2; exit 1; }
shot stopped-timeout --run stop --yes --screenshot-at finished --screenshot-delay 1500 \
    --select worker-1 "$work/stubborn.yaml"
clean_containers

# A mistake in the file: the diagnostics panel, and the line it points at.
sed 's/requires: \[redis\]/requires: [rediss]/' "$quickstart" > "$work/maestro.yaml"
shot diagnostics "$work/maestro.yaml"
shot yaml-view --show-diagnostic 0 --diagnostic-tooltip "$work/maestro.yaml"

# The file breaks while it is open: the last good model stays, marked stale.
cp "$quickstart" "$work/editing.yaml"
shot stale --screenshot-delay 2500 --select web-1 "$work/editing.yaml" &
sleep 1.2
sed -i 's/requires: \[redis\]/requires: [rediss]/' "$work/editing.yaml"
wait

shot dependency-graph --group-by service --select orders-1 "$work/shop.yaml"
