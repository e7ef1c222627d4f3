#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shell functions shared by the integration harnesses that start real Docker daemons
# (tests/integration/ships.sh, tests/integration/orchestration/orchships.sh). Source it;
# it defines functions only and changes no shell options. Every process it starts is
# recorded in a pidfile and stopped through harness_stop_pid, never by name.
#
# Callers set HARNESS_NAME (prefix of log lines) before using harness_log.

HARNESS_DOCKER=/usr/bin/docker # docker.io's CLI; /usr/local/bin/docker may be another version
[ -x "$HARNESS_DOCKER" ] || HARNESS_DOCKER=docker

harness_log() {
    echo "${HARNESS_NAME:-harness}: $*" >&2
}

# harness_slot DIR COUNT: a number in [0, COUNT) derived from DIR, so that two run
# directories get different bridges, subnets and ports (collisions: see harness_claim_slot).
harness_slot() {
    echo $((0x$(printf '%s' "$1" | md5sum | cut -c1-4) % $2))
}

# harness_claim_slot KIND DIR COUNT [USABLE]: the hashed slot of DIR, or the next free one when
# another run directory that is still up holds it, or when the command USABLE, given a slot,
# rejects it (its ports are taken by something else on this machine, say). Claims live in
# /tmp/mdt-slots/KIND-N (content: the owner's DIR); a claim whose owner has no DIR/KIND.claim
# any more is stale and reused. Prints the slot; the caller releases it with
# harness_release_slot.
harness_claim_slot() {
    local kind=$1 dir=$2 count=$3 usable=${4:-true} base i slot owner
    mkdir -p /tmp/mdt-slots
    base=$(harness_slot "$dir" "$count")
    (
        flock 9
        for ((i = 0; i < count; i++)); do
            slot=$(((base + i) % count))
            owner=$(cat "/tmp/mdt-slots/$kind-$slot" 2>/dev/null)
            if [ -z "$owner" ] || [ "$owner" = "$dir" ] \
                || [ "$(cat "$owner/$kind.claim" 2>/dev/null)" != "$slot" ]; then
                "$usable" "$slot" || continue
                echo "$dir" >"/tmp/mdt-slots/$kind-$slot"
                echo "$slot" >"$dir/$kind.claim"
                echo "$slot"
                exit 0
            fi
        done
        exit 1
    ) 9>/tmp/mdt-slots/.lock
}

# harness_ports_free FIRST LAST: nothing listens on a TCP port in [FIRST, LAST], on any
# address. The harnesses' fixed port ranges are shared with whatever else runs here.
harness_ports_free() {
    local taken
    taken=$(ss -Htln "( sport >= :$1 and sport <= :$2 )") || return 1
    [ -z "$taken" ] && return 0
    harness_log "ports $1-$2 are not free: $(echo "$taken" | awk '{ print $4 }' | tr '\n' ' ')"
    return 1
}

harness_release_slot() { # KIND DIR
    local slot
    slot=$(cat "$2/$1.claim" 2>/dev/null) || return 0
    [ "$(cat "/tmp/mdt-slots/$1-$slot" 2>/dev/null)" = "$2" ] && rm -f "/tmp/mdt-slots/$1-$slot"
    rm -f "$2/$1.claim"
}

# harness_wait_ping SOCKET SECONDS: until the daemon on SOCKET answers /_ping.
harness_wait_ping() {
    local i
    for ((i = 0; i < $2 * 20; i++)); do
        [ "$(curl -s --max-time 1 --unix-socket "$1" http://docker/_ping 2>/dev/null)" = OK ] && return 0
        sleep 0.05
    done
    return 1
}

# harness_stop_pid PIDFILE SECONDS: TERM, wait, then KILL; removes the pidfile.
harness_stop_pid() {
    local pid i
    [ -f "$1" ] || return 0
    pid=$(cat "$1" 2>/dev/null)
    [ -n "$pid" ] || { rm -f "$1"; return 0; }
    kill -TERM "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
    for ((i = 0; i < $2 * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
        sleep 0.1
    done
    harness_log "pid $pid did not stop, killing"
    kill -KILL "$pid" 2>/dev/null
    sleep 0.2
    rm -f "$1"
}

harness_make_bridge() { # NAME CIDR
    ip link show "$1" >/dev/null 2>&1 && ip link del "$1"
    ip link add "$1" type bridge && ip addr add "$2" dev "$1" && ip link set "$1" up
}

harness_delete_bridge() { # NAME
    ip link show "$1" >/dev/null 2>&1 && ip link del "$1"
    return 0
}

# harness_start_daemon DIR NAME BRIDGE [dockerd args...]: dockerd in its own session with
# everything under DIR (NAME.sock, NAME.pid, NAME.log, NAME-data, NAME-exec). An empty
# BRIDGE means --bridge=none. Returns at once; wait with harness_wait_ping.
harness_start_daemon() {
    local dir=$1 name=$2 bridge=$3
    shift 3
    local bridgeargs=(--bridge=none)
    [ -n "$bridge" ] && bridgeargs=(--bridge "$bridge")
    setsid dockerd --host "unix://$dir/$name.sock" "$@" \
        --data-root "$dir/$name-data" --exec-root "$dir/$name-exec" --pidfile "$dir/$name.pid" \
        "${bridgeargs[@]}" --iptables=false --ip-masq=false \
        >"$dir/$name.log" 2>&1 </dev/null &
}

# harness_make_rootfs DIR [extra top-level dirs...]: DIR/rootfs.tar, a root file system of
# Debian's busybox-static (no registry is ever contacted).
harness_make_rootfs() {
    local dir=$1 r="$1/rootfs" a d
    shift
    mkdir -p "$r"/{bin,etc,tmp,proc,sys,dev}
    for d in "$@"; do mkdir -p "$r/$d"; done
    cp /bin/busybox "$r/bin/"
    for a in $("$r/bin/busybox" --list); do
        [ "$a" = busybox ] || ln -sf busybox "$r/bin/$a"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$r/etc/passwd"
    echo 'root:x:0:' >"$r/etc/group"
    tar -C "$r" -cf "$dir/rootfs.tar" .
}

harness_import_image() { # SOCKET TAR IMAGE
    DOCKER_HOST="unix://$1" "$HARNESS_DOCKER" import --change 'CMD ["/bin/sh"]' \
        --change 'ENV PATH=/bin' "$2" "$3" >/dev/null
}

# harness_remove_containers SOCKET: before a daemon stops, or each running container costs
# its 10 s stop timeout.
harness_remove_containers() {
    local ids
    [ -S "$1" ] || return 0
    ids=$(DOCKER_HOST="unix://$1" timeout 20 "$HARNESS_DOCKER" ps -aq 2>/dev/null)
    [ -n "$ids" ] && DOCKER_HOST="unix://$1" timeout 30 "$HARNESS_DOCKER" rm -f $ids >/dev/null 2>&1
    return 0
}

# harness_kill_container_leftovers DATA_ROOT: after its daemon stopped, the processes still
# in one of that daemon's containers (a `runc init` caught between create and start when the
# daemon or its shim went away lives on under PID 1) are killed, so that nothing a test
# started outlives it. Only the cgroups of DATA_ROOT's own containers are looked at.
harness_kill_container_leftovers() {
    local ids p
    [ -d "$1/containers" ] || return 0
    ids=$(ls "$1/containers" | paste -sd'|')
    [ -n "$ids" ] || return 0
    for p in /proc/[0-9]*; do
        grep -qsE "(/docker/|docker-)($ids)(\.scope)?\$" "$p/cgroup" || continue
        harness_log "killing ${p#/proc/}, left in a container of $1"
        kill -KILL "${p#/proc/}" 2>/dev/null
    done
    return 0
}

# harness_unmount_under DIR: what a daemon left mounted below DIR (deepest first).
harness_unmount_under() {
    local m
    for m in $(awk -v d="$1/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
        harness_log "unmounting leftover $m"
        umount "$m" 2>/dev/null || umount -l "$m"
    done
}
