#!/usr/bin/env bash
# Before/after for sentence segmentation (or any change that must not change the report):
# CPU time (user + sys) of `mtlint check --jobs 1 --format json` with a baseline binary and a
# candidate, run alternately in the same run, medians of REPEAT runs (default 5), their
# ratio, and whether the two JSON reports are byte-identical.
#   Benchmarks/sentences.sh BASELINE [CANDIDATE] [INPUT]
# CANDIDATE defaults to this checkout's release build; INPUT to /tmp/p20.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
baseline=${1:?usage: $0 BASELINE [CANDIDATE] [INPUT]}
candidate=${2:-$here/../.build/release/mtlint}
input=${3:-/tmp/p20.txt}
repeat=${REPEAT:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for run in $(seq "$repeat"); do
  for name in baseline candidate; do
    binary=$baseline
    [ "$name" = candidate ] && binary=$candidate
    /usr/bin/time -f '%U %S' -o "$work/time" "$binary" check --jobs 1 --format json --fail-on never "$input" > "$work/$name.json"
    awk '{print $1 + $2}' "$work/time" >> "$work/$name.cpu"
  done
done
before=$(median < "$work/baseline.cpu")
after=$(median < "$work/candidate.cpu")
echo "input: $input ($(stat -c %s "$input") bytes), $repeat runs each, alternating; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline  $baseline: CPU $before s (runs: $(tr '\n' ' ' < "$work/baseline.cpu"))"
echo "candidate $candidate: CPU $after s (runs: $(tr '\n' ' ' < "$work/candidate.cpu"))"
echo "ratio candidate/baseline: $(echo "scale=3; $after / $before" | bc)"
if cmp -s "$work/baseline.json" "$work/candidate.json"; then echo "reports: identical"; else echo "reports: DIFFER"; exit 1; fi
