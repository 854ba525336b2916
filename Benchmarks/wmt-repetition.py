#!/usr/bin/env python3
"""Evaluate the repetition checks on the WMT corpus.

    Benchmarks/wmt-repetition.py [MTLINT] [--corpus DIR] [--gold DIR] [--peers DIR]

Runs `MTLINT check --format json` on the corpus (default: .build/release/mtlint on
../shared/corpus/wmt), scores it with the peers' score.py against the pooled gold,
lists every repeated-* finding (warning or above) on a line outside the gold pool, and
fails (exit 1) when a line listed in wmt.pooled.negatives.jsonl has such a finding.
The pool is not exhaustive, so it also prints an adjudicated score in which each line
outside the pool counts by the verdict in wmt-repetition-verdicts.tsv (a true doubling is
a true positive; a false positive or a line without a verdict stays a false positive).
"""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, '..', '..', '..', 'shared'))
ap = argparse.ArgumentParser()
ap.add_argument('mtlint', nargs='?', default=os.path.join(here, '..', '.build', 'release', 'mtlint'))
ap.add_argument('--corpus', default=os.path.join(shared, 'corpus', 'wmt'))
ap.add_argument('--gold', default=os.path.join(shared, 'corpus', 'wmt-gold'))
ap.add_argument('--peers', default=os.path.join(shared, 'peers'))
a = ap.parse_args()

out = tempfile.mkdtemp(prefix='mtlint-wmt-')
report = os.path.join(out, 'wmt.json')
with open(report, 'w') as f:
    subprocess.run([a.mtlint, 'check', '--format', 'json', '--fail-on', 'never', a.corpus], stdout=f, check=True)
print(f'report: {report}')
gold_file = os.path.join(a.gold, 'wmt.pooled.gold.jsonl')
subprocess.run([sys.executable, os.path.join(a.peers, 'score.py'), gold_file, report], check=True)

gold = {(o['file'], o['line']) for o in map(json.loads, open(gold_file)) if o['category'] == 'duplicate'}
pool = {(o['file'], o['line']) for o in map(json.loads, open(gold_file))}
negatives = {(o['file'], o['line']): o['reason'] for o in map(json.loads, open(os.path.join(a.gold, 'wmt.pooled.negatives.jsonl')))}
found = {}
for r in json.load(open(report)):
    name = os.path.basename(r['file'])
    for f in r['findings']:
        if f['check'].startswith('repeated') and f['severity'] != 'info':
            found.setdefault((name, f['line']), []).append(f)

verdicts = {}
verdict_file = os.path.join(here, 'wmt-repetition-verdicts.tsv')
if os.path.exists(verdict_file):
    for row in open(verdict_file, encoding='utf-8'):
        if row.strip() and not row.startswith('#'):
            name, line, verdict = row.split('\t')[:3]
            verdicts[(name, int(line))] = verdict
print('\nfindings outside the gold pool, or on pool lines without a duplicate label (verdict):')
outside = sorted(k for k in found if k not in gold)
for key in outside:
    for f in found[key]:
        print(f"  {key[0]}:{key[1]} [{f['check']} {f['severity']}] ({verdicts.get(key, 'UNJUDGED')}) {f['text'][:100]!r}")
tp = len(gold & set(found)) + sum(1 for k in found if k not in gold and verdicts.get(k) == 'doubling')
fp = sum(1 for k in found if k not in gold and verdicts.get(k) != 'doubling')
fn = len(gold - set(found))
p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
print(f'\nadjudicated duplicate: tp={tp} fp={fp} fn={fn} precision={p:.4f} recall={r:.4f} F1={2 * p * r / max(1e-9, p + r):.4f}')
print('\nmissed gold duplicates:')
for key in sorted(gold - set(found)):
    print(f'  {key[0]}:{key[1]}')
bad = [(k, negatives[k]) for k in sorted(negatives) if k in found]
print(f'\nnegatives flagged: {len(bad)} of {len(negatives)}')
for key, reason in bad:
    print(f'  {key[0]}:{key[1]} ({reason}): {[f["text"][:80] for f in found[key]]}')
sys.exit(1 if bad else 0)
