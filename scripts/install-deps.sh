#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package the project builds, tests and runs with.
# Idempotent and quick when everything is already there.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config ccache clang-format-14 lld
    qt6-base-dev qt6-base-dev-tools libqt6concurrent6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libyaml-cpp-dev libssh-dev libgraphviz-dev
    # sanitizers and the fuzzer
    clang libclang-rt-14-dev
    # integration tests: real daemons, TLS, SSH; GUI screenshots
    docker.io busybox-static openssh-server openssl curl iproute2
    xvfb xauth imagemagick
    # the editing trial (tests/trial): the window driven through AT-SPI and xdotool
    python3-pyatspi at-spi2-core dbus-daemon xdotool
    # packaging checks: the .deb's desktop entry and AppStream metadata
    desktop-file-utils appstream file
)

# Debian's image registry for the pull tests (tests/integration/registry), unpacked into a
# folder of its own instead of installed: the package would enable a system service that
# listens on port 5000 of every interface.
registry_root=/var/lib/maestro-tests/docker-registry
install_registry() {
    [ -x "$registry_root/usr/bin/docker-registry" ] && return 0
    local work
    work=$(mktemp -d)
    chmod a+rwx "$work" # apt downloads as its own user
    (cd "$work" && apt-get download -q docker-registry) || {
        $sudo apt-get update -q -o DPkg::Lock::Timeout=600
        (cd "$work" && apt-get download -q docker-registry)
    }
    $sudo mkdir -p "$registry_root"
    $sudo dpkg-deb -x "$work"/docker-registry_*.deb "$registry_root"
    rm -rf "$work"
    echo "install-deps: docker-registry unpacked in $registry_root"
}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    install_registry
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q -o DPkg::Lock::Timeout=600
$sudo apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
install_registry
