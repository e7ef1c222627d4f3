#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fresh Debian 12 machine -> installed packages, a built tree, and the main job: the
# bundled quickstart (examples/quickstart.yaml) started on a Docker daemon, its status,
# and the desktop application showing it. Safe to run again: every step keeps what is
# already there (packages, build, daemon, images, running containers).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# Only what this script runs: the tests and benchmarks are scripts/test.sh's to build.
MAESTRO_BUILD_TARGETS="maestro maestro-desktop maestro-guest" scripts/build.sh build RelWithDebInfo

echo
echo "== Docker daemon"
MAESTRO_DOCKER_SOCKET=$(scripts/docker-daemon.sh start)
export MAESTRO_DOCKER_SOCKET
echo "MAESTRO_DOCKER_SOCKET=$MAESTRO_DOCKER_SOCKET"

echo
echo "== example images"
scripts/build-example-images.sh

maestro=build/src/cli/maestro
example=examples/quickstart.yaml
echo
echo "== maestro -f $example start"
$maestro -f "$example" start
echo
echo "== maestro -f $example status"
$maestro -f "$example" status
echo
echo "The web front end answers at http://127.0.0.1:18080/ :"
curl -s --max-time 5 http://127.0.0.1:18080/ | sed -n 's/.*<h1>\(.*\)<\/h1><p>\(.*\)<\/p>.*/  \1 \2/p'

cat <<TEXT

To stop the quickstart and the daemon:
  MAESTRO_DOCKER_SOCKET=$MAESTRO_DOCKER_SOCKET $maestro -f $example stop -a
  MAESTRO_DOCKER_SOCKET=$MAESTRO_DOCKER_SOCKET $maestro -f $example clean
  scripts/docker-daemon.sh stop      # only stops a private daemon this script started
TEXT

app=build/src/app/maestro-desktop
if [ ! -x "$app" ]; then
    echo "(the desktop application was not built: configure with -DMAESTRO_DESKTOP=ON)"
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "== $app $example (close the window to finish)"
    "$app" "$example"
else
    cat <<TEXT

No display: open the desktop application on a desktop session with
  MAESTRO_DOCKER_SOCKET=$MAESTRO_DOCKER_SOCKET $app $example
or without one, under Xvfb, e.g. for a screenshot:
  MAESTRO_DOCKER_SOCKET=$MAESTRO_DOCKER_SOCKET xvfb-run -a $app $example --screenshot quickstart.png
TEXT
fi
