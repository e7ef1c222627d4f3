#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# maestro-guest must run in an image without a C library: statically linked, no interpreter,
# and it must answer with no environment at all.
#   check-static.sh MAESTRO_GUEST
set -u
guest=$1
fail() { echo "check-static: FAIL: $*" >&2; exit 1; }
description=$(file -b "$guest") || fail "file cannot read $guest"
case "$description" in
*"statically linked"*) ;;
*) fail "not statically linked: $description" ;;
esac
ldd_output=$(ldd "$guest" 2>&1)
case "$ldd_output" in
*"not a dynamic executable"*) ;;
*) fail "ldd sees libraries: $ldd_output" ;;
esac
[ "$(env -i "$guest" env-name)" = local ] || fail "it does not run without an environment"
echo "check-static: $guest is static ($(wc -c <"$guest") bytes)"
