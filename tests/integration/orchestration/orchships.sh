#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The orchestration tests' own ships, separate from ships.sh's (other names, bridges and
# ports), so both suites can run at the same time on one machine. Bridge names, subnets,
# the TCP port and the published-port range derive from a slot (one of 50) claimed for DIR
# (tests/integration/lib/harness.sh), so two build directories do not tear down each
# other's bridges or collide on ports:
#   orch1  unix socket DIR/orch1.sock,                     bridge mdt-oa<slot> (10.238.<200+slot>.1/24)
#   orch2  unix socket DIR/orch2.sock + TCP 127.0.0.1:<23800+slot>, bridge mdt-ob<slot> (10.239.<200+slot>.1/24)
#   tests publish host ports from MDT_ORCH_PORT_BASE = 12000 + 200 * slot (up to 199 more;
#   registrypull.sh's registry listens on the base + 195).
# The ranges (12000-21999, 23800-23849) are apart from ships.sh's (24000-24499) and below the
# kernel's ephemeral ports; a slot where something on this machine listens on one of its ports
# is skipped.
# Both get the image mdt-orch/busybox:test (a `docker import` of busybox-static; never pulled),
# also tagged mdt-orch/busybox:canary.
# Usage: orchships.sh start DIR | stop DIR | kill DIR SHIP | revive DIR SHIP.
# `start` writes DIR/orch.env (KEY=value lines). `kill` ends one ship's dockerd with SIGKILL
# (a crash, for fault tests); `revive` starts it again on the same data and waits for it.
# MDT_ORCH_TCP_PORT overrides orch2's TCP port.
set -u

ACTION=${1:-}
DIR=${2:-}
[ -n "$ACTION" ] && [ -n "$DIR" ] || { echo "usage: $0 start|stop DIR | kill|revive DIR SHIP" >&2; exit 2; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
HARNESS_NAME=orchships.sh
# shellcheck source=../lib/harness.sh
. "$(dirname "$0")/../lib/harness.sh"
IMAGE=mdt-orch/busybox:test
CANARY=mdt-orch/busybox:canary
SHIPS="orch1 orch2"

log() { harness_log "$@"; }

# The slot (and what derives from it) of DIR: claimed by `start`, read back by the others.
set_slot() { # slot
    SLOT=$1
    TCP_PORT=${MDT_ORCH_TCP_PORT:-$((23800 + SLOT))}
    BRIDGE1=mdt-oa$SLOT
    BRIDGE2=mdt-ob$SLOT
    PORT_BASE=$((12000 + 200 * SLOT))
}

slot_ports_free() { # slot
    local base=$((12000 + 200 * $1)) tcp=${MDT_ORCH_TCP_PORT:-$((23800 + $1))}
    harness_ports_free "$base" $((base + 199)) && harness_ports_free "$tcp" "$tcp"
}
if [ -f "$DIR/orch.claim" ]; then
    set_slot "$(cat "$DIR/orch.claim")"
else
    set_slot "$(harness_slot "$DIR" 50)"
fi
if [ -f "$DIR/orch.env" ]; then
    TCP_PORT=$(sed -n 's/^MDT_ORCH2_TCP_PORT=//p' "$DIR/orch.env")
fi

daemon() { # name
    case "$1" in
    orch1) harness_start_daemon "$DIR" orch1 "$BRIDGE1" ;;
    orch2) harness_start_daemon "$DIR" orch2 "$BRIDGE2" --host "tcp://127.0.0.1:$TCP_PORT" --tls=false ;;
    *) log "no ship $1"; return 1 ;;
    esac
}

do_start() {
    [ -f "$DIR/orch.env" ] && do_stop
    local slot n
    slot=$(harness_claim_slot orch "$DIR" 50 slot_ports_free) || { log "no free slot"; return 1; }
    set_slot "$slot"
    harness_make_bridge "$BRIDGE1" "10.238.$((200 + SLOT)).1/24" || return 1
    harness_make_bridge "$BRIDGE2" "10.239.$((200 + SLOT)).1/24" || return 1
    daemon orch1
    daemon orch2
    harness_make_rootfs "$DIR" www
    for n in $SHIPS; do
        harness_wait_ping "$DIR/$n.sock" 30 || { log "$n did not answer, see $DIR/$n.log"; return 1; }
        harness_import_image "$DIR/$n.sock" "$DIR/rootfs.tar" "$IMAGE" || return 1
        DOCKER_HOST="unix://$DIR/$n.sock" "$HARNESS_DOCKER" tag "$IMAGE" "$CANARY" || return 1
    done
    cat >"$DIR/orch.env.tmp" <<ENV
MDT_ORCH_DIR=$DIR
MDT_ORCH_IMAGE=$IMAGE
MDT_ORCH_CANARY_IMAGE=$CANARY
MDT_ORCH_SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
MDT_ORCH1_SOCKET=$DIR/orch1.sock
MDT_ORCH2_SOCKET=$DIR/orch2.sock
MDT_ORCH2_TCP_PORT=$TCP_PORT
MDT_ORCH_PORT_BASE=$PORT_BASE
ENV
    mv "$DIR/orch.env.tmp" "$DIR/orch.env"
}

leftover_shims() { # containerd socket: PIDs of the shims that name it
    local p
    for p in /proc/[0-9]*; do
        tr '\0' ' ' 2>/dev/null <"$p/cmdline" | grep -q -- "^/usr/bin/containerd-shim-runc-v2 .*-address $1 " &&
            echo "${p#/proc/}"
    done
}

do_stop() {
    local n m
    rm -f "$DIR/orch.env"
    # A ship killed by a fault test and never revived: bring it back so that its containers
    # and its containerd are removed the normal way.
    for n in $SHIPS; do
        [ -f "$DIR/$n-exec/containerd/containerd.pid" ] && [ ! -f "$DIR/$n.pid" ] && do_revive "$n"
    done
    for n in $SHIPS; do
        [ -f "$DIR/$n.pid" ] && harness_remove_containers "$DIR/$n.sock"
    done
    for n in $SHIPS; do harness_stop_pid "$DIR/$n.pid" 20 & done
    wait
    # Shims of a ship that was killed (kill) outlive it; each names its ship's containerd.
    for n in $SHIPS; do
        for m in $(leftover_shims "$DIR/$n-exec/containerd/containerd.sock"); do
            kill -KILL "$m" 2>/dev/null
        done
    done
    for n in $SHIPS; do harness_kill_container_leftovers "$DIR/$n-data"; done
    harness_delete_bridge "$BRIDGE1"
    harness_delete_bridge "$BRIDGE2"
    harness_unmount_under "$DIR"
    for n in $SHIPS; do rm -rf "$DIR/$n-data" "$DIR/$n-exec"; done
    rm -rf "$DIR/rootfs" "$DIR/rootfs.tar"
    harness_release_slot orch "$DIR"
    return 0
}

# A crash of one ship: SIGKILL, then wait until it is gone (its containerd and shims stay
# and are taken over again by `revive`).
do_kill() {
    local pid i
    pid=$(cat "$DIR/$1.pid" 2>/dev/null) || { log "$1 is not running"; return 1; }
    kill -KILL "$pid" || return 1
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$DIR/$1.pid"; return 0; }
        sleep 0.05
    done
    return 1
}

do_revive() {
    [ -f "$DIR/$1.pid" ] && kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null && return 0
    rm -f "$DIR/$1.pid" "$DIR/$1.sock"
    daemon "$1" || return 1
    harness_wait_ping "$DIR/$1.sock" 30 || { log "$1 did not come back, see $DIR/$1.log"; return 1; }
}

case "$ACTION" in
kill) do_kill "${3:?ship}" ;;
revive) do_revive "${3:?ship}" ;;
start) do_start || { log "start failed; stopping what was started"; do_stop; exit 1; } ;;
stop) do_stop ;;
*) echo "usage: $0 start|stop DIR | kill|revive DIR SHIP" >&2; exit 2 ;;
esac
