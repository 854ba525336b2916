#!/usr/bin/env bash
# Dashboard cost with a big reports folder: adding one report (incremental index update)
# against rebuilding from every report file (the baseline), and the browser opening the page.
# Prints medians of N runs (CPU seconds, user + system, children included) and their ratios,
# all measured in this run.
# Usage: Benchmarks/dashboard.sh [REPORTS=10000] [RUNS=5] [path/to/mtlint]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-5}
mtlint=${3:-.build/release/mtlint}
corpus=${MTLINT_CORPUS:-}
for candidate in ../shared/corpus ../../shared/corpus; do
  [ -n "$corpus" ] || { [ -d "$candidate" ] && corpus=$candidate; }
done
seed=$corpus/seed/000_759a26c277f83cb2.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$mtlint" check --format json --output "$work/r" "$seed" >/dev/null || true
for i in $(seq 1 "$count"); do cp "$work/r/000_759a26c277f83cb2.txt.json" "$work/r/article-$i.txt.json"; done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# CPU seconds (user + system) of a command: steadier than wall time on a shared machine.
seconds() { /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>&1 || true; tail -1 "$work/time" | awk '{print $1 + $2}'; }

rebuild=$(for _ in $(seq "$runs"); do seconds "$mtlint" dashboard "$work/r"; done | median)
update=$(for _ in $(seq "$runs"); do seconds "$mtlint" check --format html --output "$work/r" "$seed"; done | median)
single=$(for _ in $(seq "$runs"); do seconds "$mtlint" check --format json "$seed"; done | median)
echo "reports: $((count + 1)); index.json $(stat -c %s "$work/r/index.json") bytes; index.html $(stat -c %s "$work/r/index.html") bytes"
echo "rebuild from all report files (mtlint dashboard):   median ${rebuild}s"
echo "check one file + update dashboard (check --format html --output): median ${update}s"
echo "check one file, no dashboard (check --format json):   median ${single}s"
echo "update / rebuild: $(echo "scale=3; $update / $rebuild" | bc)"
echo "dashboard overhead (update - plain check): $(echo "scale=3; $update - $single" | bc)s"

if command -v chromium >/dev/null; then
  profile=$(mktemp -d)
  browser=(timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --dump-dom)
  small=$(mktemp -d)
  "$mtlint" check --format html --output "$small" "$seed" >/dev/null || true
  big_open=$(for _ in $(seq "$runs"); do seconds "${browser[@]}" "file://$work/r/index.html"; done | median)
  small_open=$(for _ in $(seq "$runs"); do seconds "${browser[@]}" "file://$small/index.html"; done | median)
  echo "chromium opens the dashboard: $((count + 1)) reports ${big_open}s, 1 report ${small_open}s, ratio $(echo "scale=2; $big_open / $small_open" | bc)"
  rm -rf "$profile" "$small"
fi
