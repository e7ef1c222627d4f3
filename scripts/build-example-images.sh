#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the images of examples/quickstart.yaml from Debian's busybox-static, so trying
# the quickstart needs no registry:
#   maestro-quickstart/redis:1  a Redis stand-in on 6379 (busybox nc; answers PING with
#                               +PONG and any other command with +OK)
#   maestro-quickstart/web:1    busybox httpd on its port `http` serving a page with "Hello",
#                               $GREETING and the Redis node it found
# Both run under `maestro-guest run` (docs/guest.md), which the web server's script also
# asks for its port and for Redis's address. Both say on stdout what they serve, and the web
# server logs each request on stderr, so the logs panel has something to show.
# Uses the daemon at $MAESTRO_DOCKER_SOCKET (default /var/run/docker.sock) and the built
# maestro-guest at $MAESTRO_GUEST (default build/src/guest/maestro-guest). Idempotent: an
# image whose inputs have not changed is kept; --force rebuilds.
set -euo pipefail
self=$(readlink -f "$0")
cd "$(dirname "$self")/.."

socket=${MAESTRO_DOCKER_SOCKET:-/var/run/docker.sock}
export DOCKER_HOST="unix://$socket"
force=false
[ "${1:-}" = --force ] && force=true
busybox=/bin/busybox
[ -x "$busybox" ] || { echo "build-example-images: $busybox missing (apt-get install busybox-static)" >&2; exit 1; }
guest=${MAESTRO_GUEST:-build/src/guest/maestro-guest}
[ -x "$guest" ] || { echo "build-example-images: $guest missing (cmake --build build --target maestro-guest, or set MAESTRO_GUEST)" >&2; exit 1; }
command -v docker >/dev/null || { echo "build-example-images: the docker CLI is missing (apt-get install docker.io)" >&2; exit 1; }
docker version --format '{{.Server.Version}}' >/dev/null 2>&1 ||
    { echo "build-example-images: no Docker daemon answers on $socket" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A root file system with busybox and its applets, plus the files of one image.
rootfs() { # dir
    local r=$1 applet
    mkdir -p "$r"/{bin,etc,tmp,www}
    cp "$busybox" "$r/bin/busybox"
    # Without its debug information: the executable a Dockerfile would COPY.
    strip -o "$r/bin/maestro-guest" "$guest" 2>/dev/null || cp "$guest" "$r/bin/maestro-guest"
    for applet in $("$busybox" --list); do
        [ "$applet" = busybox ] || ln -sf busybox "$r/bin/$applet"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$r/etc/passwd"
    echo 'root:x:0:' >"$r/etc/group"
    echo 'nobody:x:65534:65534:nobody:/:/bin/false' >>"$r/etc/passwd"
}

write_redis() { # dir
    cat >"$1/bin/redis-server" <<'SCRIPT'
#!/bin/sh
echo "redis stand-in: listening on 6379 (PING answers +PONG, anything else +OK)"
exec nc -ll -p 6379 -e /bin/redis-session
SCRIPT
    cat >"$1/bin/redis-session" <<'SCRIPT'
#!/bin/sh
# One client connection: RESP array headers and lengths are skipped, PING gets +PONG.
while read -r line; do
    case "$line" in
    \**|\$*) ;;
    *PING* | *ping*) printf '+PONG\r\n' ;;
    *) printf '+OK\r\n' ;;
    esac
done
SCRIPT
    chmod 755 "$1/bin/redis-server" "$1/bin/redis-session"
}

write_web() { # dir
    cat >"$1/bin/web-server" <<'SCRIPT'
#!/bin/sh
# The page says hello with $GREETING and names the Redis node Maestro linked in: the first
# of `maestro-guest nodes` (host:port of each instance, from the injected variables).
nodes=$(maestro-guest nodes redis --port redis --separator ' ') || exit 1
port=$(maestro-guest port http) || exit 1
set -- $nodes
cat >/www/index.html <<PAGE
<!DOCTYPE html>
<html><head><title>Maestro Desktop quickstart</title></head>
<body><h1>Hello!</h1><p>${GREETING:-}</p>
<p>Redis node found: $1</p></body></html>
PAGE
echo "web: serving http://0.0.0.0:$port/ with GREETING=\"${GREETING:-}\"; Redis node found: $1"
# -v: one line per request ("client: response:200") on stderr.
exec httpd -f -v -p "$port" -h /www
SCRIPT
    chmod 755 "$1/bin/web-server"
}

build() { # image writer cmd-json expose
    local image=$1 writer=$2 cmd=$3 expose=$4 dir="$work/${1//[\/:]/_}" inputs current
    # The inputs: busybox, maestro-guest, this script and the image's command.
    inputs=$(cat "$busybox" "$guest" "$self" | sha256sum | cut -c1-16)-$(printf '%s' "$cmd" | sha256sum | cut -c1-8)
    current=$(docker image inspect --format '{{index .Config.Labels "org.maestro-desktop.inputs"}}' "$image" 2>/dev/null || true)
    if ! $force && [ "$current" = "$inputs" ]; then
        echo "build-example-images: $image is up to date"
        return 0
    fi
    rootfs "$dir"
    "$writer" "$dir"
    tar -C "$dir" -cf "$dir.tar" .
    docker import --change "CMD $cmd" --change 'ENV PATH=/bin' --change "EXPOSE $expose" \
        --change "LABEL org.maestro-desktop.inputs=$inputs" "$dir.tar" "$image" >/dev/null
    echo "build-example-images: built $image"
}

# A process that is PID 1 in its container ignores SIGTERM unless it handles it, and neither
# nc nor httpd do: `maestro stop` would wait out the stop timeout and Docker would kill the
# container (exit 137). `maestro-guest run` is PID 1 instead: it forwards SIGTERM, so the
# service ends at once (exit 143, 128 + SIGTERM), and it reaps what is orphaned.
build maestro-quickstart/redis:1 write_redis '["/bin/maestro-guest", "run", "--", "/bin/redis-server"]' 6379/tcp
build maestro-quickstart/web:1 write_web '["/bin/maestro-guest", "run", "--", "/bin/web-server"]' 8080/tcp
