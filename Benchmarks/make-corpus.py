#!/usr/bin/env python3
"""Builds the benchmark corpus, deterministically, from the WMT English outputs.

The WMT articles (../shared/corpus/wmt/*.en.txt, ~1.5 MB) are repeated until the corpus holds
at least --megabytes MB. Every copy after the first changes one word in each line, so that
copies are not verbatim repeats of each other (which the repeated-sentence check would
report on every paragraph). On top of the defects the WMT outputs already carry (about 14
leftover lines, 12 look-alike words and 50 doublings per MB by the pooled gold), defects
are injected at about the same rates:
  - a leftover caption: a line of the article's Russian original inserted as its own line
    (1 per 80 KB), or a Russian word left inside an English line (1 per 160 KB);
  - a look-alike letter: one Latin letter of a word replaced by its Cyrillic twin (1 per 80 KB);
  - a doubling: a word repeated ("the the") or a phrase collapsed ("X and X") (1 per 25 KB).

Writes into OUT (default: $XDG_CACHE_HOME/mtlint-bench or ~/.cache/mtlint-bench):
  big/corpus.en.txt      the whole corpus as one file
  small/NNNNN.en.txt     the same articles in --files files (about equal sizes)
  peers/NNNNN.en.txt     the first files of small/ up to --peer-megabytes MB (slow peers)
  manifest.json          sizes, counts, seed, injected defect counts
An existing corpus built with the same parameters is reused.
"""
import argparse
import glob
import json
import os
import random
import re
import sys

LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
              "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
              "O": "О", "P": "Р", "T": "Т", "X": "Х"}
WORD = re.compile(r"[A-Za-z]{4,}")


def parse():
    here = os.path.dirname(os.path.abspath(__file__))
    default_wmt = os.path.normpath(os.path.join(here, "..", "..", "shared", "corpus", "wmt"))
    if not os.path.isdir(default_wmt):
        default_wmt = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "corpus", "wmt"))
    cache = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wmt", default=default_wmt, help="folder of WMT *.en.txt (and *.ru.txt) files")
    parser.add_argument("--out", default=os.path.join(cache, "mtlint-bench"))
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--peer-megabytes", type=float, default=3)
    parser.add_argument("--seed", type=int, default=20261125)
    return parser.parse_args()


def articles(wmt):
    result = []
    for path in sorted(glob.glob(os.path.join(wmt, "*.en.txt"))):
        with open(path, encoding="utf-8") as handle:
            english = handle.read().splitlines()
        russian_path = path[:-len(".en.txt")] + ".ru.txt"
        russian = []
        if os.path.exists(russian_path):
            with open(russian_path, encoding="utf-8") as handle:
                russian = [line for line in handle.read().splitlines() if line.strip()]
        result.append((english, russian))
    if not result:
        sys.exit(f"no *.en.txt files in {wmt}")
    return result


class Injector:
    def __init__(self, rng):
        self.rng = rng
        self.counts = {"caption": 0, "word": 0, "lookalike": 0, "doubling": 0, "varied": 0}

    def vary(self, line, vocabulary):
        """Replaces one word of the line so copies differ."""
        words = list(WORD.finditer(line))
        if not words:
            return line
        match = self.rng.choice(words)
        self.counts["varied"] += 1
        return line[:match.start()] + self.rng.choice(vocabulary) + line[match.end():]

    def lookalike(self, line):
        candidates = [m for m in WORD.finditer(line) if any(ch in LOOKALIKES for ch in m.group())]
        if not candidates:
            return line
        match = self.rng.choice(candidates)
        word = match.group()
        positions = [i for i, ch in enumerate(word) if ch in LOOKALIKES]
        i = self.rng.choice(positions)
        self.counts["lookalike"] += 1
        word = word[:i] + LOOKALIKES[word[i]] + word[i + 1:]
        return line[:match.start()] + word + line[match.end():]

    def doubling(self, line):
        words = list(WORD.finditer(line))
        if not words:
            return line
        match = self.rng.choice(words)
        self.counts["doubling"] += 1
        joint = " and " if self.rng.random() < 0.4 else " "
        return line[:match.end()] + joint + match.group() + line[match.end():]

    def russian_word(self, line, russian):
        words = [w for r in russian for w in r.split() if len(w) >= 4]
        spots = list(WORD.finditer(line))
        if not words or not spots:
            return line
        match = self.rng.choice(spots)
        self.counts["word"] += 1
        return line[:match.start()] + self.rng.choice(words).strip(".,;:«»\"()") + line[match.end():]


def build(args):
    rng = random.Random(args.seed)
    source = articles(args.wmt)
    vocabulary = sorted({w for english, _ in source for line in english for w in WORD.findall(line)})
    injector = Injector(rng)
    target = int(args.megabytes * 1e6)
    out_articles = []
    total = 0
    copy = 0
    # Bytes between injections (the rates above).
    gaps = {"caption": 80_000, "word": 160_000, "lookalike": 80_000, "doubling": 25_000}
    due = {kind: rng.randint(1, gap) for kind, gap in gaps.items()}
    while total < target:
        for english, russian in source:
            lines = []
            for line in english:
                if copy > 0 and line.strip():
                    line = injector.vary(line, vocabulary)
                size = len(line.encode("utf-8")) + 1
                for kind in gaps:
                    due[kind] -= size
                if line.strip():
                    if due["lookalike"] <= 0:
                        line = injector.lookalike(line)
                        due["lookalike"] += gaps["lookalike"]
                    if due["doubling"] <= 0:
                        line = injector.doubling(line)
                        due["doubling"] += gaps["doubling"]
                    if due["word"] <= 0 and russian:
                        line = injector.russian_word(line, russian)
                        due["word"] += gaps["word"]
                lines.append(line)
                if due["caption"] <= 0 and russian:
                    lines.append(rng.choice(russian))
                    injector.counts["caption"] += 1
                    due["caption"] += gaps["caption"]
            text = "\n".join(lines) + "\n"
            out_articles.append(text)
            total += len(text.encode("utf-8"))
            if total >= target:
                break
        copy += 1
    return out_articles, injector.counts, copy


def main():
    args = parse()
    parameters = {"megabytes": args.megabytes, "files": args.files, "peer_megabytes": args.peer_megabytes,
                  "seed": args.seed, "wmt": os.path.abspath(args.wmt), "version": 1}
    manifest_path = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as handle:
            if json.load(handle).get("parameters") == parameters:
                print(f"reusing {args.out}", file=sys.stderr)
                return
    out_articles, counts, copies = build(args)
    for sub in ("big", "small", "peers"):
        folder = os.path.join(args.out, sub)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.endswith(".txt"):
                os.unlink(os.path.join(folder, name))
    # Articles are separated by a blank line, as in a folder of concatenated pages.
    big = "\n".join(out_articles)
    with open(os.path.join(args.out, "big", "corpus.en.txt"), "w", encoding="utf-8") as handle:
        handle.write(big)
    per_file = len(out_articles) / args.files
    small_bytes = 0
    peer_bytes = 0
    peer_files = 0
    for index in range(args.files):
        chunk = "\n".join(out_articles[int(index * per_file):int((index + 1) * per_file)])
        name = f"{index:05d}.en.txt"
        data = chunk.encode("utf-8")
        with open(os.path.join(args.out, "small", name), "wb") as handle:
            handle.write(data)
        small_bytes += len(data)
        if peer_bytes < args.peer_megabytes * 1e6:
            with open(os.path.join(args.out, "peers", name), "wb") as handle:
                handle.write(data)
            peer_bytes += len(data)
            peer_files += 1
    manifest = {"parameters": parameters, "copies": copies, "articles": len(out_articles),
                "big_bytes": len(big.encode("utf-8")), "small_files": args.files, "small_bytes": small_bytes,
                "peer_files": peer_files, "peer_bytes": peer_bytes, "injected": counts}
    with open(manifest_path, "w") as handle:
        json.dump(manifest, handle, indent=2)
    print(json.dumps(manifest, indent=2), file=sys.stderr)


if __name__ == "__main__":
    main()
