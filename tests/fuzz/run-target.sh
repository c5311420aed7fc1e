#!/usr/bin/env bash
# Runs one libFuzzer target of build-fuzz on its corpus with its dictionary; ./dev fuzz runs
# two at a time. Its log goes to BUILD/logs/TARGET.log, what it finds to BUILD/findings/.
# Usage: run-target.sh BUILD TARGET SECONDS RUNS FORK MAX_LEN
set -uo pipefail
build="$1" target="$2" seconds="$3" runs="$4" fork="$5" max_len="$6"
here="$(cd "$(dirname "$0")" && pwd)"
# Which dictionary knows the target's input: its words, tags and keys.
case "$target" in
  text) dict=text ;;
  html) dict=html ;;
  json | nianbao) dict=json ;;
  pdf) dict=text ;; # fuzz_pdf builds its PDF from report text
  pdf_layout) dict=pdfpages ;;
  pdf_answer) dict= ;; # binary answers of the reader child: no words to suggest
  *) dict=ooxml ;;
esac
args=("$build/corpus/$target")
[ -n "$dict" ] && args+=("-dict=$here/$dict.dict")
log="$build/logs/$target.log"
"$build/bin/fuzz_$target" "${args[@]}" \
  -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
  -max_len="$max_len" -fork="$fork" -artifact_prefix="$build/findings/$target-" -print_final_stats=1 \
  >"$log" 2>&1
echo "$target exit $?" >>"$log"
