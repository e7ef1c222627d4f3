#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pulls through a real image registry (Debian's docker-registry, unpacked by
# scripts/install-deps.sh) on 127.0.0.1, with HTTP Basic authentication, into orchships.sh's
# orch2 over TCP (dockerd treats 127.0.0.0/8 registries as insecure: plain HTTP):
#  1. without credentials `maestro pull` fails, saying why, and nothing is pulled;
#  2. with a wrong password it fails too;
#  3. with the `registries` entry (spec section 4) it pulls;
#  4. with only the Docker client's config.json (`auths`), it pulls;
#  5. `maestro start` pulls a missing image and starts the container; `status -F` reports it
#     from the real daemon.
# The registry is this script's own process, on a port of orchships.sh's slot range
# (MDT_ORCH_PORT_BASE + 195), stopped by its PID.
#   registrypull.sh MAESTRO_EXECUTABLE ORCH_ENV DOCKER_REGISTRY_EXECUTABLE
set -euo pipefail
maestro=$1
env_file=$2
registry=$3

value() { sed -n "s/^$1=//p" "$env_file"; }
socket1=$(value MDT_ORCH1_SOCKET)
socket2=$(value MDT_ORCH2_SOCKET)
tcp2=$(value MDT_ORCH2_TCP_PORT)
image=$(value MDT_ORCH_IMAGE)
port=$(($(value MDT_ORCH_PORT_BASE) + 195))
address=127.0.0.1:$port
pulled=$address/mdt/pulled:1
user=mdt
password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')

fail() { echo "registrypull: FAIL: $*" >&2; exit 1; }
[ -x "$registry" ] || fail "$registry is missing: run scripts/install-deps.sh"

work=$(mktemp -d)
file="$work/maestro.yaml"
cleanup() {
    "$maestro" -f "$file" kill -a >/dev/null 2>&1 || true
    "$maestro" -f "$file" clean >/dev/null 2>&1 || true
    docker -H "unix://$socket1" rmi -f "$pulled" >/dev/null 2>&1 || true
    docker -H "unix://$socket2" rmi -f "$pulled" >/dev/null 2>&1 || true
    if [ -f "$work/registry.pid" ]; then
        kill -TERM "$(cat "$work/registry.pid")" 2>/dev/null || true
        wait "$(cat "$work/registry.pid")" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The registry: its own storage and password file in $work.
python3 -W ignore -c 'import crypt, sys
print(sys.argv[1] + ":" + crypt.crypt(sys.argv[2], crypt.mksalt(crypt.METHOD_BLOWFISH)))' \
    "$user" "$password" >"$work/htpasswd"
cat >"$work/config.yml" <<YAML
version: 0.1
log: {level: info}
storage:
  filesystem: {rootdirectory: $work/storage}
http:
  addr: $address
auth:
  htpasswd: {realm: mdt-registry, path: $work/htpasswd}
YAML
ss -Htln "( sport = :$port )" | grep -q . && fail "port $port is taken"
"$registry" serve "$work/config.yml" >"$work/registry.log" 2>&1 &
echo $! >"$work/registry.pid"
for _ in $(seq 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://$address/v2/")" = 401 ] && break
    kill -0 "$(cat "$work/registry.pid")" 2>/dev/null || fail "the registry ended: $(cat "$work/registry.log")"
    sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "http://$address/v2/")" = 200 ] ||
    fail "the registry does not answer on $address"

# The image to pull, pushed from orch1 by the docker CLI (a config folder of its own).
docker --config "$work/cli" -H "unix://$socket1" login -u "$user" --password-stdin "$address" \
    <<<"$password" >/dev/null || fail "docker login to $address"
docker -H "unix://$socket1" tag "$image" "$pulled"
docker --config "$work/cli" -H "unix://$socket1" push -q "$pulled" >/dev/null || fail "docker push"
docker -H "unix://$socket1" rmi "$pulled" >/dev/null
absent() { ! docker -H "unix://$socket2" image inspect "$pulled" >/dev/null 2>&1; }
absent || docker -H "unix://$socket2" rmi -f "$pulled" >/dev/null

write_file() { # REGISTRIES_YAML
    cat >"$file" <<YAML
__maestro: {schema: 2}
name: registrycheck
ships:
  orch2: {ip: 127.0.0.1, docker_port: $tcp2, timeout: 30}
$1
services:
  pulled:
    image: $pulled
    instances:
      pulled-1: {ship: orch2, command: sleep 600, stop_timeout: 1}
YAML
}
registries() { # PASSWORD
    printf 'registries:\n  local:\n    registry: http://%s\n    username: %s\n    password: %s\n    email: mdt@example.invalid\n' \
        "$address" "$user" "$1"
}
# An empty client configuration: nothing of this machine's ~/.docker is used.
export DOCKER_CONFIG="$work/empty-config"
mkdir -p "$DOCKER_CONFIG"

# 1. Anonymous: refused by the registry, said on the terminal, nothing pulled.
write_file ""
if out=$("$maestro" -f "$file" pull 2>&1); then fail "an anonymous pull succeeded: $out"; fi
grep -qiE "unauthorized|no basic auth|authentication required" <<<"$out" ||
    fail "the anonymous pull does not say it was refused: $out"
absent || fail "the anonymous pull left the image"

# 2. A wrong password.
write_file "$(registries wrong-password)"
if out=$("$maestro" -f "$file" pull 2>&1); then fail "a pull with a wrong password succeeded: $out"; fi
grep -q "Login to http://$address as $user failed" <<<"$out" ||
    fail "the failed login does not name the registry and the user: $out"
absent || fail "the refused pull left the image"

# 3. The registries entry.
write_file "$(registries "$password")"
out=$("$maestro" -f "$file" pull 2>&1) || fail "the pull with credentials failed: $out"
absent && fail "maestro pull said it worked but orch2 has no $pulled: $out"
grep -q "auth.user.name=\"\?$user" "$work/registry.log" || fail "the registry saw no login as $user"
docker -H "unix://$socket2" rmi "$pulled" >/dev/null

# 4. Only the Docker client's configuration, as `docker login` leaves it.
export DOCKER_CONFIG="$work/login-config"
mkdir -p "$DOCKER_CONFIG"
printf '{"auths": {"%s": {"auth": "%s"}}}\n' "$address" \
    "$(printf '%s:%s' "$user" "$password" | base64 -w0)" >"$DOCKER_CONFIG/config.json"
write_file ""
out=$("$maestro" -f "$file" pull 2>&1) || fail "the pull with config.json credentials failed: $out"
absent && fail "the pull with config.json credentials left no image: $out"
docker -H "unix://$socket2" rmi "$pulled" >/dev/null
export DOCKER_CONFIG="$work/empty-config"

# 5. start pulls what is missing, then status -F asks the real daemon.
write_file "$(registries "$password")"
out=$("$maestro" -f "$file" start 2>&1) || fail "start failed: $out"
running=$(docker -H "unix://$socket2" inspect -f '{{.State.Running}}' pulled-1 2>/dev/null) ||
    fail "start made no container pulled-1: $out"
[ "$running" = true ] || fail "pulled-1 is not running after start"
out=$("$maestro" -f "$file" status -F 2>&1) || fail "status -F failed: $out"
grep -q "pulled-1" <<<"$out" || fail "status -F does not list pulled-1: $out"
grep -q "running for" <<<"$out" || fail "status -F does not say pulled-1 runs: $out"
echo "registrypull: ok"
