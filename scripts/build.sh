#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/build.sh DIR BUILD_TYPE [extra cmake arguments...]
# Configures (once) and builds the tree in DIR with Ninja: everything, or with
# MAESTRO_BUILD_TARGETS="a b" only those targets (and what they need).
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when installed) shares its cache between clones in different directories.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
dir=${1:-build}
type=${2:-RelWithDebInfo}
shift $(( $# > 2 ? 2 : $# ))
if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
fi
targets=()
for t in ${MAESTRO_BUILD_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$dir" -j "$(nproc)" "${targets[@]}"
