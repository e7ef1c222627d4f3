#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Test ships for the integration tests: real Docker daemons, a TLS-only daemon and an sshd,
# all under one per-run directory. Usage:
#
#   ships.sh start DIR    start everything, write DIR/ships.env (sourceable KEY=value lines)
#   ships.sh stop DIR     remove containers, stop every process by its PID, delete bridges,
#                         check mounts, remove the data roots
#   ships.sh spare-start DIR / spare-stop DIR
#                         a fourth daemon (unix socket DIR/spare.sock, no bridge) that a test
#                         may stop in the middle of a stream
#
# Ships (made-up names and ports, chosen not to collide with anything else on the machine):
#   ship1  unix socket only,                   bridge mdt-br1 (10.239.1.1/24)
#   ship2  unix socket + plain TCP 127.0.0.1:23751, bridge mdt-br2 (10.239.2.1/24)
#   ship3  unix socket + TLS-only TCP 127.0.0.1:23762 (--tlsverify; certificate for `localhost`), no bridge
#   sshd   127.0.0.1:23722, key login as root, forwards to ship1's socket and ship2's TCP port
# Every ship gets the image mdt/busybox:test (a `docker import` of busybox-static).
# Environment: MDT_PORT_BASE (default 237) changes the port prefix, e.g. for a second build.
set -u

ACTION=${1:-}
DIR=${2:-}
if [ -z "$ACTION" ] || [ -z "$DIR" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
PB=${MDT_PORT_BASE:-237}
TCP_PORT=${PB}51
TLS_PORT=${PB}62
SSH_PORT=${PB}22
IMAGE=mdt/busybox:test
DOCKER=/usr/bin/docker   # docker.io's CLI; /usr/local/bin/docker may be another version
[ -x "$DOCKER" ] || DOCKER=docker

log() { echo "ships.sh: $*" >&2; }

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
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
    for ((i = 0; i < $2 * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$1"; return 0; }
        sleep 0.1
    done
    log "pid $pid did not stop, killing"
    kill -KILL "$pid" 2>/dev/null
    sleep 0.2
    rm -f "$1"
}

start_daemon() { # name bridge extra-args...
    local name=$1 bridge=$2
    shift 2
    local bridgeargs=(--bridge=none)
    if [ -n "$bridge" ]; then
        bridgeargs=(--bridge "$bridge")
    fi
    setsid dockerd --host "unix://$DIR/$name.sock" "$@" \
        --data-root "$DIR/$name-data" --exec-root "$DIR/$name-exec" --pidfile "$DIR/$name.pid" \
        "${bridgeargs[@]}" --iptables=false --ip-masq=false \
        >"$DIR/$name.log" 2>&1 </dev/null &
}

make_bridge() { # name cidr
    ip link show "$1" >/dev/null 2>&1 && ip link del "$1"
    ip link add "$1" type bridge && ip addr add "$2" dev "$1" && ip link set "$1" up
}

make_tls() {
    local t="$DIR/tls"
    mkdir -p "$t" && cd "$t" || return 1
    {
        openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 30 -subj "/CN=mdt-test-ca"
        openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out server.csr -subj "/CN=localhost"
        # Only the name: reaching the daemon as 127.0.0.1 with verification on must fail the
        # host name check (it listens on 127.0.0.1, which `localhost` resolves to).
        printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' >server-ext.cnf
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem -days 30 -extfile server-ext.cnf
        printf 'extendedKeyUsage=clientAuth\n' >client-ext.cnf
        openssl req -newkey rsa:2048 -nodes -keyout key.pem -out client.csr -subj "/CN=mdt-client"
        openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out cert.pem -days 30 -extfile client-ext.cnf
        # A second, unrelated CA and a client certificate it signed: the daemon must reject it,
        # and a client trusting only this CA must reject the daemon.
        openssl req -x509 -newkey rsa:2048 -nodes -keyout wrong-ca-key.pem -out wrong-ca.pem -days 30 -subj "/CN=mdt-wrong-ca"
        openssl req -newkey rsa:2048 -nodes -keyout rogue-key.pem -out rogue.csr -subj "/CN=mdt-rogue"
        openssl x509 -req -in rogue.csr -CA wrong-ca.pem -CAkey wrong-ca-key.pem -CAcreateserial -out rogue-cert.pem -days 30 -extfile client-ext.cnf
    } >"$DIR/tls.log" 2>&1
    cd - >/dev/null
}

make_ssh() {
    local s="$DIR/ssh"
    mkdir -p "$s" /run/sshd
    ssh-keygen -q -t ed25519 -N '' -f "$s/host_ed25519" || return 1
    ssh-keygen -q -t ed25519 -N '' -f "$s/other_host_ed25519" || return 1
    ssh-keygen -q -t ed25519 -N '' -f "$s/client_ed25519" || return 1
    # The same client key in PEM-wrapped (PKCS#8-free, "BEGIN OPENSSH" vs RSA PEM) forms
    # and with a passphrase, for the key-format tests.
    ssh-keygen -q -t rsa -b 2048 -m PEM -N '' -f "$s/client_rsa_pem" || return 1
    ssh-keygen -q -t ed25519 -N 'mdt-secret-phrase' -f "$s/client_protected" || return 1
    cat "$s/client_ed25519.pub" "$s/client_rsa_pem.pub" "$s/client_protected.pub" >"$s/authorized_keys"
    chmod 600 "$s/authorized_keys"
    cat >"$s/sshd_config" <<EOF
Port $SSH_PORT
ListenAddress 127.0.0.1
HostKey $s/host_ed25519
PidFile $s/sshd.pid
AuthorizedKeysFile $s/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
MaxSessions 50
EOF
    # known_hosts with the real key, and one where the host's key has "changed".
    echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$s/host_ed25519.pub")" >"$s/known_hosts"
    echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$s/other_host_ed25519.pub")" >"$s/known_hosts_changed"
    : >"$s/known_hosts_empty"
    /usr/sbin/sshd -t -f "$s/sshd_config" || return 1
    /usr/sbin/sshd -f "$s/sshd_config" -E "$s/sshd.log" || return 1
}

make_image() {
    local r="$DIR/rootfs"
    mkdir -p "$r"/{bin,etc,tmp,proc,sys,dev}
    cp /bin/busybox "$r/bin/"
    for a in $("$r/bin/busybox" --list); do
        [ "$a" = busybox ] || ln -sf busybox "$r/bin/$a"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$r/etc/passwd"
    echo 'root:x:0:' >"$r/etc/group"
    tar -C "$r" -cf "$DIR/rootfs.tar" .
}

import_image() { # socket
    DOCKER_HOST="unix://$1" "$DOCKER" import --change 'CMD ["/bin/sh"]' --change 'ENV PATH=/bin' \
        "$DIR/rootfs.tar" "$IMAGE" >/dev/null
}

do_start() {
    if [ -f "$DIR/ships.env" ]; then
        log "leftovers in $DIR, stopping them first"
        do_stop
    fi
    mkdir -p "$DIR"
    rm -rf "$DIR/ssh" "$DIR/tls" # keys and certificates are made fresh for every run
    make_bridge mdt-br1 10.239.1.1/24 || return 1
    make_bridge mdt-br2 10.239.2.1/24 || return 1
    make_tls || { log "openssl failed, see $DIR/tls.log"; return 1; }
    start_daemon ship1 mdt-br1
    start_daemon ship2 mdt-br2 --host "tcp://127.0.0.1:$TCP_PORT" --tls=false
    start_daemon ship3 "" --host "tcp://127.0.0.1:$TLS_PORT" --tlsverify \
        --tlscacert "$DIR/tls/ca.pem" --tlscert "$DIR/tls/server-cert.pem" --tlskey "$DIR/tls/server-key.pem"
    make_ssh || { log "sshd failed"; return 1; }
    make_image
    local n
    for n in ship1 ship2 ship3; do
        wait_ping "$DIR/$n.sock" 30 || { log "$n did not answer, see $DIR/$n.log"; return 1; }
        import_image "$DIR/$n.sock" || { log "image import into $n failed"; return 1; }
    done
    cat >"$DIR/ships.env.tmp" <<EOF
MDT_DIR=$DIR
MDT_IMAGE=$IMAGE
MDT_SHIP1_SOCKET=$DIR/ship1.sock
MDT_SHIP2_SOCKET=$DIR/ship2.sock
MDT_SHIP2_TCP_HOST=127.0.0.1
MDT_SHIP2_TCP_PORT=$TCP_PORT
MDT_SHIP3_SOCKET=$DIR/ship3.sock
MDT_SHIP3_TLS_HOST=localhost
MDT_SHIP3_TLS_PORT=$TLS_PORT
MDT_TLS_DIR=$DIR/tls
MDT_SSH_HOST=127.0.0.1
MDT_SSH_PORT=$SSH_PORT
MDT_SSH_USER=root
MDT_SSH_KEY=$DIR/ssh/client_ed25519
MDT_SSH_KEY_PEM=$DIR/ssh/client_rsa_pem
MDT_SSH_KEY_PROTECTED=$DIR/ssh/client_protected
MDT_SSH_KEY_PASSPHRASE=mdt-secret-phrase
MDT_SSH_KNOWN_HOSTS=$DIR/ssh/known_hosts
MDT_SSH_KNOWN_HOSTS_CHANGED=$DIR/ssh/known_hosts_changed
MDT_SSH_KNOWN_HOSTS_EMPTY=$DIR/ssh/known_hosts_empty
MDT_DEAD_PORT=${PB}99
EOF
    mv "$DIR/ships.env.tmp" "$DIR/ships.env"
    log "ships up, environment in $DIR/ships.env"
}

do_stop() {
    local n sock
    rm -f "$DIR/ships.env"
    for n in ship1 ship2 ship3; do
        sock="$DIR/$n.sock"
        if [ -S "$sock" ] && [ -f "$DIR/$n.pid" ]; then
            # Remove containers first: otherwise each running one costs the 10 s stop timeout.
            local ids
            ids=$(DOCKER_HOST="unix://$sock" timeout 20 "$DOCKER" ps -aq 2>/dev/null)
            [ -n "$ids" ] && DOCKER_HOST="unix://$sock" timeout 30 "$DOCKER" rm -f $ids >/dev/null 2>&1
        fi
    done
    # All daemons at once: each takes about a second to shut down.
    for n in ship1 ship2 ship3; do
        stop_pid "$DIR/$n.pid" 20 &
    done
    stop_pid "$DIR/ssh/sshd.pid" 5 &
    wait
    ip link show mdt-br1 >/dev/null 2>&1 && ip link del mdt-br1
    ip link show mdt-br2 >/dev/null 2>&1 && ip link del mdt-br2
    local m
    for m in $(awk -v d="$DIR/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
        log "unmounting leftover $m"
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    for n in ship1 ship2 ship3; do
        rm -rf "$DIR/$n-data" "$DIR/$n-exec"
    done
    rm -rf "$DIR/rootfs" "$DIR/rootfs.tar"
    return 0
}

do_spare_start() {
    start_daemon spare ""
    wait_ping "$DIR/spare.sock" 30 || { log "spare did not answer, see $DIR/spare.log"; return 1; }
}

do_spare_stop() {
    stop_pid "$DIR/spare.pid" 20
    rm -rf "$DIR/spare-data" "$DIR/spare-exec"
}

case "$ACTION" in
start) do_start || { log "start failed; stopping what was started"; do_stop; exit 1; } ;;
stop) do_spare_stop; do_stop ;;
spare-start) do_spare_start ;;
spare-stop) do_spare_stop ;;
*)
    echo "usage: $0 start|stop|spare-start|spare-stop DIR" >&2
    exit 2
    ;;
esac
