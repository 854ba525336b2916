#!/usr/bin/env bash
# Regenerates docs/report.png (the seed article's HTML report) and docs/dashboard.png (a
# dashboard of ~50 WMT reports spread over a week) with headless Chromium.
# Usage: docs/screenshots.sh [path/to/mtlint]   (default: .build/debug/mtlint)
set -euo pipefail
cd "$(dirname "$0")/.."
mtlint=${1:-.build/debug/mtlint}
# The shared corpus sits beside the clone (../shared); a worktree may be one level deeper.
corpus=${MTLINT_CORPUS:-}
for candidate in ../shared/corpus ../../shared/corpus; do
  [ -n "$corpus" ] || { [ -d "$candidate" ] && corpus=$candidate; }
done
[ -n "$corpus" ] || { echo "no shared/corpus beside the repository; set MTLINT_CORPUS" >&2; exit 1; }
work=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$work" "$profile"' EXIT

shoot() { # URL OUTPUT WIDTH HEIGHT
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$3,$4" --screenshot="$2" "$1" 2>/dev/null
}

"$mtlint" check --format html --output "$work/seed" "$corpus/seed/000_759a26c277f83cb2.txt" || true
shoot "file://$work/seed/000_759a26c277f83cb2.txt.html" docs/report.png 1400 1500

# About 50 WMT outputs: every one with findings, some clean ones, and one unreadable input.
mapfile -t files < <(cd "$corpus/wmt" && ls *.en.txt | sort | awk 'NR % 45 == 1' | head -26)
mapfile -t flagged < <("$mtlint" check "$corpus/wmt" 2>/dev/null | grep -o '^[^:]*\.txt' | sort -u | head -24)
printf 'PK\x03\x04\x00\x00\x00\x00binary\x00\x00' > "$work/scan-of-page-3.txt"
inputs=("${flagged[@]}" "${files[@]/#/$corpus/wmt/}" "$work/scan-of-page-3.txt")
"$mtlint" check --format json --output "$work/reports" "${inputs[@]}" >/dev/null || true
"$mtlint" check --format html --output "$work/reports" "${inputs[@]}" >/dev/null || true
# Spread the reports over a week, as a daemon's folder would be, and rebuild from them.
index=0
for report in "$work"/reports/*.json; do
  case "$report" in */index.json) continue ;; esac
  touch -d "@$(( $(date +%s) - (index * 7 * 86400 / ${#inputs[@]}) - (index * 37 % 5000) ))" "$report"
  index=$((index + 1))
done
"$mtlint" dashboard "$work/reports" >/dev/null
shoot "file://$work/reports/index.html" docs/dashboard.png 1400 1100
echo "wrote docs/report.png and docs/dashboard.png"
