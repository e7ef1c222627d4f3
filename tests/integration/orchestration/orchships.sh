#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The orchestration tests' own ships, separate from ships.sh's (other names, bridges and
# ports), so both suites can run at the same time on one machine. Bridge names, subnets and
# the TCP port derive from DIR (one of 50 slots), so two build directories do not tear down
# each other's bridges:
#   orch1  unix socket DIR/orch1.sock,                     bridge mdt-oa<slot> (10.238.<200+slot>.1/24)
#   orch2  unix socket DIR/orch2.sock + TCP 127.0.0.1:<23800+slot>, bridge mdt-ob<slot> (10.239.<200+slot>.1/24)
# Both get the image mdt-orch/busybox:test (a `docker import` of busybox-static; never pulled).
# Usage: orchships.sh start DIR | stop DIR. `start` writes DIR/orch.env (KEY=value lines).
# MDT_ORCH_TCP_PORT overrides orch2's TCP port.
set -u

ACTION=${1:-}
DIR=${2:-}
[ -n "$ACTION" ] && [ -n "$DIR" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
SLOT=$(( 0x$(printf '%s' "$DIR" | md5sum | cut -c1-4) % 50 ))
TCP_PORT=${MDT_ORCH_TCP_PORT:-$((23800 + SLOT))}
BRIDGE1=mdt-oa$SLOT
BRIDGE2=mdt-ob$SLOT
IMAGE=mdt-orch/busybox:test
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

daemon() { # name bridge extra-args...
    local name=$1 br=$2
    shift 2
    setsid dockerd --host "unix://$DIR/$name.sock" "$@" \
        --data-root "$DIR/$name-data" --exec-root "$DIR/$name-exec" --pidfile "$DIR/$name.pid" \
        --bridge "$br" --iptables=false --ip-masq=false >"$DIR/$name.log" 2>&1 </dev/null &
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
    daemon orch1 "$BRIDGE1"
    daemon orch2 "$BRIDGE2" --host "tcp://127.0.0.1:$TCP_PORT" --tls=false
    rootfs
    local n
    for n in $SHIPS; do
        wait_ping "$DIR/$n.sock" 30 || { log "$n did not answer, see $DIR/$n.log"; return 1; }
        DOCKER_HOST="unix://$DIR/$n.sock" "$DOCKER" import --change 'CMD ["/bin/sh"]' \
            --change 'ENV PATH=/bin' "$DIR/rootfs.tar" "$IMAGE" >/dev/null || return 1
    done
    cat >"$DIR/orch.env.tmp" <<ENV
MDT_ORCH_DIR=$DIR
MDT_ORCH_IMAGE=$IMAGE
MDT_ORCH1_SOCKET=$DIR/orch1.sock
MDT_ORCH2_SOCKET=$DIR/orch2.sock
MDT_ORCH2_TCP_PORT=$TCP_PORT
ENV
    mv "$DIR/orch.env.tmp" "$DIR/orch.env"
}

do_stop() {
    local n ids m
    rm -f "$DIR/orch.env"
    for n in $SHIPS; do
        if [ -S "$DIR/$n.sock" ] && [ -f "$DIR/$n.pid" ]; then
            ids=$(DOCKER_HOST="unix://$DIR/$n.sock" timeout 20 "$DOCKER" ps -aq 2>/dev/null)
            [ -n "$ids" ] && DOCKER_HOST="unix://$DIR/$n.sock" timeout 30 "$DOCKER" rm -f $ids >/dev/null 2>&1
        fi
    done
    for n in $SHIPS; do stop_pid "$DIR/$n.pid" 20 & done
    wait
    for n in "$BRIDGE1" "$BRIDGE2"; do ip link show "$n" >/dev/null 2>&1 && ip link del "$n"; done
    for m in $(awk -v d="$DIR/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    for n in $SHIPS; do rm -rf "$DIR/$n-data" "$DIR/$n-exec"; done
    rm -rf "$DIR/rootfs" "$DIR/rootfs.tar"
    return 0
}

case "$ACTION" in
start) do_start || { log "start failed; stopping what was started"; do_stop; exit 1; } ;;
stop) do_stop ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
