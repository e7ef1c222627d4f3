#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How many connections per ship maestro-desktop holds while it monitors an environment with
# an instance selected (details inspected, logs followed, live state streaming): issue 6's
# "one owner of ship connections". Two ships of tests/integration/orchestration/orchships.sh:
# orch1 through its unix socket, orch2 through TCP; one running container on each.
#
#   tests/bench/gui/bench_connections.sh LABEL=APP [LABEL=APP ...]
#   e.g. tests/bench/gui/bench_connections.sh before=/work/old/build/src/app/maestro-desktop \
#            after=build/src/app/maestro-desktop
#
# Each app runs offscreen for MDT_BENCH_SECONDS (default 8) with `--select` on orch1's
# instance, then on orch2's; the connections of its process to each ship's daemon are
# counted with ss(8), and the process's threads (each ship client has an I/O thread).
# The ships are started and stopped by the script.
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -ge 1 ] || { sed -n 2,14p "$0" >&2; exit 2; }
maestro=${MAESTRO_CLI:-build/src/cli/maestro}
seconds=${MDT_BENCH_SECONDS:-8}
dir=$(mktemp -d /tmp/mdt-bench-conn.XXXXXX)
ships=tests/integration/orchestration/orchships.sh
cleanup() {
    [ -f "$dir/maestro.yaml" ] && "$maestro" -f "$dir/maestro.yaml" clean >/dev/null 2>&1 || true
    "$ships" stop "$dir" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
"$ships" start "$dir" >/dev/null
# shellcheck disable=SC1091
. "$dir/orch.env"
cat >"$dir/maestro.yaml" <<YAML
name: bench-connections
ships:
  orch1: {ip: 127.0.0.1, socket_path: $MDT_ORCH1_SOCKET}
  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, docker_port: $MDT_ORCH2_TCP_PORT}
services:
  ticker:
    image: $MDT_ORCH_IMAGE
    instances:
      mdt-bench-conn-1: {ship: orch1, stop_timeout: 1, command: ["sh", "-c", "while true; do date; sleep 1; done"]}
      mdt-bench-conn-2: {ship: orch2, stop_timeout: 1, command: ["sh", "-c", "while true; do date; sleep 1; done"]}
YAML
"$maestro" -f "$dir/maestro.yaml" start >/dev/null

# Connections of process $1 to orch1's socket and to orch2's TCP port.
count() { # pid
    python3 - "$1" "$MDT_ORCH1_SOCKET" "$MDT_ORCH2_TCP_PORT" <<'PY'
import os, re, subprocess, sys
pid, sock, port = sys.argv[1], sys.argv[2], sys.argv[3]
mine = set()
for fd in os.listdir(f'/proc/{pid}/fd'):
    try:
        m = re.match(r'socket:\[(\d+)\]', os.readlink(f'/proc/{pid}/fd/{fd}'))
    except OSError:
        continue
    if m:
        mine.add(m.group(1))
unix = 0
for line in subprocess.run(['ss', '-xn'], capture_output=True, text=True).stdout.splitlines():
    f = line.split()
    # Netid State Recv-Q Send-Q Local-Address Port Peer-Address Port: the daemon's end is
    # bound to the socket's path; its peer inode is the client's end.
    if len(f) >= 8 and f[0] == 'u_str' and f[4] == sock and f[7] in mine:
        unix += 1
tcp = 0
for line in subprocess.run(['ss', '-tnpH', 'state', 'established', f'( dport = :{port} )'],
                           capture_output=True, text=True).stdout.splitlines():
    if f'pid={pid},' in line:
        tcp += 1
print(unix, tcp, len(os.listdir(f'/proc/{pid}/task')))
PY
}

printf '%-10s %-18s %14s %14s %9s\n' app selected "orch1 (unix)" "orch2 (tcp)" threads
for spec in "$@"; do
    label=${spec%%=*}
    app=${spec#*=}
    for instance in mdt-bench-conn-1 mdt-bench-conn-2; do
        QT_QPA_PLATFORM=offscreen "$app" "$dir/maestro.yaml" --select "$instance" >/dev/null 2>&1 &
        pid=$!
        sleep "$seconds"
        read -r unix tcp threads < <(count "$pid")
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        printf '%-10s %-18s %14s %14s %9s\n' "$label" "$instance" "$unix" "$tcp" "$threads"
    done
done
echo "reproduce: $0 $*"
