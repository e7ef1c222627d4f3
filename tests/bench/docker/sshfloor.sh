#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Where the floor of "1,000 sequential inspects over SSH" is: interleaved rounds of
#   curl        one curl process, 1,000 URLs over one unix-socket connection (the reference)
#   openssh     the same curl through OpenSSH's own tunnel (ssh -L sock:daemon.sock) to the same sshd
#   rawssh      bench_rawssh: libssh blocking on one thread, no event loop, no JSON
#   unix, ssh   EngineClient (bench_dockerclient --unix-only / --ssh-only 1000)
#   ssh-1cpu    the same SSH run with the client's two threads on one CPU (taskset -c 1)
# one line a round, in that order, times in ms, then medians and ratios to curl.
#
#   sshfloor.sh SHIPS_ENV BUILD_DIR [ROUNDS] [--fifo]
#
# --fifo runs every process of the measurement, ship1's dockerd and sshd as SCHED_FIFO 50 (root
# only) and puts the two daemons back to SCHED_OTHER afterwards: on a machine shared with
# builds this gives figures close to an idle machine's, while plain runs under load vary 3x.
# The benchmark containers must exist (run bench_dockerclient SHIPS_ENV --keep once).
set -u
ENVFILE=${1:?usage: sshfloor.sh SHIPS_ENV BUILD_DIR [ROUNDS] [--fifo]}
BUILD=$(cd "${2:?}" && pwd)
ROUNDS=${3:-7}
FIFO=() # the command prefix that runs a measured process as SCHED_FIFO, or nothing
[ "${4:-}" = --fifo ] && FIFO=(chrt -f 50)
# shellcheck disable=SC1090
. "$ENVFILE"
WORK=$(mktemp -d /tmp/mdt-sshfloor.XXXXXX)
DOCKERD=$(cat "$MDT_DIR/ship1.pid" 2>/dev/null || pgrep -f "dockerd --host unix://$MDT_SHIP1_SOCKET")
SSHD=$(cat "$MDT_SSH_PID_FILE")
TUNNEL=

cleanup() {
    [ -n "$TUNNEL" ] && kill "$TUNNEL" 2>/dev/null
    if [ ${#FIFO[@]} -gt 0 ]; then
        chrt -a -o -p 0 "$DOCKERD" >/dev/null
        chrt -o -p 0 "$SSHD" >/dev/null
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

API=$(curl -sf --unix-socket "$MDT_SHIP1_SOCKET" http://docker/version | sed -n 's/.*"ApiVersion":"\([0-9.]*\)".*/\1/p')
# The benchmark's containers, as bench_dockerclient names them in its URLs.
curl -sf --unix-socket "$MDT_SHIP1_SOCKET" \
    "http://docker/v$API/containers/json?all=1&filters=%7B%22label%22%3A%5B%22mdt.bench%3D1%22%5D%7D" |
    grep -o '"Id":"[0-9a-f]*"' | cut -d'"' -f4 >"$WORK/ids"
[ "$(wc -l <"$WORK/ids")" -ge 500 ] || { echo "run bench_dockerclient $ENVFILE --keep first" >&2; exit 1; }
awk -v api="$API" '{ id[NR - 1] = $0 } END { for (i = 0; i < 1000; ++i) printf "/v%s/containers/%s/json\n", api, id[i % NR] }' \
    "$WORK/ids" >"$WORK/paths"
sed 's|.*|url = "http://docker&"\noutput = "/dev/null"|' "$WORK/paths" >"$WORK/urls.curl"

if [ ${#FIFO[@]} -gt 0 ]; then
    chrt -a -f -p 50 "$DOCKERD" && chrt -f -p 50 "$SSHD" || exit 1 # sshd's children inherit it
fi
# OpenSSH's tunnel, with the cipher and options SshSession uses.
"${FIFO[@]}" ssh -p "$MDT_SSH_PORT" -i "$MDT_SSH_KEY" -o UserKnownHostsFile="$MDT_SSH_KNOWN_HOSTS" \
    -o BatchMode=yes -o ControlMaster=no -o ControlPath=none -o Compression=no \
    -c aes128-gcm@openssh.com -N -o ExitOnForwardFailure=yes \
    -L "$WORK/tunnel.sock:$MDT_SHIP1_SOCKET" "$MDT_SSH_USER@$MDT_SSH_HOST" &
TUNNEL=$!
until [ -S "$WORK/tunnel.sock" ]; do sleep 0.05; done

ms() { # wall time of a command in ms
    local start
    start=$(date +%s%N)
    "$@" >/dev/null || echo "FAILED: $*" >&2
    echo $((($(date +%s%N) - start) / 1000000))
}
client() { # the client's own loop time (without its start-up)
    "${FIFO[@]}" "$@" "$ENVFILE" --keep --"$MODE"-only 1000 | sed -n 's/.*inspects over .*: \([0-9.]*\) ms/\1/p'
}
NAMES="curl openssh rawssh unix ssh ssh-1cpu"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); $ROUNDS rounds; ms for 1,000 inspects: $NAMES"
for _ in $(seq "$ROUNDS"); do
    line="$(ms "${FIFO[@]}" curl -sf --unix-socket "$MDT_SHIP1_SOCKET" -K "$WORK/urls.curl")"
    line+=" $(ms "${FIFO[@]}" curl -sf --unix-socket "$WORK/tunnel.sock" -K "$WORK/urls.curl")"
    line+=" $("${FIFO[@]}" "$BUILD/tests/bench/docker/bench_rawssh" "$MDT_SSH_PORT" "$MDT_SSH_KEY" \
        "$MDT_SSH_KNOWN_HOSTS" "$MDT_SHIP1_SOCKET" "$WORK/paths")"
    line+=" $(MODE=unix client "$BUILD/tests/bench/docker/bench_dockerclient")"
    line+=" $(MODE=ssh client "$BUILD/tests/bench/docker/bench_dockerclient")"
    line+=" $(MODE=ssh client taskset -c 1 "$BUILD/tests/bench/docker/bench_dockerclient")"
    echo "$line" | tee -a "$WORK/rounds"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
col=1
for name in $NAMES; do
    median=$(cut -d' ' -f$col "$WORK/rounds" | sort -n | sed -n "$(((ROUNDS + 1) / 2))p")
    [ $col = 1 ] && reference=$median
    awk -v n="$name" -v m="$median" -v r="$reference" 'BEGIN { printf "median %-9s %7.1f ms  ratio %.2f\n", n, m, m / r }'
    col=$((col + 1))
done
