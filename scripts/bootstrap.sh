#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fresh Debian 12 machine -> installed packages, a built tree, and the main job run once
# on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh build RelWithDebInfo

echo
echo "== maestro -f examples/quickstart.yaml deptree"
build/src/cli/maestro -f examples/quickstart.yaml deptree
