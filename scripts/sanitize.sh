#!/usr/bin/env bash
# The checks CI runs after the README's test command (scripts/test.sh), each in its own build:
#  asan  clang-14, AddressSanitizer + UndefinedBehaviorSanitizer (no recovery; leaks on), -O1 with
#        line tables and assertions: the whole ctest suite but for the package consumer (label
#        no-sanitizer: an unsanitized consumer cannot link a sanitized library), with
#        ARGMAP_TEST_SHARE (default 4): the randomized and exhaustive oracle checks run one round
#        in that many (tests/helpers.hpp), every code path still, a quarter of the repetitions;
#        scripts/test.sh runs them all. The same build carries libFuzzer's instrumentation and
#        builds the fuzz targets,
#  fuzz  every reader (fuzz_readers) and the read-write-read round trip (fuzz_round_trip) for
#        FUZZ_SECONDS (default 8) each, seeded from tests/data and the examples,
#  tsan  ThreadSanitizer, the concurrency test.
# `scripts/sanitize.sh` runs all three; `scripts/sanitize.sh fuzz` (etc.) only the ones named.
# Needs clang-14 and libclang-rt-14-dev (scripts/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="$(nproc)"
FUZZ_SECONDS="${FUZZ_SECONDS:-8}"
STAGES=("$@")
[ ${#STAGES[@]} -eq 0 ] && STAGES=(asan fuzz tsan)
wants() { local s; for s in "${STAGES[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
export CC=clang-14 CXX=clang++-14
# Warnings are gcc's business (scripts/test.sh builds with -Werror); clang only checks here.
# Debug with -O1: assertions on, ASan's recommended optimisation, no full debug info.
# Unity builds for the library and the CLI (not the tests, see tests/CMakeLists.txt): a third of
# the compile time, since every CLI file instantiates CLI11 and most library files nlohmann-json.
COMMON=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG=-O1 -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DBUILD_SHARED_LIBS=OFF
        -DARGMAP_BUILD_PYTHON=OFF -DARGMAP_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON)
command -v ninja >/dev/null 2>&1 || COMMON=("${COMMON[@]:2}")
command -v ccache >/dev/null 2>&1 && COMMON+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
SUPP="$PWD/tests/sanitizers"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14

if wants asan || wants fuzz; then
  echo "== ASan+UBSan build =="
  cmake -S . -B build-asan "${COMMON[@]}" -DARGMAP_SANITIZE=address,undefined -DARGMAP_BUILD_FUZZ=ON >/dev/null
  cmake --build build-asan -j"$JOBS"
fi

if wants asan; then
  echo "== ASan+UBSan: the test suite =="
  ARGMAP_TEST_SHARE="${ARGMAP_TEST_SHARE:-4}" ctest --test-dir build-asan --output-on-failure -j"$JOBS" -LE no-sanitizer
fi

if wants fuzz; then
  echo "== fuzz: every reader and the round trip, ${FUZZ_SECONDS}s each =="
  declare -A SEEDS=([argdown]="argdown ad" [xml]="xml" [json]="json" [graphml]="graphml" [aif]="json"
                    [bag]="bag" [i23]="af i23" [apx]="apx" [tgf]="tgf" [argdown-json]="json")
  run_fuzzer() {  # target format
    local target="$1" format="$2" corpus="build-asan/fuzz-corpus/$2" ext
    mkdir -p "$corpus" build-asan/fuzz-artifacts
    for ext in ${SEEDS[$format]}; do
      find tests/data examples -type f -name "*.$ext" -size -64k -exec cp -t "$corpus" {} + 2>/dev/null || true
    done
    # Earlier crashes stay in the corpus (tests/data/fuzz/FORMAT/, also read by tests/test_fuzz_regressions.cpp).
    [ -d "tests/data/fuzz/$format" ] && cp -t "$corpus" tests/data/fuzz/"$format"/* 2>/dev/null || true
    ARGMAP_FUZZ_FORMAT="$format" "./build-asan/fuzz/$target" "$corpus" -max_total_time="$FUZZ_SECONDS" \
      -timeout=30 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="build-asan/fuzz-artifacts/$target-$format-" > "build-asan/fuzz-$target-$format.log" 2>&1 || true
    echo "$target $format: $(grep -E '^stat::number_of_executed_units' "build-asan/fuzz-$target-$format.log" | awk '{print $2}') runs"
    if ls build-asan/fuzz-artifacts/"$target-$format"-* >/dev/null 2>&1; then
      grep -E "ERROR|SUMMARY|fuzz_" "build-asan/fuzz-$target-$format.log" | head -20 >&2 || true
      echo "fuzz: $target failed on $format; inputs in build-asan/fuzz-artifacts/" >&2
      exit 1
    fi
  }
  for format in argdown xml json graphml aif bag i23 apx tgf argdown-json; do run_fuzzer fuzz_readers "$format"; done
  # The round trip writes every format, so rich maps as seeds cover the writers.
  for format in argdown xml json; do run_fuzzer fuzz_round_trip "$format"; done
fi

if wants tsan; then
  echo "== TSan: the concurrency test =="
  cmake -S . -B build-tsan "${COMMON[@]}" -DARGMAP_SANITIZE=thread >/dev/null
  cmake --build build-tsan -j"$JOBS" --target argmap_concurrency_tests
  ./build-tsan/tests/argmap_concurrency_tests
fi
