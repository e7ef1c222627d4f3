#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every test: first that every C++ file is clang-format clean, then the whole suite (unit,
# integration against the daemons the tests start themselves, GUI offscreen and in Xvfb, the
# package) on one build under AddressSanitizer and UndefinedBehaviorSanitizer, then the loader,
# edit engine and YAML reader fuzzers for a bounded time (60 s in all).
# Exits non-zero on any failure.
# `scripts/test.sh --quick` runs the format check and the whole suite on the normal build
# (build/, RelWithDebInfo, no sanitizers): quicker when that build is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fuzz_seconds=${MAESTRO_FUZZ_SECONDS:-60}

echo "== format (clang-format-14, .clang-format)"
scripts/check-format.sh

if [ "${1:-}" = "--quick" ]; then
    echo "== full suite (build/, no sanitizers)"
    scripts/build.sh build RelWithDebInfo
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    exit 0
fi

echo "== full suite under ASan + UBSan"
# One configuration for every test: building a second one for a run without sanitizers took
# as long again (docs/testing.md, "The test command's time"). -g1 keeps the function names
# and lines the sanitizers' reports need, and compiles faster than full debug information.
# maestro-guest stays static and uninstrumented, as it goes into images (src/guest).
scripts/build.sh build-asan Debug -DMAESTRO_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG=-g1
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)"

# The budget is shared: half for the loader, a quarter each for the edit engine and
# for the fast YAML reader against yaml-cpp.
loader_seconds=$((fuzz_seconds / 2))
edit_seconds=$((fuzz_seconds / 4))
reader_seconds=$((fuzz_seconds - loader_seconds - edit_seconds))
echo "== libFuzzer over the loader (${loader_seconds}s), the edit engine (${edit_seconds}s)" \
    "and the YAML reader (${reader_seconds}s)"
if [ ! -f build-fuzz/build.ninja ]; then
    CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DMAESTRO_FUZZ=ON -DMAESTRO_SANITIZE=ON -DMAESTRO_BUILD_TESTS=OFF
fi
cmake --build build-fuzz --target fuzz_loader fuzz_edit fuzz_yamlreader -j "$(nproc)"
mkdir -p build-fuzz/corpus
cp tests/fuzz/corpus/* build-fuzz/corpus/
# Seeds: every environment file of the tests and examples, not just the two above, each
# under a name of its path (files of the same name differ). Longer ones than -max_len
# would be cut, so they are left out and named.
while IFS= read -r -d '' seed; do
    if [ "$(stat -c %s "$seed")" -gt 8192 ]; then
        echo "fuzz seed left out (over 8192 bytes): $seed"
        continue
    fi
    cp "$seed" "build-fuzz/corpus/seed-$(echo "$seed" | tr / _)"
done < <(find tests examples \( -name '*.yaml' -o -name '*.yml' \) -type f -print0)
build-fuzz/tests/fuzz/fuzz_loader -max_total_time="$loader_seconds" -max_len=8192 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 build-fuzz/corpus 2>&1 | tail -n 15
# The edit engine: a byte choosing seed file, operation and alias policy, PATH, VALUE.
mkdir -p build-fuzz/corpus-edit
cp tests/fuzz/corpus-edit/* build-fuzz/corpus-edit/
build-fuzz/tests/fuzz/fuzz_edit -max_total_time="$edit_seconds" -max_len=512 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 build-fuzz/corpus-edit 2>&1 | tail -n 15
# The reader starts from the loader's seeds (environment files); any difference from
# yaml-cpp's events aborts.
mkdir -p build-fuzz/corpus-reader
cp build-fuzz/corpus/* build-fuzz/corpus-reader/
build-fuzz/tests/fuzz/fuzz_yamlreader -max_total_time="$reader_seconds" -max_len=8192 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 build-fuzz/corpus-reader 2>&1 | tail -n 15
