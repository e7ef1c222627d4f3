#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main views of maestro-desktop under Xvfb into docs/images/.
#   scripts/screenshots.sh [build-dir]      (default: build; needs xvfb-run)
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
trap 'rm -rf "$work"' EXIT INT TERM
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
shot main-window --select web-1 "$quickstart"
shot main-window-de --lang de --select web-1 "$quickstart"
shot grouped-by-service --group-by service --select redis-1 "$quickstart"

# A mistake in the file: the diagnostics panel, and the line it points at.
sed 's/requires: \[redis\]/requires: [rediss]/' "$quickstart" > "$work/maestro.yaml"
shot diagnostics "$work/maestro.yaml"
shot yaml-view --show-diagnostic 0 "$work/maestro.yaml"

# The file breaks while it is open: the last good model stays, marked stale.
cp "$quickstart" "$work/editing.yaml"
shot stale --screenshot-delay 2500 --select web-1 "$work/editing.yaml" &
sleep 1.2
sed -i 's/requires: \[redis\]/requires: [rediss]/' "$work/editing.yaml"
wait

# A larger environment, to show the layered layout.
cat > "$work/shop.yaml" <<'YAML'
name: shop
ships:
  front: {ip: 10.0.0.10}
  back: {ip: 10.0.0.20}
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
shot dependency-graph --group-by service --select orders-1 "$work/shop.yaml"
