#!/usr/bin/env bash
# Side by side on the same .docx: `nianbao convert X.docx X.pdf` against
# `soffice --headless --convert-to pdf X.docx`. Prints wall time and peak resident memory of
# each (median of RUNS runs, after one warm-up run each), and the ratios.
# Target (issue #4): at least 20 times faster, at most a third of LibreOffice's peak memory.
set -euo pipefail
nianbao="$1"; shift
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/lo-profile"

measure() { # prints "seconds kilobytes" of one run: wall time to the microsecond, peak RSS
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}') $(cat "$work/time")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-34s %10s %10s %10s %10s %8s %8s\n' "document" "nianbao s" "LO s" "nianbao MB" "LO MB" "speed×" "memory"
for docx in "$@"; do
  name="$(basename "$docx")"
  cp "$docx" "$work/$name"
  measure "$nianbao" convert "$work/$name" "$work/nianbao.pdf" >/dev/null
  measure soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/$name" >/dev/null
  : > "$work/n"; : > "$work/l"
  for _ in $(seq "$runs"); do
    measure "$nianbao" convert "$work/$name" "$work/nianbao.pdf" >> "$work/n"
    measure soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/$name" >> "$work/l"
  done
  nt=$(cut -d' ' -f1 "$work/n" | median); nm=$(cut -d' ' -f2 "$work/n" | median)
  lt=$(cut -d' ' -f1 "$work/l" | median); lm=$(cut -d' ' -f2 "$work/l" | median)
  awk -v d="$name" -v nt="$nt" -v lt="$lt" -v nm="$nm" -v lm="$lm" 'BEGIN {
    printf "%-34s %10.3f %10.3f %10.1f %10.1f %8.1f %7.0f%%\n", d, nt, lt, nm/1024, lm/1024, lt/nt, 100*nm/lm }'
done
