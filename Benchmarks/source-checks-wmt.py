#!/usr/bin/env python3
"""Counts of the source-aware checks (number-mismatch, untranslated) per system on the WMT
pairs, and the recall of number-mismatch on injected number errors.

  python3 Benchmarks/source-checks-wmt.py [MTLINT] [CORPUS]      (defaults: .build/release/mtlint,
                                                                  ../shared/corpus/wmt)
Prints a Markdown table, then: one number in one line of each document of two strong systems
(JDExploreAcademy, GPT4-5shot) is corrupted (a digit dropped, added or changed), and the
share of corrupted lines that get a number-mismatch finding is printed."""
import collections, glob, json, os, random, re, subprocess, sys, tempfile

mtlint = sys.argv[1] if len(sys.argv) > 1 else '.build/release/mtlint'
corpus = sys.argv[2] if len(sys.argv) > 2 else '../shared/corpus/wmt'
checks = ('number-mismatch', 'untranslated')

def run(paths):
    out = subprocess.run([mtlint, 'check', '--format', 'json', '--fail-on', 'never'] + paths,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)

pairs = sorted(glob.glob(os.path.join(corpus, '*__*.en.txt')))
counts, docs, segments = collections.Counter(), collections.Counter(), collections.Counter()
for report in run(pairs):
    system = os.path.basename(report['file']).split('__')[0]
    docs[system] += 1
    segments[system] += len(open(report['file'], encoding='utf-8').read().strip('\n').split('\n'))
    for finding in report['findings']:
        if finding['check'] in checks:
            counts[(system, finding['check'])] += 1
print('| system | docs | segments | ' + ' | '.join(checks) + ' |')
print('|---|---|---|' + '---|' * len(checks))
for system in sorted(docs):
    print(f'| {system} | {docs[system]} | {segments[system]} | ' + ' | '.join(str(counts[(system, c)]) for c in checks) + ' |')

random.seed(7)
number = re.compile(r'(?<![\w.,])(\d+)(?![\w.,]?\d)')
with tempfile.TemporaryDirectory() as folder:
    injected = []
    for path in pairs:
        name = os.path.basename(path)
        if not name.startswith(('wmt22-JDExploreAcademy__', 'wmt23-GPT4-5shot__')):
            continue
        lines = open(path, encoding='utf-8').read().split('\n')
        candidates = [i for i, line in enumerate(lines) if number.search(line)]
        if not candidates:
            continue
        index = random.choice(candidates)
        match = random.choice(list(number.finditer(lines[index])))
        old = match.group(1)
        kind = random.choice(['drop', 'add', 'change'])
        if kind == 'drop' and len(old) > 1:
            new = old[:-1] if random.random() < .5 else old[1:]
        elif kind == 'add':
            new = old + '0'
        else:
            digit = random.randrange(len(old))
            new = old[:digit] + str((int(old[digit]) + random.randint(1, 8)) % 10) + old[digit + 1:]
        if new == old:
            continue
        lines[index] = lines[index][:match.start(1)] + new + lines[index][match.end(1):]
        open(os.path.join(folder, name), 'w', encoding='utf-8').write('\n'.join(lines))
        source = path.replace('.en.txt', '.ru.txt')
        open(os.path.join(folder, os.path.basename(source)), 'w', encoding='utf-8').write(open(source, encoding='utf-8').read())
        injected.append((name, index + 1))
    found = {(os.path.basename(r['file']), f['line']) for r in run([os.path.join(folder, n) for n, _ in injected])
             for f in r['findings'] if f['check'] == 'number-mismatch'}
    hits = sum(1 for item in injected if item in found)
    print(f'\ninjected number errors found: {hits} of {len(injected)} ({100 * hits / len(injected):.1f}%)')
