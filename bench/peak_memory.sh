#!/usr/bin/env bash
# Peak memory of the linear-time paths against the input size: grounded semantics on a
# framework (argmap solve -p SE-GR, i23) and on a map (argmap eval, grounded, from i23 and from
# Argdown), measured with /usr/bin/time -v (maximum resident set size).
#   bash bench/peak_memory.sh [BUILD_DIR] [SIZES...]     e.g. bash bench/peak_memory.sh build 100000 1000000
set -euo pipefail
BUILD="${1:-build}"; shift || true
SIZES=("${@:-100000 1000000}")
CLI="$BUILD/tools/argmap/argmap"
GEN="$BUILD/bench/argmap_generate"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
peak_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
printf "%-8s %-10s %-22s %12s %12s %8s\n" format args command input_bytes peak_kb ratio
for n in ${SIZES[@]}; do
  "$GEN" uniform "$n" $((4 * n)) 1 > "$WORK/af$n.af"
  "$CLI" convert "$WORK/af$n.af" "$WORK/af$n.argdown" >/dev/null
  base_kb=$(peak_kb "$CLI" --version)
  for run in "i23 solve:SE-GR" "i23 eval" "argdown eval"; do
    set -- $run
    file="$WORK/af$n.$([ "$1" = i23 ] && echo af || echo argdown)"
    if [ "$2" = "solve:SE-GR" ]; then kb=$(peak_kb "$CLI" solve -p SE-GR -f "$file"); else kb=$(peak_kb "$CLI" eval "$file" --format json); fi
    bytes=$(stat -c %s "$file")
    printf "%-8s %-10s %-22s %12s %12s %8.1f\n" "$1" "$n" "$2" "$bytes" "$kb" "$(echo "($kb - $base_kb) * 1024 / $bytes" | bc -l)"
  done
done
echo "ratio: (peak RSS - RSS of 'argmap --version', $base_kb kB) / input bytes"
