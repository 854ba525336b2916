#!/usr/bin/env bash
# Cost of the repetition checks: median wall time of `mtlint check` on the same input with
# and without repeated-word/-phrase/-sentence, measured in the same run, and their ratio.
#   Benchmarks/repetition-speed.sh [MTLINT] [INPUT]     (REPEAT=5 by default)
# INPUT defaults to the WMT English files concatenated (../shared/corpus/wmt).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mtlint=${1:-$here/../.build/release/mtlint}
repeat=${REPEAT:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input=${2:-}
if [ -z "$input" ]; then
  input=$work/wmt-english.txt
  cat "$here"/../../../shared/corpus/wmt/*.en.txt "$here"/../../shared/corpus/wmt/*.en.txt 2>/dev/null > "$input" || true
  [ -s "$input" ] || { echo "no input: pass one" >&2; exit 64; }
fi
echo '{"version": 1, "checks": {"repeated-word": {"enabled": false}, "repeated-phrase": {"enabled": false}, "repeated-sentence": {"enabled": false}}}' > "$work/off.json"
echo '{"version": 1}' > "$work/on.json"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() {
  for _ in $(seq "$repeat"); do
    start=$(date +%s.%N)
    "$mtlint" check --jobs 1 --fail-on never --format json --config "$1" "$input" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | median
}
without=$(measure "$work/off.json")
with=$(measure "$work/on.json")
size=$(stat -c %s "$input")
echo "input: $input ($size bytes), $repeat runs each, medians"
echo "without repetition checks: ${without}s"
echo "with repetition checks:    ${with}s"
echo "ratio: $(echo "scale=2; $with / $without" | bc)"
