#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Docker daemon the quickstart runs on.
#   scripts/docker-daemon.sh start   uses the local daemon at /var/run/docker.sock when it
#                                    answers; otherwise starts a private dockerd (data, exec
#                                    root, socket, pidfile and log under $STATE_DIR). Prints
#                                    the socket path on stdout.
#   scripts/docker-daemon.sh env     prints `export MAESTRO_DOCKER_SOCKET=...` (for eval) of
#                                    the daemon `start` would use, starting nothing.
#   scripts/docker-daemon.sh stop    removes the private daemon's containers and stops it
#                                    (never touches the local daemon).
# STATE_DIR is ${XDG_STATE_HOME:-$HOME/.local/state}/maestro-desktop/daemon unless
# MAESTRO_DAEMON_DIR says otherwise; MAESTRO_LOCAL_DOCKER_SOCKET replaces
# /var/run/docker.sock as the local daemon to look for. The private daemon gets its own
# bridge (mdq0, 10.241.0.1/24) and leaves the host's iptables alone: published ports are
# served by docker-proxy.
set -euo pipefail

local_socket=${MAESTRO_LOCAL_DOCKER_SOCKET:-/var/run/docker.sock}
state=${MAESTRO_DAEMON_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/maestro-desktop/daemon}
socket=$state/docker.sock
pidfile=$state/dockerd.pid
bridge=mdq0
bridge_cidr=10.241.0.1/24

log() { echo "docker-daemon: $*" >&2; }

answers() { # socket
    [ -S "$1" ] && [ "$(curl -s --max-time 2 --unix-socket "$1" http://docker/_ping 2>/dev/null)" = OK ]
}

private_running() {
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

start_private() {
    command -v dockerd >/dev/null || { log "dockerd is missing (apt-get install docker.io)"; return 1; }
    mkdir -p "$state"
    if ! ip link show "$bridge" >/dev/null 2>&1; then
        as_root ip link add "$bridge" type bridge
        as_root ip addr add "$bridge_cidr" dev "$bridge"
    fi
    as_root ip link set "$bridge" up
    log "starting a private dockerd (log: $state/dockerd.log)"
    as_root setsid dockerd --host "unix://$socket" --data-root "$state/data" \
        --exec-root "$state/exec" --pidfile "$pidfile" --bridge "$bridge" \
        --iptables=false --ip-masq=false >>"$state/dockerd.log" 2>&1 </dev/null &
    local i
    for ((i = 0; i < 300; i++)); do
        answers "$socket" && return 0
        sleep 0.1
    done
    log "the private dockerd did not answer within 30 s; see $state/dockerd.log"
    return 1
}

stop_private() {
    if ! private_running; then
        log "no private daemon is running"
        return 0
    fi
    local pid ids i
    pid=$(cat "$pidfile")
    # Containers first: a container whose PID 1 ignores SIGTERM would hold the daemon's
    # shutdown for 10 s each.
    ids=$(DOCKER_HOST="unix://$socket" docker ps -aq 2>/dev/null || true)
    [ -z "$ids" ] || DOCKER_HOST="unix://$socket" docker rm -f $ids >/dev/null
    as_root kill -TERM "$pid"
    for ((i = 0; i < 300; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && as_root kill -KILL "$pid"
    ip link show "$bridge" >/dev/null 2>&1 && as_root ip link del "$bridge"
    log "stopped the private daemon (its images stay in $state/data)"
}

chosen_socket() {
    if answers "$local_socket"; then
        echo "$local_socket"
    else
        echo "$socket"
    fi
}

case "${1:-}" in
start)
    if answers "$local_socket"; then
        log "using the local daemon at $local_socket"
        echo "$local_socket"
    elif answers "$socket"; then
        log "the private daemon at $socket is already running"
        echo "$socket"
    else
        start_private
        echo "$socket"
    fi
    ;;
env) echo "export MAESTRO_DOCKER_SOCKET=$(chosen_socket)" ;;
stop) stop_private ;;
*)
    echo "usage: $0 start|env|stop" >&2
    exit 2
    ;;
esac
