#!/usr/bin/env bash
# A 图解 as SVG, whole process (issue #27: under 50 ms), and as PNG and PDF for comparison:
# the median of RUNS runs of `nianbao graphic`, with last year's report (the same report) given.
# Timed by hyperfine (./dev bench installs it): it starts the program itself, without a shell,
# and warms the caches first; a shell's own clock around each run added its fork and its noise.
set -euo pipefail
nianbao="$1"; report="$2"
runs="${RUNS:-41}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$nianbao" convert "$report" "$work/this.json" >/dev/null 2>&1 || true
python3 - "$work/this.json" "$work/last.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); r["year"] -= 1
json.dump(r, open(sys.argv[2], "w"), ensure_ascii=False)
PY
for kind in svg png pdf; do
  command=("$nianbao" graphic --previous "$work/last.json" "$work/this.json" "$work/out.$kind")
  if command -v hyperfine >/dev/null; then
    hyperfine --style none -N --warmup 3 --runs "$runs" --export-json "$work/$kind.json" \
      "$(printf '%q ' "${command[@]}")" >/dev/null
    median="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' \
      "$work/$kind.json")"
  else
    "${command[@]}" >/dev/null # warm
    median="$(for _ in $(seq "$runs"); do
      start=$EPOCHREALTIME; "${command[@]}" >/dev/null; end=$EPOCHREALTIME
      awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f\n", b - a}'
    done | sort -n | awk '{t[NR]=$1} END {print t[int((NR+1)/2)]}')"
  fi
  target=""; [ "$kind" = svg ] && target=" (target < 0.050 s)"
  printf 'graphic %s, whole process (median of %d): %.3f s%s\n' "$kind" "$runs" "$median" "$target"
done
