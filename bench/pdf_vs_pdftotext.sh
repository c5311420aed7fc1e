#!/usr/bin/env bash
# Reading a published PDF, whole process, against poppler's own pdftotext -layout on the same
# file (issue #23): `nianbao check FILE.pdf` (start, read in the child process, tables, rules)
# and `pdftotext -layout FILE.pdf -` (start, text only). Target: at most 2.5 times.
set -euo pipefail
nianbao="$1"; shift
runs="${RUNS:-9}"
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# What the program pays before reading anything: a start of the command line (Qt Core and Gui,
# never Widgets), and of the reader's child (Qt Core and poppler) that each PDF read starts.
start=$(for _ in $(seq "$runs"); do s=$EPOCHREALTIME; "$nianbao" --version >/dev/null; e=$EPOCHREALTIME
  awk -v a="$s" -v b="$e" 'BEGIN {printf "%.4f\n", b - a}'; done | median)
awk -v s="$start" 'BEGIN {printf "one start of nianbao (--version): %.3f s\n", s}'
# Ours and theirs run in turn, and the ratio is the median of each pair's: a busy machine
# (another build, a VM's neighbour) then slows both sides of a pair alike, instead of
# whichever block of runs it happened to fall on.
elapsed() { local s=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || true; local e=$EPOCHREALTIME
  awk -v a="$s" -v b="$e" 'BEGIN {printf "%.4f", b - a}'; }
for pdf in "$@"; do
  "$nianbao" check "$pdf" >/dev/null 2>&1 || true # warm the caches once
  pdftotext -layout "$pdf" - >/dev/null
  pairs=$(for _ in $(seq "$runs"); do
    o=$(elapsed "$nianbao" check "$pdf"); t=$(elapsed pdftotext -layout "$pdf" -)
    echo "$o $t"; done)
  ours=$(echo "$pairs" | awk '{print $1}' | median)
  theirs=$(echo "$pairs" | awk '{print $2}' | median)
  ratio=$(echo "$pairs" | awk '{printf "%.4f\n", $1 / $2}' | median)
  awk -v n="$(basename "$pdf")" -v o="$ours" -v t="$theirs" -v r="$ratio" \
    'BEGIN {printf "%s: nianbao check %.3f s, pdftotext -layout %.3f s: %.2f× (median of paired runs; target ≤ 2.5×)\n", n, o, t, r}'
done
