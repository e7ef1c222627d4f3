#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from an already built tree and checks what a user installs:
# the three executables (stripped; maestro-guest static), the desktop entry, the AppStream metadata and the icon, and
# that the desktop entry and metadata validate.
#   check-deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack made no .deb"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -I "$deb" >"$work/control"

app_id=io.github.maestrodesktop.MaestroDesktop
for file in usr/bin/maestro usr/bin/maestro-desktop usr/bin/maestro-guest \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    [ -f "$work/root/$file" ] || fail "$file is not in the package"
done
for exe in maestro maestro-desktop maestro-guest; do
    file "$work/root/usr/bin/$exe" | grep -q 'not stripped' && fail "usr/bin/$exe is not stripped"
done
grep -q '^ Depends:.*libqt6widgets6' "$work/control" || fail "no Qt dependency in: $(cat "$work/control")"
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" ||
    fail "the desktop entry does not validate"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the AppStream metadata does not validate"
"$work/root/usr/bin/maestro" --version >/dev/null || fail "the packaged maestro does not run"
# maestro-guest is copied into images that may have no C library (docs/guest.md).
file "$work/root/usr/bin/maestro-guest" | grep -q 'statically linked' ||
    fail "usr/bin/maestro-guest is not statically linked: $(file "$work/root/usr/bin/maestro-guest")"
[ "$(env -i "$work/root/usr/bin/maestro-guest" env-name)" = local ] ||
    fail "the packaged maestro-guest does not run"
echo "check-deb: $(basename "$deb"): $(du -h "$deb" | cut -f1), contents and metadata valid"
