#!/bin/sh
# CE-ST and CE-CO on the ICCMA Traffic instance and on balls of its hard part: CPU seconds
# (user+sys) of one `argmap solve` each, under nice -n 10, capped at CAP CPU seconds.
#
#   bench/bench_counting.sh ARGMAP [FILE] [CAP]
#
# FILE defaults to ../shared/data/iccma/iccma23-format/a1210993_20150717_0403.gml.80.af.
# Prints: file, task, CPU seconds, peak memory, and the count (or "not finished").
set -eu
argmap=$1
file=${2:-$(dirname "$0")/../../shared/data/iccma/iccma23-format/a1210993_20150717_0403.gml.80.af}
cap=${3:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/traffic_balls.py" "$file" "$dir" 200 400 800 1600
for f in "$dir"/ball200.af "$dir"/ball400.af "$dir"/ball800.af "$dir"/ball1600.af "$file"; do
    for task in CE-ST CE-CO; do
        out=$( (ulimit -t "$cap"; /usr/bin/time -f "%U %S %M" nice -n 10 "$argmap" solve -p "$task" -fo i23 -f "$f") 2>&1 || true)
        count=$(printf '%s\n' "$out" | grep -E '^[0-9]+$' | head -n 1)
        times=$(printf '%s\n' "$out" | tail -n 1)
        printf '%s\t%s\t%s\t%s\n' "$(basename "$f")" "$task" "$(echo "$times" | awk '{printf "%.2f s\t%d KB", $1 + $2, $3}')" "${count:-not finished}"
    done
done
