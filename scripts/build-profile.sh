#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/build-profile.sh BUILD_DIR [N]
# Where a build's time went, from BUILD_DIR/.ninja_log (the last run of each step): the
# summed duration of each kind of step (compiling, precompiling headers, automoc, archiving,
# linking) and the N slowest steps (default 15). The durations are wall times of single
# steps, so on a busy machine they include waiting for a core; docs/testing.md has figures.
set -euo pipefail
dir=${1:?usage: build-profile.sh BUILD_DIR [N]}
top=${2:-15}
steps=$(mktemp)
trap 'rm -f "$steps"' EXIT
# Ninja log v5: start end mtime output command-hash, one line per output. A step with several
# outputs (automoc's) is counted once, by its command hash and times.
awk -F'\t' 'NR > 1 { last[$4] = $1 "\t" $2 "\t" $5 }
    END { for (o in last) print last[o] "\t" o }' "$dir/.ninja_log" |
    sort -t$'\t' -k3,3 -k1,1n -u |
    awk -F'\t' '{ printf "%.1f\t%s\n", ($2 - $1) / 1000, $4 }' >"$steps"
awk -F'\t' '
    function kind(o) {
        if (o ~ /\.gch$/) return "precompiled header"
        if (o ~ /_autogen\// || o ~ /autogen\/timestamp$/) return "automoc"
        if (o ~ /\.o$/) return "compile"
        if (o ~ /\.a$/) return "archive"
        if (o ~ /\.(qm|ts|cpp|h|stamp)$/ || o ~ /CMakeFiles\//) return "other"
        return "link"
    }
    { k = kind($2); sum[k] += $1; n[k]++; total += $1 }
    END {
        for (k in sum) printf "%-20s %5d steps %9.1f s\n", k, n[k], sum[k]
        printf "%-20s %5d steps %9.1f s\n", "all", NR, total
    }' "$steps"
echo "slowest:"
sort -rn "$steps" | head -n "$top" | sed 's/^/  /'
