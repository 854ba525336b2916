#!/usr/bin/env python3
"""Builds XLIFF 1.2, XLIFF 2.0 and TMX fixtures from WMT pairs in ../shared/corpus/wmt
(line N of X.en.txt translates line N of X.ru.txt). Unit ids are DOCID-N. A few things CAT
tools write are added that must not change the findings: notes, an alternative translation
(alt-trans) in Russian, inline markup around a word, entities.
Run from the repository root:
  python3 Tests/MTLintTests/Fixtures/inputs/make-bilingual.py [CORPUS_DIR]"""
import sys
from xml.sax.saxutils import escape

corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus/wmt'
pairs = ['wmt22-ALMAnaCH-Inria__lenta.ru.89649', 'wmt22-refA__rt-russian.47266',
         'wmt22-Online-Y__rg.ru.15618', 'wmt23-refA__infox.ru.36099']
out_dir = 'Tests/MTLintTests/Fixtures/inputs/'

def lines(path):
    return open(path, encoding='utf-8').read().rstrip('\n').split('\n')

G = ('<g id="1">', '</g>')
PC = ('<pc id="1">', '</pc>')

def inline(text, marker):
    # Wrap the second word in an inline element; the prose stays the same.
    words = escape(text).split(' ')
    if len(words) > 3:
        words[1] = marker[0] + words[1] + marker[1]
    return ' '.join(words)

docs = []
for pair in pairs:
    doc = pair.split('__')[1]
    docs.append((pair, doc, lines(f'{corpus}/{pair}.ru.txt'), lines(f'{corpus}/{pair}.en.txt')))

x12 = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">']
for pair, doc, ru, en in docs:
    x12.append(f'  <file original="{pair}.ru.txt" source-language="ru" target-language="en" datatype="plaintext">')
    x12.append('    <header><note>Machine translation, WMT</note></header>')
    x12.append('    <body>')
    for n, (source, target) in enumerate(zip(ru, en), 1):
        x12.append(f'      <trans-unit id="{doc}-{n}">')
        x12.append(f'        <source>{inline(source, G)}</source>')
        x12.append(f'        <target state="translated">{inline(target, G)}</target>')
        if n == 2:
            x12.append('        <note from="reviewer">Проверить термины</note>')
            x12.append(f'        <alt-trans><target xml:lang="en">{escape(source)}</target></alt-trans>')
        x12.append('      </trans-unit>')
    x12.append('    </body>')
    x12.append('  </file>')
x12.append('</xliff>')

x20 = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">']
for pair, doc, ru, en in docs:
    x20.append(f'  <file id="{doc}" original="{pair}.ru.txt">')
    for n, (source, target) in enumerate(zip(ru, en), 1):
        x20.append(f'    <unit id="{doc}-{n}">')
        if n == 2:
            x20.append('      <notes><note category="review">Проверить термины</note></notes>')
        x20.append('      <segment state="translated">')
        x20.append(f'        <source>{inline(source, PC)}</source>')
        x20.append(f'        <target>{inline(target, PC)}</target>')
        x20.append('      </segment>')
        x20.append('    </unit>')
    x20.append('  </file>')
x20.append('</xliff>')

pair, doc, ru, en = docs[0]
tmx = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
       '  <header creationtool="make-bilingual" creationtoolversion="1" segtype="sentence" o-tmf="none"'
       ' adminlang="en" srclang="ru" datatype="plaintext"/>', '  <body>']
for n, (source, target) in enumerate(zip(ru, en), 1):
    tmx.append(f'    <tu tuid="{doc}-{n}">')
    tmx.append(f'      <tuv xml:lang="ru"><seg>{escape(source)}</seg></tuv>')
    tmx.append(f'      <tuv xml:lang="en"><seg>{escape(target)}</seg></tuv>')
    tmx.append('    </tu>')
tmx += ['  </body>', '</tmx>']

for name, content in [('wmt-1.2.xlf', x12), ('wmt-2.0.xlf', x20), ('wmt.tmx', tmx)]:
    with open(out_dir + name, 'w', encoding='utf-8') as f:
        f.write('\n'.join(content) + '\n')
