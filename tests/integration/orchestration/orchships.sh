#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The orchestration tests' own ships, separate from ships.sh's (other names, bridges and
# ports), so both suites can run at the same time on one machine. Bridge names, subnets and
# the TCP port derive from DIR (one of 50 slots), so two build directories do not tear down
# each other's bridges:
#   orch1  unix socket DIR/orch1.sock,                     bridge mdt-oa<slot> (10.238.<200+slot>.1/24)
#   orch2  unix socket DIR/orch2.sock + TCP 127.0.0.1:<23800+slot>, bridge mdt-ob<slot> (10.239.<200+slot>.1/24)
# Both get the image mdt-orch/busybox:test (a `docker import` of busybox-static; never pulled),
# also tagged mdt-orch/busybox:canary.
# Usage: orchships.sh start DIR | stop DIR | kill DIR SHIP | revive DIR SHIP.
# `start` writes DIR/orch.env (KEY=value lines). `kill` ends one ship's dockerd with SIGKILL
# (a crash, for fault tests); `revive` starts it again on the same data and waits for it.
# MDT_ORCH_TCP_PORT overrides orch2's TCP port. Tests publish host ports from
# MDT_ORCH_PORT_BASE (200 per slot from 21000), so two build directories do not collide.
set -u

ACTION=${1:-}
DIR=${2:-}
[ -n "$ACTION" ] && [ -n "$DIR" ] || { echo "usage: $0 start|stop DIR | kill|revive DIR SHIP" >&2; exit 2; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
SLOT=$(( 0x$(printf '%s' "$DIR" | md5sum | cut -c1-4) % 50 ))
TCP_PORT=${MDT_ORCH_TCP_PORT:-$((23800 + SLOT))}
if [ "$ACTION" = revive ] && [ -f "$DIR/orch.env" ]; then
    TCP_PORT=$(sed -n 's/^MDT_ORCH2_TCP_PORT=//p' "$DIR/orch.env")
fi
BRIDGE1=mdt-oa$SLOT
BRIDGE2=mdt-ob$SLOT
IMAGE=mdt-orch/busybox:test
CANARY=mdt-orch/busybox:canary
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker
SHIPS="orch1 orch2"

log() { echo "orchships.sh: $*" >&2; }

wait_ping() { # socket seconds
    local i
    for ((i = 0; i < $2 * 20; i++)); do
        [ "$(curl -s --max-time 1 --unix-socket "$1" http://docker/_ping 2>/dev/null)" = OK ] && return 0
        sleep 0.05
    done
    return 1
}

stop_pid() { # pidfile seconds
    local pid i
    [ -f "$1" ] || return 0
    pid=$(cat "$1" 2>/dev/null)
    [ -n "$pid" ] || { rm -f "$1"; return 0; }
    kill -TERM "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
    for ((i = 0; i < $2 * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
    rm -f "$1"
}

bridge() { # name cidr
    ip link show "$1" >/dev/null 2>&1 && ip link del "$1"
    ip link add "$1" type bridge && ip addr add "$2" dev "$1" && ip link set "$1" up
}

daemon() { # name
    local name=$1 extra=()
    case "$name" in
    orch1) extra=(--bridge "$BRIDGE1") ;;
    orch2) extra=(--bridge "$BRIDGE2" --host "tcp://127.0.0.1:$TCP_PORT" --tls=false) ;;
    *) log "no ship $name"; return 1 ;;
    esac
    setsid dockerd --host "unix://$DIR/$name.sock" "${extra[@]}" \
        --data-root "$DIR/$name-data" --exec-root "$DIR/$name-exec" --pidfile "$DIR/$name.pid" \
        --iptables=false --ip-masq=false >>"$DIR/$name.log" 2>&1 </dev/null &
}

rootfs() {
    local r="$DIR/rootfs" a
    mkdir -p "$r"/{bin,etc,tmp,proc,sys,dev,www}
    cp /bin/busybox "$r/bin/"
    for a in $("$r/bin/busybox" --list); do
        [ "$a" = busybox ] || ln -sf busybox "$r/bin/$a"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$r/etc/passwd"
    echo 'root:x:0:' >"$r/etc/group"
    tar -C "$r" -cf "$DIR/rootfs.tar" .
}

do_start() {
    [ -f "$DIR/orch.env" ] && do_stop
    bridge "$BRIDGE1" "10.238.$((200 + SLOT)).1/24" || return 1
    bridge "$BRIDGE2" "10.239.$((200 + SLOT)).1/24" || return 1
    rm -f "$DIR/orch1.log" "$DIR/orch2.log"
    daemon orch1
    daemon orch2
    rootfs
    local n
    for n in $SHIPS; do
        wait_ping "$DIR/$n.sock" 30 || { log "$n did not answer, see $DIR/$n.log"; return 1; }
        DOCKER_HOST="unix://$DIR/$n.sock" "$DOCKER" import --change 'CMD ["/bin/sh"]' \
            --change 'ENV PATH=/bin' "$DIR/rootfs.tar" "$IMAGE" >/dev/null || return 1
        DOCKER_HOST="unix://$DIR/$n.sock" "$DOCKER" tag "$IMAGE" "$CANARY" || return 1
    done
    cat >"$DIR/orch.env.tmp" <<ENV
MDT_ORCH_DIR=$DIR
MDT_ORCH_IMAGE=$IMAGE
MDT_ORCH_CANARY_IMAGE=$CANARY
MDT_ORCH_SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
MDT_ORCH1_SOCKET=$DIR/orch1.sock
MDT_ORCH2_SOCKET=$DIR/orch2.sock
MDT_ORCH2_TCP_PORT=$TCP_PORT
MDT_ORCH_PORT_BASE=$((21000 + SLOT * 200))
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
    local n ids m
    rm -f "$DIR/orch.env"
    # A ship killed by a fault test and never revived: bring it back so that its containers
    # and its containerd are removed the normal way.
    for n in $SHIPS; do
        [ -f "$DIR/$n-exec/containerd/containerd.pid" ] && [ ! -f "$DIR/$n.pid" ] && do_revive "$n"
    done
    for n in $SHIPS; do
        if [ -S "$DIR/$n.sock" ] && [ -f "$DIR/$n.pid" ]; then
            ids=$(DOCKER_HOST="unix://$DIR/$n.sock" timeout 20 "$DOCKER" ps -aq 2>/dev/null)
            [ -n "$ids" ] && DOCKER_HOST="unix://$DIR/$n.sock" timeout 30 "$DOCKER" rm -f $ids >/dev/null 2>&1
        fi
    done
    for n in $SHIPS; do stop_pid "$DIR/$n.pid" 20 & done
    wait
    # Shims of a ship that was killed (kill) outlive it; each names its ship's containerd.
    for n in $SHIPS; do
        for m in $(leftover_shims "$DIR/$n-exec/containerd/containerd.sock"); do
            kill -KILL "$m" 2>/dev/null
        done
    done
    for n in "$BRIDGE1" "$BRIDGE2"; do ip link show "$n" >/dev/null 2>&1 && ip link del "$n"; done
    for m in $(awk -v d="$DIR/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    for n in $SHIPS; do rm -rf "$DIR/$n-data" "$DIR/$n-exec"; done
    rm -rf "$DIR/rootfs" "$DIR/rootfs.tar"
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
    wait_ping "$DIR/$1.sock" 30 || { log "$1 did not come back, see $DIR/$1.log"; return 1; }
}

case "$ACTION" in
kill) do_kill "${3:?ship}" ;;
revive) do_revive "${3:?ship}" ;;
start) do_start || { log "start failed; stopping what was started"; do_stop; exit 1; } ;;
stop) do_stop ;;
*) echo "usage: $0 start|stop DIR | kill|revive DIR SHIP" >&2; exit 2 ;;
esac
