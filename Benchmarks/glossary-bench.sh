#!/usr/bin/env bash
# Glossary matching cost: checks a ~1 MB article against a generated 10,000-entry glossary
# and against a 10-entry glossary in the same run (release build), and prints the median
# time per MB of each and their ratio. Only the terminology checks run, so the glossary's
# share of the time is not hidden by other checks.
#
#   Benchmarks/glossary-bench.sh            # 5 runs each
#   RUNS=9 Benchmarks/glossary-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}

swift build -c release --product mtlint >/dev/null
bin=.build/release/mtlint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The article: the seed article's English lines (or a stand-in paragraph) repeated to 1 MB.
seed=../shared/corpus/seed/000_759a26c277f83cb2.txt
[ -f "$seed" ] || seed=/work/shared/corpus/seed/000_759a26c277f83cb2.txt
if [ -f "$seed" ]; then
  LC_ALL=C grep -v $'[\xd0\xd1]' "$seed" > "$work/piece.txt" # lines without Cyrillic
else
  printf '%s\n\n' "Russia and Israel maintain an active dialogue, the ambassador to Tel Aviv said. A native of Donbass is among the hostages. The CMPC has not met since 2018; its co-chairs keep in contact." > "$work/piece.txt"
fi
: > "$work/article.txt"
while [ "$(wc -c < "$work/article.txt")" -lt 1048576 ]; do cat "$work/piece.txt" >> "$work/article.txt"; done
bytes=$(wc -c < "$work/article.txt")

# Glossaries: entries shaped like real ones (one- to three-word variants, some starting
# with words the article uses, so the trie walks past the first word), plus the seed's
# own forbidden variants so there are findings to report.
awk -v n=10000 'BEGIN {
  OFS = "\t"; print "target", "forbidden", "note"
  split("Russian Israeli Syrian the foreign joint state federal", lead, " ")
  print "Donbas", "Donbass", "bench entry"
  print "Intergovernmental Commission", "CMPC", "bench entry"
  for (i = 3; i <= n; i++) {
    if (i % 3 == 0)      forbidden = "Variant" i
    else if (i % 3 == 1) forbidden = lead[i % 8 + 1] " Variant" i
    else                 forbidden = lead[i % 8 + 1] " Office" i " Council"
    print "Approved" i, forbidden "|Altvariant" i, "bench entry " i
  }
}' > "$work/large.tsv"
head -n 11 "$work/large.tsv" > "$work/small.tsv"

# Only the terminology and source checks; and, for the baseline, none at all (reading,
# decoding and segmenting the article, which every run pays).
"$bin" checks | awk '/^[a-z]/ { id = $1; sub(/,$/, "", id); family = $0; sub(/.*\[/, "", family); sub(/,.*/, "", family); print id, family }' > "$work/ids.txt"
config() { # $1: families to keep enabled (regex) -> JSON
  awk -v keep="$1" 'BEGIN { printf "{ \"version\": 1, \"checks\": {"; sep = "" }
       $2 !~ keep { printf "%s \"%s\": { \"enabled\": false }", sep, $1; sep = "," }
       END { print " } }" }' "$work/ids.txt"
}
config '^(terminology|source)$' > "$work/config.json"
config '^$' > "$work/none.json"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One run -> "wall cpu" seconds. CPU time (user + system) is steadier than wall time on a
# machine shared with other work.
time_run() { # $1 glossary, $2 configuration, $3 article
  local status timing
  TIMEFORMAT='%R %U %S'
  set +e
  { time "$bin" check --config "$2" --format json --glossary "$1" "$3" > "$work/out.json" 2> "$work/err.txt"; } 2> "$work/timing.txt"
  status=$?
  set -e
  timing=$(cat "$work/timing.txt")
  if [ "$status" -gt 1 ]; then echo "mtlint failed with status $status: $(cat "$work/err.txt")" >&2; exit 1; fi
  awk -v t="$timing" 'BEGIN { split(t, p, " "); printf "%.4f %.4f\n", p[1], p[2] + p[3] }'
}

entries() { "$bin" glossary check "$1" | awk '{ print $2 }'; }

"$bin" check --config "$work/config.json" --format json --glossary "$work/large.tsv" "$work/article.txt" > /dev/null || true # warm the file cache
# A one-line article shows what loading each glossary costs before any text is read.
head -n 1 "$work/piece.txt" > "$work/tiny.txt"
for name in small large base small-load large-load; do : > "$work/$name.times"; done
for _ in $(seq "$runs"); do   # interleaved, so drift on a shared machine hits all alike
  time_run "$work/small.tsv" "$work/config.json" "$work/article.txt" >> "$work/small.times"
  time_run "$work/large.tsv" "$work/config.json" "$work/article.txt" >> "$work/large.times"
  time_run "$work/small.tsv" "$work/none.json" "$work/article.txt" >> "$work/base.times"
  time_run "$work/small.tsv" "$work/config.json" "$work/tiny.txt" >> "$work/small-load.times"
  time_run "$work/large.tsv" "$work/config.json" "$work/tiny.txt" >> "$work/large-load.times"
done
"$bin" check --config "$work/config.json" --format json --glossary "$work/large.tsv" "$work/article.txt" > "$work/out.json" || true
findings=$(grep -o '"glossary-forbidden"' "$work/out.json" | wc -l)
col() { awk -v c="$1" '{ print $c }' "$2" | median; }

awk -v bytes="$bytes" -v runs="$runs" -v findings="$findings" \
    -v se="$(entries "$work/small.tsv")" -v le="$(entries "$work/large.tsv")" \
    -v sw="$(col 1 "$work/small.times")" -v sc="$(col 2 "$work/small.times")" \
    -v lw="$(col 1 "$work/large.times")" -v lc="$(col 2 "$work/large.times")" \
    -v bw="$(col 1 "$work/base.times")" -v bc="$(col 2 "$work/base.times")" \
    -v sl="$(col 2 "$work/small-load.times")" -v ll="$(col 2 "$work/large-load.times")" 'BEGIN {
  mb = bytes / 1048576
  printf "article: %.2f MB; %d runs each, medians; %d glossary-forbidden findings with the large glossary\n", mb, runs, findings
  printf "%-36s %8s %8s %9s %11s\n", "", "wall s", "cpu s", "cpu s/MB", "load cpu s"
  printf "%-36s %8.3f %8.3f %9.3f %11.3f\n", "terminology checks, " se " entries", sw, sc, sc / mb, sl
  printf "%-36s %8.3f %8.3f %9.3f %11.3f\n", "terminology checks, " le " entries", lw, lc, lc / mb, ll
  printf "%-36s %8.3f %8.3f %9.3f\n", "baseline: no checks (reading only)", bw, bc, bc / mb
  printf "ratio %s/%s entries, time per MB: %.2fx cpu, %.2fx wall\n", le, se, lc / sc, lw / sw
  printf "ratio without the one-off glossary load: %.2fx cpu\n", (lc - ll) / (sc - sl)
}'
