# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the trial scripts: a private X display (Xvfb, no window manager), a private
# session bus and the AT-SPI bus, so that a Qt app started afterwards exports its widget
# tree and a driver (pyatspi, xdotool) can use it like a user. Follows the checked recipe
# in the shared notes (gui-driving.md); its pitfalls are the comments below.
# Every process started is recorded in TRIAL_PIDS; gui_session_stop ends them (newest
# first) by PID. Needs: Xvfb, dbus-daemon, at-spi-bus-launcher, /usr/bin/python3 with
# pyatspi, xdotool.

TRIAL_PIDS=()

# gui_session_missing: prints what is missing to drive a window, nothing when all is there.
gui_session_missing() {
    local missing=()
    command -v Xvfb >/dev/null || missing+=(Xvfb)
    command -v xdotool >/dev/null || missing+=(xdotool)
    command -v dbus-daemon >/dev/null || missing+=(dbus-daemon)
    [ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi-bus-launcher)
    # Debian's python: pyatspi is a Debian package (python3-pyatspi), not on PyPI.
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(pyatspi)
    echo "${missing[*]}"
}

# gui_session_free_display: a display number no X server uses.
gui_session_free_display() {
    local d
    for d in $(seq 140 199); do
        [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] || { echo "$d"; return 0; }
    done
    return 1
}

# gui_session_start RUNDIR: exports DISPLAY, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS.
gui_session_start() {
    local run=$1 disp i launcher
    disp=$(gui_session_free_display) || { echo "no free X display" >&2; return 1; }
    export DISPLAY=:$disp
    # A private runtime dir: the a11y bus socket lives there, not in ~/.cache shared by
    # every process on this display number (pitfall P3).
    export XDG_RUNTIME_DIR=$run/xdg
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    unset AT_SPI_BUS_ADDRESS
    Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >"$run/xvfb.log" 2>&1 &
    TRIAL_PIDS+=($!)
    for i in $(seq 100); do [ -S "/tmp/.X11-unix/X$disp" ] && break; sleep 0.05; done
    [ -S "/tmp/.X11-unix/X$disp" ] || { echo "Xvfb did not start, see $run/xvfb.log" >&2; return 1; }

    dbus-daemon --session --fork --nopidfile --print-address=3 --print-pid=4 \
        3>"$run/bus.addr" 4>"$run/bus.pid" 2>/dev/null || return 1
    DBUS_SESSION_BUS_ADDRESS=$(cat "$run/bus.addr")
    export DBUS_SESSION_BUS_ADDRESS
    TRIAL_PIDS+=($(cat "$run/bus.pid"))

    # The AT-SPI bus before the app, a11y on (P1, P2). Wait with NameHasOwner: calling the
    # bus before the launcher owns its name D-Bus-activates a second, unrecorded launcher.
    /usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 >"$run/launcher.log" 2>&1 &
    launcher=$!
    TRIAL_PIDS+=($launcher)
    for i in $(seq 100); do
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus \
            2>/dev/null | grep -q true && break
        sleep 0.05
    done
    TRIAL_A11Y_BUS=$(dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress | tr -d ' ')
    [ -n "$TRIAL_A11Y_BUS" ] || { echo "no AT-SPI bus" >&2; return 1; }
    TRIAL_PIDS+=($(ps -o pid= --ppid "$launcher")) # the a11y bus's own dbus-daemon
}

# gui_session_record_registry: at-spi2-registryd is D-Bus-activated (by the first app) and
# reparented to PID 1; record it by asking the a11y bus (P10).
gui_session_record_registry() {
    local reg
    reg=$(dbus-send --bus="$TRIAL_A11Y_BUS" --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        string:org.a11y.atspi.Registry 2>/dev/null | awk '{print $2}')
    [ -n "$reg" ] && TRIAL_PIDS+=($reg)
}

# gui_session_stop: TERM to everything recorded, newest first; KILL what is still alive.
gui_session_stop() {
    local i p st
    for ((i = ${#TRIAL_PIDS[@]} - 1; i >= 0; i--)); do kill "${TRIAL_PIDS[i]}" 2>/dev/null; done
    for i in $(seq 40); do
        local alive=0
        for p in "${TRIAL_PIDS[@]}"; do
            st=$(ps -o stat= -p "$p" 2>/dev/null)
            [ -n "$st" ] && [ "${st#Z}" = "$st" ] && alive=1 # zombies are not alive (P10)
        done
        [ $alive = 0 ] && break
        sleep 0.1
    done
    for p in "${TRIAL_PIDS[@]}"; do
        st=$(ps -o stat= -p "$p" 2>/dev/null)
        [ -n "$st" ] && [ "${st#Z}" = "$st" ] && kill -KILL "$p" 2>/dev/null
    done
    TRIAL_PIDS=()
}
