#!/usr/bin/env bash
# Cost of reading marked-up inputs: the seed article repeated to ~2 MB as plain text (the
# baseline), as Markdown, as the scraped HTML page of Tests/MTLintTests/Fixtures/inputs, and
# as XLIFF 1.2 with its Russian source (paired plain files as that one's baseline). Prints
# medians of N runs (CPU seconds, user + system) and ratios, all measured in this run.
# Usage: Benchmarks/input-formats.sh [RUNS=5] [path/to/mtlint]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mtlint=${2:-.build/release/mtlint}
corpus=${MTLINT_CORPUS:-}
for candidate in ../shared/corpus ../../shared/corpus; do
  [ -n "$corpus" ] || { [ -d "$candidate" ] && corpus=$candidate; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$work" <<'PY'
import sys
from xml.sax.saxutils import escape
corpus, work = sys.argv[1], sys.argv[2]
seed = open(f'{corpus}/seed/000_759a26c277f83cb2.txt', encoding='utf-8').read()
open(f'{work}/big.txt', 'w').write(seed * 150)
open(f'{work}/big.md', 'w').write(seed * 150)
page = open('Tests/MTLintTests/Fixtures/inputs/seed-page.html', encoding='utf-8').read()
start, end = page.index('<article'), page.index('</article>')
open(f'{work}/big.html', 'w').write(page[:start] + page[start:end] * 150 + page[end:])
name = 'wmt22-ALMAnaCH-Inria__lenta.ru.89649'
en = open(f'{corpus}/wmt/{name}.en.txt', encoding='utf-8').read().strip().split('\n') * 400
ru = open(f'{corpus}/wmt/{name}.ru.txt', encoding='utf-8').read().strip().split('\n') * 400
open(f'{work}/pair.en.txt', 'w').write('\n'.join(en) + '\n')
open(f'{work}/pair.ru.txt', 'w').write('\n'.join(ru) + '\n')
units = [f'<trans-unit id="{i}"><source>{escape(s)}</source><target>{escape(t)}</target></trans-unit>'
         for i, (s, t) in enumerate(zip(ru, en), 1)]
open(f'{work}/pair.xlf', 'w').write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="ru" '
                                    'target-language="en" datatype="plaintext" original="x"><body>\n' + '\n'.join(units) + '\n</body></file></xliff>\n')
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>&1 || true; tail -1 "$work/time" | awk '{print $1 + $2}'; }
measure() { for _ in $(seq "$runs"); do seconds "$mtlint" check --format json --fail-on never "$@"; done | median; }

txt=$(measure "$work/big.txt")
md=$(measure "$work/big.md")
html=$(measure "$work/big.html")
pair=$(measure "$work/pair.en.txt")
xlf=$(measure "$work/pair.xlf")
echo "sizes: txt $(stat -c %s "$work/big.txt"), md $(stat -c %s "$work/big.md"), html $(stat -c %s "$work/big.html"), paired en+ru $(( $(stat -c %s "$work/pair.en.txt") + $(stat -c %s "$work/pair.ru.txt") )), xlf $(stat -c %s "$work/pair.xlf") bytes"
echo "median CPU seconds over $runs runs: txt $txt, md $md, html $html; paired txt $pair, xliff $xlf"
awk -v t="$txt" -v m="$md" -v h="$html" -v p="$pair" -v x="$xlf" 'BEGIN {
  printf "markdown / text: %.2f\nhtml / text: %.2f\nxliff / paired text: %.2f\n", m / t, h / t, x / p }'
