#!/usr/bin/env bash
# A 图解 as SVG, whole process (issue #27: under 50 ms), and as PNG and PDF for comparison:
# the median of RUNS runs of `nianbao graphic`, with last year's report (the same report) given.
set -euo pipefail
nianbao="$1"; report="$2"
runs="${RUNS:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$nianbao" convert "$report" "$work/this.json" >/dev/null 2>&1 || true
python3 - "$work/this.json" "$work/last.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); r["year"] -= 1
json.dump(r, open(sys.argv[2], "w"), ensure_ascii=False)
PY
for kind in svg png pdf; do
  "$nianbao" graphic --previous "$work/last.json" "$work/this.json" "$work/out.$kind" >/dev/null # warm
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    "$nianbao" graphic --previous "$work/last.json" "$work/this.json" "$work/out.$kind" >/dev/null
    end=$EPOCHREALTIME
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f\n", b - a}'
  done | sort -n | awk -v kind="$kind" '{t[NR]=$1} END {
    target = kind == "svg" ? " (target < 0.050 s)" : "";
    printf "graphic %s, whole process (median of %d): %.3f s%s\n", kind, NR, t[int((NR+1)/2)], target }'
done
