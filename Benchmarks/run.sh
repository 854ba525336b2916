#!/usr/bin/env bash
# Runs every mtlint benchmark and writes Benchmarks/RESULTS.md. See Benchmarks/README.md.
#   Benchmarks/run.sh                          # release build, 100 MB corpus, 5 repetitions
#   REPEAT=3 MEGABYTES=20 FILES=2000 Benchmarks/run.sh   # a quicker run
# Environment: MTLINT (binary; default: build release), REPEAT, MEGABYTES, FILES, PEER_MB,
# BENCH_CACHE (corpus folder; default ~/.cache/mtlint-bench), SHARED (default ../shared or
# ../../shared), SKIP_PEERS=1, SKIP_DAEMON=1, RESULTS (default Benchmarks/RESULTS.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
if [ -z "${SHARED:-}" ]; then
  if [ -d "$repo/../shared" ]; then SHARED="$repo/../shared"; else SHARED="$repo/../../shared"; fi
fi
cache="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mtlint-bench}"

if [ -z "${MTLINT:-}" ]; then
  (cd "$repo" && swift build -c release --product mtlint >&2)
  MTLINT="$(cd "$repo" && swift build -c release --show-bin-path)/mtlint"
fi

python3 "$here/make-corpus.py" --wmt "$SHARED/corpus/wmt" --out "$cache" \
  --megabytes "${MEGABYTES:-100}" --files "${FILES:-10000}" --peer-megabytes "${PEER_MB:-3}"

args=(--mtlint "$MTLINT" --corpus "$cache" --repeat "${REPEAT:-5}"
      --results "${RESULTS:-$here/RESULTS.md}" --raw "$cache/last-run.json")
if [ -z "${SKIP_PEERS:-}" ] && [ -x "$SHARED/peers/bench.sh" ]; then
  # The peers' virtualenv (PyPI packages) is created once by their setup script.
  if [ ! -x "${PEERS_PY:-$HOME/.cache/mtlint-peers/bin/python}" ]; then "$SHARED/peers/setup.sh" >&2; fi
  args+=(--peers "$SHARED/peers" --wmt "$SHARED/corpus/wmt" --gold "$SHARED/corpus/wmt-gold/wmt.pooled.gold.jsonl")
fi
if [ -z "${SKIP_DAEMON:-}" ] && [ -x "$here/daemon-bench.sh" ]; then
  args+=(--daemon-bench "$here/daemon-bench.sh")
fi
python3 "$here/bench.py" "${args[@]}"
