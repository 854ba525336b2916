#!/usr/bin/env bash
# What each check costs: CPU seconds (user + system, median of REPEAT runs) of
# `mtlint check --jobs 1` with only that check enabled, against the same run with every check
# disabled (reading, decoding, normalizing, writing the report) and with all of them, measured
# in one run on one input; and what each adds to the whole run: the run with every check but
# that one, against all of them (the time a check's own work takes, where work it shares with
# others is paid by them anyway).
#
#   Benchmarks/per-check.sh INPUT            # release build (built if MTLINT is not set)
#   MTLINT=.build/release/mtlint REPEAT=7 Benchmarks/per-check.sh ~/.cache/mtlint-bench/peers
#
# Checks share work (words, sentences, the word index, glossary matches): the first check to
# ask pays for it, so the figures of single checks add up to more than the whole run, and the
# marginal ones to less.
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:?usage: Benchmarks/per-check.sh INPUT}
if [ -z "${MTLINT:-}" ]; then
  swift build -c release --product mtlint >/dev/null
  MTLINT=$(swift build -c release --show-bin-path)/mtlint
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ids=$("$MTLINT" checks | grep -E '^[a-z]' | sed 's/ \[.*//; s/,.*//')

# A configuration file enabling only the checks named (none when empty).
config() {
  local file=$1; shift
  { printf '{"version": 1, "checks": {'
    local first=1 check keep enabled
    for check in $ids; do
      enabled=false
      for keep in "$@"; do
        if [ "$keep" = "$check" ]; then enabled=true; fi
      done
      [ $first = 1 ] || printf ','
      first=0
      printf '"%s": {"enabled": %s}' "$check" "$enabled"
    done
    printf '}}\n'; } > "$file"
}

cpu() {
  for _ in $(seq "${REPEAT:-5}"); do
    { /usr/bin/time -f '%U %S' "$MTLINT" check --format json --fail-on never --jobs 1 "$@" "$input" >/dev/null; } 2>&1 | tail -1
  done | awk '{ print $1 + $2 }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

config "$work/none.json"
none=$(cpu --config "$work/none.json")
all=$(cpu)
printf '%-20s %8s %10s\n' check "CPU s" "x no check"
printf '%-20s %8s %10s\n' "(no check)" "$none" 1.0
for id in $ids; do
  config "$work/$id.json" "$id"
  seconds=$(cpu --config "$work/$id.json")
  printf '%-20s %8s %10s\n' "$id" "$seconds" "$(awk -v a="$seconds" -v b="$none" 'BEGIN { printf "%.1f", a / b }')"
done
printf '%-20s %8s %10s\n' "(all checks)" "$all" "$(awk -v a="$all" -v b="$none" 'BEGIN { printf "%.1f", a / b }')"

echo
printf '%-20s %8s %10s\n' "all but" "CPU s" "check adds"
for id in $ids; do
  config "$work/without-$id.json" $(for other in $ids; do [ "$other" = "$id" ] || echo "$other"; done)
  seconds=$(cpu --config "$work/without-$id.json")
  printf '%-20s %8s %10s\n' "$id" "$seconds" "$(awk -v a="$all" -v b="$seconds" 'BEGIN { printf "%.2f", a - b }')"
done
