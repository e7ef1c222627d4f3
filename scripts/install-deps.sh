#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package the project builds, tests and runs with.
# Idempotent and quick when everything is already there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config ccache clang-format-14
    qt6-base-dev qt6-base-dev-tools libqt6concurrent6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libyaml-cpp-dev libssh-dev libgraphviz-dev
    # sanitizers and the fuzzer
    clang libclang-rt-14-dev
    # integration tests: real daemons, TLS, SSH; GUI screenshots
    docker.io busybox-static openssh-server openssl curl iproute2
    xvfb xauth imagemagick
    # packaging checks: the .deb's desktop entry and AppStream metadata
    desktop-file-utils appstream file
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q -o DPkg::Lock::Timeout=600
$sudo apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
