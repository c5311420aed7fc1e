#!/usr/bin/env bash
# One line per fuzz target from libFuzzer's final statistics: executions, coverage, time, findings.
build="$1"
printf '%-9s %12s %8s %8s %8s %s\n' target executions edges features seconds findings
for log in "$build"/logs/*.log; do
  t=$(basename "$log" .log)
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  # -fork mode prints no final statistics: its last status line "#N: cov: …" counts every worker's runs.
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*:' "$log" | tr -d '#:' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*$')
  [ -n "$secs" ] || secs=$(grep -o 'time: [0-9]*s' "$log" | tail -1 | grep -o '[0-9]*')
  findings=$(ls "$build"/findings/"$t"-* 2>/dev/null | wc -l)
  printf '%-9s %12s %8s %8s %8s %s\n' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${secs:-?}" "$findings"
done
