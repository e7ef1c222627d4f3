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
#                         a fourth daemon (unix socket DIR/spare.sock, no bridge, requests
#                         logged in DIR/spare.log) that a test may stop in the middle of a stream
#   ships.sh sshd-restart DIR
#                         stops sshd by its PID and starts it again (same keys and port)
#
# Every run directory gets its own slot (0-99, hashed from DIR; the next free one if another
# run directory that is still up holds it, or if something on this machine listens on one of
# its ports, see lib/harness.sh), and from it its own bridges, subnets and ports, so two build
# directories can run the integration suites at once:
#   ship1  unix socket only,                    bridge mdt-sa<slot> (10.237.<slot>.1/24)
#   ship2  unix socket + plain TCP 127.0.0.1:<P>, bridge mdt-sb<slot> (10.237.<100+slot>.1/24)
#   ship3  unix socket + TLS-only TCP 127.0.0.1:<P+1> (--tlsverify; certificate for `localhost`), no bridge
#   sshd   127.0.0.1:<P+2>, key login as root, forwards to ship1's socket and the TCP ports
#   <P+3>  a port nothing listens on
# where P = 24000 + 5 * slot (24000-24499, apart from orchships.sh's ports and below the
# kernel's ephemeral ports). MDT_SHIPS_SLOT=N forces a slot (whose ports must be free).
# Every ship gets the image mdt/busybox:test (a `docker import` of busybox-static).
set -u

ACTION=${1:-}
DIR=${2:-}
if [ -z "$ACTION" ] || [ -z "$DIR" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
HARNESS_NAME=ships.sh
# shellcheck source=lib/harness.sh
. "$(dirname "$0")/lib/harness.sh"
IMAGE=mdt/busybox:test
SLOT_COUNT=100

# Sets SLOT and everything derived from it. `start` claims a slot; `stop` uses the claimed one.
set_slot() { # slot
    SLOT=$1
    PORT0=$((24000 + 5 * SLOT))
    TCP_PORT=$PORT0
    TLS_PORT=$((PORT0 + 1))
    SSH_PORT=$((PORT0 + 2))
    DEAD_PORT=$((PORT0 + 3))
    BRIDGE1=mdt-sa$SLOT
    BRIDGE2=mdt-sb$SLOT
    SUBNET1=10.237.$SLOT.1/24
    SUBNET2=10.237.$((100 + SLOT)).1/24
}

log() { harness_log "$@"; }

slot_ports_free() { # slot
    local first=$((24000 + 5 * $1))
    harness_ports_free "$first" $((first + 4))
}

# The dead port is only dead while nothing listens on it; checked again once the ships are up.
dead_port_is_dead() {
    harness_ports_free "$DEAD_PORT" "$DEAD_PORT" || { log "something listens on the dead port $DEAD_PORT"; return 1; }
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
    # Also as [localhost]: the name a TLS-through-SSH ship uses (its certificate's name).
    {
        echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$s/host_ed25519.pub")"
        echo "[localhost]:$SSH_PORT $(cut -d' ' -f1,2 "$s/host_ed25519.pub")"
    } >"$s/known_hosts"
    echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$s/other_host_ed25519.pub")" >"$s/known_hosts_changed"
    : >"$s/known_hosts_empty"
    /usr/sbin/sshd -t -f "$s/sshd_config" || return 1
    start_sshd || return 1
}

start_sshd() {
    /usr/sbin/sshd -f "$DIR/ssh/sshd_config" -E "$DIR/ssh/sshd.log"
}

do_start() {
    if [ -f "$DIR/ships.env" ] || [ -f "$DIR/ships.claim" ]; then
        log "leftovers in $DIR, stopping them first"
        do_stop
    fi
    mkdir -p "$DIR"
    local slot
    if [ -n "${MDT_SHIPS_SLOT:-}" ]; then
        slot=$MDT_SHIPS_SLOT
        echo "$slot" >"$DIR/ships.claim"
        slot_ports_free "$slot" || return 1
    else
        slot=$(harness_claim_slot ships "$DIR" "$SLOT_COUNT" slot_ports_free) || { log "no free slot"; return 1; }
    fi
    set_slot "$slot"
    log "slot $SLOT: ports $TCP_PORT-$DEAD_PORT, bridges $BRIDGE1 $BRIDGE2"
    rm -rf "$DIR/ssh" "$DIR/tls" # keys and certificates are made fresh for every run
    harness_make_bridge "$BRIDGE1" "$SUBNET1" || return 1
    harness_make_bridge "$BRIDGE2" "$SUBNET2" || return 1
    make_tls || { log "openssl failed, see $DIR/tls.log"; return 1; }
    # --debug: ship1 logs every request it receives ("Calling POST /…"), so that a test can
    # tell when a request has reached the daemon (MDT_SHIP1_LOG).
    harness_start_daemon "$DIR" ship1 "$BRIDGE1" --debug
    harness_start_daemon "$DIR" ship2 "$BRIDGE2" --host "tcp://127.0.0.1:$TCP_PORT" --tls=false
    harness_start_daemon "$DIR" ship3 "" --host "tcp://127.0.0.1:$TLS_PORT" --tlsverify \
        --tlscacert "$DIR/tls/ca.pem" --tlscert "$DIR/tls/server-cert.pem" --tlskey "$DIR/tls/server-key.pem"
    make_ssh || { log "sshd failed"; return 1; }
    harness_make_rootfs "$DIR"
    local n
    for n in ship1 ship2 ship3; do
        harness_wait_ping "$DIR/$n.sock" 30 || { log "$n did not answer, see $DIR/$n.log"; return 1; }
        harness_import_image "$DIR/$n.sock" "$DIR/rootfs.tar" "$IMAGE" \
            || { log "image import into $n failed"; return 1; }
    done
    dead_port_is_dead || return 1
    cat >"$DIR/ships.env.tmp" <<EOF
MDT_DIR=$DIR
MDT_SLOT=$SLOT
MDT_IMAGE=$IMAGE
MDT_SHIP1_SOCKET=$DIR/ship1.sock
MDT_SHIP1_LOG=$DIR/ship1.log
MDT_SHIP1_SUBNET=$SUBNET1
MDT_SHIP2_SOCKET=$DIR/ship2.sock
MDT_SHIP2_SUBNET=$SUBNET2
MDT_SHIP2_TCP_HOST=127.0.0.1
MDT_SHIP2_TCP_PORT=$TCP_PORT
MDT_SHIP3_SOCKET=$DIR/ship3.sock
MDT_SHIP3_TLS_HOST=localhost
MDT_SHIP3_TLS_PORT=$TLS_PORT
MDT_TLS_DIR=$DIR/tls
MDT_SSH_HOST=127.0.0.1
MDT_SSH_PORT=$SSH_PORT
MDT_SSH_USER=root
MDT_SSH_PID_FILE=$DIR/ssh/sshd.pid
MDT_SSH_HOST_KEY_PUB=$DIR/ssh/host_ed25519.pub
MDT_SSH_KEY=$DIR/ssh/client_ed25519
MDT_SSH_KEY_PEM=$DIR/ssh/client_rsa_pem
MDT_SSH_KEY_PROTECTED=$DIR/ssh/client_protected
MDT_SSH_KEY_PASSPHRASE=mdt-secret-phrase
MDT_SSH_KNOWN_HOSTS=$DIR/ssh/known_hosts
MDT_SSH_KNOWN_HOSTS_CHANGED=$DIR/ssh/known_hosts_changed
MDT_SSH_KNOWN_HOSTS_EMPTY=$DIR/ssh/known_hosts_empty
MDT_DEAD_PORT=$DEAD_PORT
EOF
    mv "$DIR/ships.env.tmp" "$DIR/ships.env"
    log "ships up, environment in $DIR/ships.env"
}

do_stop() {
    local n
    rm -f "$DIR/ships.env"
    # Remove containers first: otherwise each running one costs the 10 s stop timeout.
    for n in ship1 ship2 ship3; do
        [ -f "$DIR/$n.pid" ] && harness_remove_containers "$DIR/$n.sock"
    done
    # All daemons at once: each takes about a second to shut down.
    for n in ship1 ship2 ship3; do
        harness_stop_pid "$DIR/$n.pid" 20 &
    done
    harness_stop_pid "$DIR/ssh/sshd.pid" 5 &
    wait
    if [ -f "$DIR/ships.claim" ]; then
        set_slot "$(cat "$DIR/ships.claim")"
        harness_delete_bridge "$BRIDGE1"
        harness_delete_bridge "$BRIDGE2"
        harness_release_slot ships "$DIR"
    fi
    for n in ship1 ship2 ship3; do harness_kill_container_leftovers "$DIR/$n-data"; done
    harness_unmount_under "$DIR"
    for n in ship1 ship2 ship3; do
        rm -rf "$DIR/$n-data" "$DIR/$n-exec"
    done
    rm -rf "$DIR/rootfs" "$DIR/rootfs.tar"
    return 0
}

do_spare_start() {
    harness_start_daemon "$DIR" spare "" --debug # requests logged, as ship1's
    harness_wait_ping "$DIR/spare.sock" 30 || { log "spare did not answer, see $DIR/spare.log"; return 1; }
}

do_spare_stop() {
    harness_stop_pid "$DIR/spare.pid" 20
    harness_kill_container_leftovers "$DIR/spare-data"
    rm -rf "$DIR/spare-data" "$DIR/spare-exec"
}

# Restarts sshd (same keys and port): the client's session dies with the old server.
do_sshd_restart() {
    harness_stop_pid "$DIR/ssh/sshd.pid" 5
    start_sshd
}

case "$ACTION" in
start) do_start || { log "start failed; stopping what was started"; do_stop; exit 1; } ;;
stop) do_spare_stop; do_stop ;;
spare-start) do_spare_start ;;
sshd-restart) do_sshd_restart ;;
spare-stop) do_spare_stop ;;
*)
    echo "usage: $0 start|stop|spare-start|spare-stop|sshd-restart DIR" >&2
    exit 2
    ;;
esac
