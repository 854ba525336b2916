#!/usr/bin/env bash
# Two builds of mtlint side by side, for a change meant to make it faster without changing
# what it reports: whether their JSON reports are byte-identical on each input, then CPU
# seconds (user + system, median of REPEAT runs, the two binaries taking turns) of
# `check --jobs 1` on the first input with all checks and with only CHECKS enabled.
#
#   Benchmarks/before-after.sh BASELINE CANDIDATE INPUT...
#   CHECKS="repeated-word repeated-phrase repeated-sentence" REPEAT=7 Benchmarks/before-after.sh \
#       /path/to/main/mtlint .build/release/mtlint /tmp/p20.txt ../shared/corpus/wmt
set -euo pipefail
baseline=${1:?usage: before-after.sh BASELINE CANDIDATE INPUT...}
candidate=${2:?usage: before-after.sh BASELINE CANDIDATE INPUT...}
shift 2
[ $# -ge 1 ] || { echo "usage: before-after.sh BASELINE CANDIDATE INPUT..." >&2; exit 64; }
checks=${CHECKS:-repeated-word repeated-phrase repeated-sentence}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for input in "$@"; do
  "$baseline" check --format json --fail-on never "$input" > "$work/baseline.json"
  "$candidate" check --format json --fail-on never "$input" > "$work/candidate.json"
  if cmp -s "$work/baseline.json" "$work/candidate.json"; then
    echo "identical reports: $input"
  else
    echo "DIFFERENT reports: $input"
    status=1
  fi
done

# A configuration enabling only the checks named.
{ printf '{"version": 1, "checks": {'
  first=1
  for check in $("$candidate" checks | grep -E '^[a-z]' | sed 's/ \[.*//; s/,.*//'); do
    enabled=false
    for keep in $checks; do [ "$keep" = "$check" ] && enabled=true; done
    [ $first = 1 ] || printf ','
    first=0
    printf '"%s": {"enabled": %s}' "$check" "$enabled"
  done
  printf '}}\n'; } > "$work/only.json"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
cpu() {
  { /usr/bin/time -f '%U %S' "$@" >/dev/null; } 2>&1 | tail -1 | awk '{ print $1 + $2 }'
}
input=$1
printf 'CPU seconds, median of %s runs, on %s (%s bytes), %s\n' "${REPEAT:-5}" "$input" "$(du -sb "$input" | cut -f1)" "$(uptime | sed 's/.*load/load/')"
printf '%-22s %10s %10s %8s\n' "" baseline candidate ratio
for set in all only; do
  config=()
  [ $set = only ] && config=(--config "$work/only.json")
  : > "$work/b"; : > "$work/c"
  for _ in $(seq "${REPEAT:-5}"); do
    cpu "$baseline" check --jobs 1 --format json --fail-on never "${config[@]}" "$input" >> "$work/b"
    cpu "$candidate" check --jobs 1 --format json --fail-on never "${config[@]}" "$input" >> "$work/c"
  done
  b=$(median < "$work/b"); c=$(median < "$work/c")
  label="all checks"
  [ $set = only ] && label="only: $(echo $checks | wc -w) checks"
  printf '%-22s %10s %10s %8s\n' "$label" "$b" "$c" "$(awk -v b="$b" -v c="$c" 'BEGIN { printf "%.2f", c / b }')"
done
[ $set = only ] && echo "only: $checks"
exit $status
