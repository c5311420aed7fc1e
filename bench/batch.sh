#!/usr/bin/env bash
# Many reports at once (issue #14), side by side in one run:
#  1. COUNT .docx reports (the fixtures, copied) to PDF: `nianbao convert --to pdf --output-dir`
#     against `soffice --headless --convert-to pdf --outdir` of the same files in one
#     LibreOffice process. Target: at least 10 times faster, at most a third of its peak memory.
#  2. `nianbao check --summary` of SUMMARY .docx. Target: at least 500 reports a second.
set -euo pipefail
nianbao="$1"; shift
count="${COUNT:-50}"; summary="${SUMMARY:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/many"
copies() { # copies N DIR FILE...: N files in DIR, the FILEs round and round
  local n="$1" dir="$2" i=0; shift 2
  while [ "$i" -lt "$n" ]; do
    for docx in "$@"; do
      [ "$i" -lt "$n" ] || break
      cp "$docx" "$dir/r$i.docx"; i=$((i + 1))
    done
  done
}
copies "$count" "$work/in" "$@"
measure() { # "seconds kilobytes" of one run
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}') $(cat "$work/time")"
}
read -r nt nm < <(measure "$nianbao" convert --to pdf --output-dir "$work/n" "$work"/in/*.docx)
read -r lt lm < <(measure soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work/l" "$work"/in/*.docx)
awk -v c="$count" -v nt="$nt" -v lt="$lt" -v nm="$nm" -v lm="$lm" 'BEGIN {
  printf "%d .docx to PDF: nianbao %.2f s, %.0f MB; LibreOffice %.2f s, %.0f MB: %.1f times faster, %.0f%% of its memory (targets: 10×, 33%%)\n",
    c, nt, nm/1024, lt, lm/1024, lt/nt, 100*nm/lm }'
copies "$summary" "$work/many" "$@"
read -r st sm < <(measure "$nianbao" check --summary "$work"/many/*.docx)
awk -v c="$summary" -v t="$st" -v m="$sm" 'BEGIN {
  printf "check --summary of %d .docx: %.2f s, %.0f reports a second, %.0f MB (target: 500 a second)\n", c, t, c/t, m/1024 }'
