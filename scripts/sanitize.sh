#!/usr/bin/env bash
# The checks CI runs after the README's test command (scripts/test.sh), each in its own build:
#  1. build-asan: clang-14, AddressSanitizer + UndefinedBehaviorSanitizer (no recovery), the whole
#     ctest suite but for the tests labelled no-sanitizer (see tests/CMakeLists.txt); the same
#     build carries libFuzzer's instrumentation and builds the fuzz target,
#  2. fuzz: every reader for FUZZ_SECONDS (default 10) each, seeded from tests/data and the examples,
#  3. build-tsan: ThreadSanitizer, the concurrency test only.
# Needs clang-14 and libclang-rt-14-dev (scripts/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="$(nproc)"
FUZZ_SECONDS="${FUZZ_SECONDS:-10}"
export CC=clang-14 CXX=clang++-14
# Warnings are gcc's business (scripts/test.sh builds with -Werror); clang only checks here.
COMMON=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=OFF
        -DARGMAP_BUILD_PYTHON=OFF -DARGMAP_BUILD_BENCH=OFF)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1

echo "== ASan+UBSan: whole test suite =="
cmake -S . -B build-asan "${COMMON[@]}" -DARGMAP_SANITIZE=address,undefined -DARGMAP_BUILD_FUZZ=ON
cmake --build build-asan -j"$JOBS"
# Left out: the package consumer (label no-sanitizer: an unsanitized consumer cannot link a
# sanitized library) and the in-process rendering tests of tests/test_render.cpp: ASan reports a
# heap-use-after-free inside Debian 12's libgvc (graphviz 2.42, textspan code; the string is
# allocated and freed there) when one process lays out a second graph. Not argmap's memory; the
# CLI's render tests (one layout per process) still run.
ctest --test-dir build-asan --output-on-failure -j"$JOBS" -LE no-sanitizer \
  -E "^(DOT has one cluster per camp|labels with quotes, angle brackets|long texts are wrapped|PNG and SVG files are written)"

echo "== fuzz: every reader, ${FUZZ_SECONDS}s each =="
declare -A SEEDS=([argdown]="argdown ad" [xml]="xml" [json]="json" [graphml]="graphml" [aif]="json"
                  [bag]="bag" [i23]="af i23" [apx]="apx" [tgf]="tgf" [argdown-json]="json")
for format in argdown xml json graphml aif bag i23 apx tgf argdown-json; do
  corpus="build-asan/fuzz-corpus/$format"
  mkdir -p "$corpus" build-asan/fuzz-artifacts
  for ext in ${SEEDS[$format]}; do
    find tests/data examples -type f -name "*.$ext" -size -64k -exec cp -t "$corpus" {} + 2>/dev/null || true
  done
  # Earlier crashes stay in the corpus (tests/data/fuzz/FORMAT/, also read by tests/test_fuzz_regressions.cpp).
  [ -d "tests/data/fuzz/$format" ] && cp -t "$corpus" tests/data/fuzz/"$format"/* 2>/dev/null || true
  ARGMAP_FUZZ_FORMAT="$format" ./build-asan/fuzz/fuzz_readers "$corpus" -max_total_time="$FUZZ_SECONDS" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="build-asan/fuzz-artifacts/$format-" 2>&1 | grep -E "^stat::number_of_executed_units|ERROR|SUMMARY|crash|Done" || true
  if ls build-asan/fuzz-artifacts/"$format"-* >/dev/null 2>&1; then
    echo "fuzz: $format reader failed; inputs in build-asan/fuzz-artifacts/" >&2
    exit 1
  fi
done

echo "== TSan: the concurrency test =="
cmake -S . -B build-tsan "${COMMON[@]}" -DARGMAP_SANITIZE=thread
cmake --build build-tsan -j"$JOBS" --target argmap_concurrency_tests
./build-tsan/tests/argmap_concurrency_tests
