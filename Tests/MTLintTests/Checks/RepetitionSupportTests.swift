import Testing
@testable import MTLint

/// The pieces the repetition checks are built from: keys for runs of words, one-byte gaps,
/// the repeat finder's two search paths and exception phrases.
@Suite struct RepetitionSupportTests {
    @Test func equalRunsShareAKeyAndOthersDoNot() {
        let ids: [Int32] = [1, 2, 3, 1, 2, 3, 4, 1, 2]
        var keys = WordRunKeys(ids: ids, expectedCount: 4)
        #expect(keys.keys(of: [0..<3, 3..<6, 6..<7, 7..<9]) == [0, 0, 1, 2])
        // Keys carry over between calls; empty runs are all one text.
        #expect(keys.keys(of: [0..<2, 3..<5, 9..<9, 4..<4, 1..<3]) == [2, 2, 3, 3, 4])
        #expect(keys.count == 5)
    }

    @Test func runKeysAreNumberedInOrderOfFirstAppearanceAcrossBatchesAndGrowth() {
        // A small alphabet makes many runs equal; a tiny table grows while runs are added,
        // and equal runs fall into one batch as well as into different ones.
        var generator = SplitMix64(seed: 7)
        let ids = (0..<3_000).map { _ in Int32(generator.next() % 3) }
        let runs = (0..<5_000).map { _ -> Range<Int> in
            let start = Int(generator.next() % 2_990)
            return start..<(start + Int(generator.next() % 5))
        }
        var table = WordRunKeys(ids: ids, expectedCount: 1)
        let found = table.keys(of: CompactRanges(runs[..<1_234])) + table.keys(of: CompactRanges(runs[1_234...]))
        let expected = referenceKeys(of: runs, in: ids)
        #expect(found == expected.keys)
        #expect(table.count == expected.count)
    }

    /// Shared keys: runs with equal words get one id, runs with different words different ids,
    /// and a run goes without an id (-1) only if no other run has its words; over alphabets
    /// where most runs repeat and where nearly none do, with runs of many lengths.
    @Test func sharedKeysTellEqualRunsApartFromAllOthers() {
        var generator = SplitMix64(seed: 23)
        for (alphabet, runCount) in [(2, 300), (3, 2_000), (1_000, 3_000), (100_000, 40)] {
            let ids = (0..<3_000).map { _ in Int32(generator.next() % UInt64(alphabet)) }
            let runs = (0..<runCount).map { _ -> Range<Int> in
                let start = Int(generator.next() % 2_700)
                return start..<(start + Int(generator.next() % (generator.next() % 2 == 0 ? 4 : 300)))
            }
            let (keys, count) = WordRunKeys.sharedKeys(ids: ids, runs: CompactRanges(runs))
            var runsOfText: [[Int32]: Int] = [:]
            for run in runs { runsOfText[Array(ids[run]), default: 0] += 1 }
            var idOfText: [[Int32]: Int32] = [:], textOfId: [Int32: [Int32]] = [:]
            var alone = 0
            for (run, key) in zip(runs, keys) {
                let text = Array(ids[run])
                guard key >= 0 else {
                    #expect(runsOfText[text] == 1, "\(run) has no key")
                    alone += 1
                    continue
                }
                #expect(key < count)
                #expect(idOfText[text, default: key] == key && textOfId[key, default: text] == text, "\(run)")
                idOfText[text] = key
                textOfId[key] = text
            }
            if alphabet > 100 { #expect(alone > runCount / 2) }
        }
    }

    /// Where no two runs fall into one bucket of the filter, no table is made: every run goes
    /// without an id and there are none; two equal runs among them still share one.
    @Test func sharedKeysOfRunsAllDifferentAreNone() {
        let ids: [Int32] = [1, 2, 3, 4, 5, 6]
        #expect(WordRunKeys.sharedKeys(ids: ids, runs: []) == ([], 0))
        #expect(WordRunKeys.sharedKeys(ids: ids, runs: [0..<2, 2..<4, 4..<6]) == ([-1, -1, -1], 0))
        #expect(WordRunKeys.sharedKeys(ids: ids + [3, 4], runs: [0..<2, 2..<4, 4..<6, 6..<8]) == ([-1, 0, -1, 0], 1))
    }

    /// Runs numbered by their words in order of first appearance, through a dictionary.
    private func referenceKeys(of runs: [Range<Int>], in ids: [Int32]) -> (keys: [Int32], count: Int) {
        var reference: [[Int32]: Int32] = [:]
        let keys = runs.map { run in
            let words = Array(ids[run])
            if let key = reference[words] { return key }
            reference[words] = Int32(reference.count)
            return Int32(reference.count - 1)
        }
        return (keys, reference.count)
    }

    /// Run hashes come from prefix hashes and powers of their multiplier (from a table up to
    /// 256 words, computed beyond): equal runs at any two places, short or paragraph-long,
    /// must hash alike, or they would get different keys.
    @Test func equalLongRunsShareAKeyWherever() {
        var generator = SplitMix64(seed: 5)
        let paragraph = (0..<900).map { _ in Int32(generator.next() % 50) }
        var ids: [Int32] = []
        var runs: [Range<Int>] = []
        for length in [1, 2, 255, 256, 257, 300, 511, 512, 513, 900] {
            for _ in 0..<2 {
                ids += (0..<Int(generator.next() % 7)).map { _ in Int32(generator.next() % 50) }
                runs.append(ids.count..<(ids.count + length))
                ids += paragraph[..<length]
            }
            // The same length, one word different.
            runs.append(ids.count..<(ids.count + length))
            ids += paragraph[..<(length - 1)] + [paragraph[length - 1] + 1]
        }
        var table = WordRunKeys(ids: ids, expectedCount: 4)
        #expect(table.keys(of: CompactRanges(runs)) == referenceKeys(of: runs, in: ids).keys)
    }

    /// A run followed by runs that tile it from its start (a paragraph and its lines) takes its
    /// hash from theirs: it must get the key the same words get anywhere else, whether the
    /// parts tile it, stop short, run past it or leave a gap, and whatever their lengths
    /// (empty, or past the 256 powers of the table).
    @Test func runsTiledByTheirPartsShareAKeyWithTheSameWordsElsewhere() {
        var generator = SplitMix64(seed: 29)
        for _ in 0..<200 {
            let ids = (0..<3_000).map { _ in Int32(generator.next() % 4) }
            var runs: [Range<Int>] = []
            var start = 0
            while start < 1_400 {
                let lengths = (0..<(1 + Int(generator.next() % 4))).map { _ in Int(generator.next() % (generator.next() % 8 == 0 ? 300 : 4)) }
                let end = start + lengths.reduce(0, +)
                let shape = generator.next() % 5
                // 0, 1: tiled; 2: the parts stop short; 3: they run past; 4: a gap between two.
                runs.append(start..<max(start, shape == 2 ? end + 1 : shape == 3 ? end - 1 : end))
                var partStart = start
                for (index, length) in lengths.enumerated() {
                    if shape == 4 && index == 1 { partStart += 1 }
                    let part = partStart..<(partStart + length)
                    runs.append(part)
                    partStart = part.upperBound
                }
                // The same words again, alone.
                let copy = Int(generator.next() % UInt64(runs.count))
                runs.append(runs[copy])
                start = max(end, start + 1)
            }
            var table = WordRunKeys(ids: ids, expectedCount: 4)
            #expect(table.keys(of: CompactRanges(runs)) == referenceKeys(of: runs, in: ids).keys)
        }
    }

    /// Each range's words are those that end inside it and not before it, whether the ranges
    /// nest (a paragraph, then its lines), touch (sentences) or overlap, and whether the walk
    /// is short or gallops past a long paragraph.
    @Test func wordRunsHoldTheWordsEndingInsideEachRange() {
        var generator = SplitMix64(seed: 11)
        var text = ""
        for _ in 0..<400 {
            let words = Int(generator.next() % 40)
            text += (0..<words).map { _ in String(repeating: "w", count: 1 + Int(generator.next() % 6)) }.joined(separator: " ")
            text += generator.next() % 4 == 0 ? ".\n\n" : ".\n"
        }
        let document = Document(text: text)
        let count = document.utf8.count
        var ranges: [Range<Int>] = document.paragraphs + document.sentences
        for _ in 0..<2_000 {
            let start = Int(generator.next() % UInt64(count))
            ranges.append(start..<min(count, start + Int(generator.next() % 400)))
        }
        ranges.sort { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        let words = document.words
        let expected = ranges.map { Self.referenceRun(of: $0, in: words) }
        // Walked to alone, and with every third range a block whose words a range with the
        // same bytes takes (the walk then goes on from there).
        for blockEvery in [0, 3] {
            let blockIndices = blockEvery == 0 ? [] : ranges.indices.filter { $0 % blockEvery == 0 }
            let blockRuns = CompactRanges(blockIndices.map { expected[$0] })
            let found = Self.everyRun(RepeatedSentenceCheck.sentenceRuns(of: CompactRanges(ranges), words: words, blocks: CompactRanges(blockIndices.map { ranges[$0] }),
                                                                         blockRuns: blockRuns), blockRuns: blockRuns)
            let wrong = ranges.indices.filter { found[$0] != expected[$0] }
            #expect(wrong.isEmpty, "\(wrong.count) of \(ranges.count) wrong, first: \(wrong.prefix(3).map { (ranges[$0], found[$0], expected[$0]) })")
        }
    }

    /// Every range's run: its block's, else the next of the others (which must all be taken).
    private static func everyRun(_ found: (otherRuns: CompactRanges, wholeBlocks: [Int32]), blockRuns: CompactRanges) -> [Range<Int>] {
        var others = found.otherRuns.makeIterator()
        let runs = found.wholeBlocks.map { $0 >= 0 ? blockRuns[Int($0)] : others.next() ?? -1..<(-1) }
        #expect(others.next() == nil)
        return runs
    }

    /// The words of a range by their definition: from the first word that ends after its start
    /// to the last that ends at or before its end (none when the range holds no word's end).
    private static func referenceRun(of range: Range<Int>, in words: [Word]) -> Range<Int> {
        let first = words.firstIndex { $0.end > range.lowerBound } ?? words.count
        let end = words.firstIndex { $0.end > range.upperBound } ?? words.count
        return first..<max(first, end)
    }

    /// Blocks are the paragraphs and the lines of multi-line paragraphs, sorted by start (the
    /// longer first), each with the words that end inside it, whatever the line endings,
    /// blank lines, indentation or punctuation at the line ends.
    @Test func blocksAreParagraphsThenTheirLinesWithTheirWords() {
        var generator = SplitMix64(seed: 3)
        let pieces = ["word", "Word", "x", "12", "a-b", ",", ".", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\n \n", "\n\n", "\r", "é", "—"]
        for _ in 0..<200 {
            let text = (0..<Int(generator.next() % 60)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let document = Document(text: text)
            var blocks = document.paragraphs
            for paragraph in document.paragraphs {
                let first = document.lines.lineIndex(of: paragraph.lowerBound)
                let last = document.lines.lineIndex(of: paragraph.upperBound)
                guard last > first else { continue }
                blocks += (first...last).map { document.lines.range(ofLine: $0) }
            }
            blocks.sort { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
            let words = document.words
            let runs = blocks.map { Self.referenceRun(of: $0, in: words) }
            let found = RepeatedSentenceCheck.blocksAndWordRuns(document)
            #expect(Array(found.blocks) == blocks, "\(text.debugDescription)")
            #expect(Array(found.runs) == runs, "\(text.debugDescription)")
        }
    }

    /// A sentence's words are those that end inside it and not before it, taken from a block
    /// with the same bytes or walked to; its block, if it has one, has the very same words,
    /// and a sentence has none only if no block does (or it has no words).
    @Test func sentencesTakeTheWordsOfTheirBlockOrAreWalkedTo() {
        var generator = SplitMix64(seed: 31)
        let pieces = ["word", "Word", "x", "12", "Yes.", "No!", ". ", ".", " ", " ", "\n", "\n", "\r\n", "\n\n", "😀"]
        var taken = 0
        for _ in 0..<300 {
            let text = (0..<Int(generator.next() % 80)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let document = Document(text: text)
            let (blocks, blockRuns) = RepeatedSentenceCheck.blocksAndWordRuns(document)
            let sentences = document.sentences
            let found = RepeatedSentenceCheck.sentenceRuns(of: sentences, words: document.words, blocks: blocks, blockRuns: blockRuns)
            let foundRuns = Self.everyRun(found, blockRuns: blockRuns)
            let words = document.words
            let expected = sentences.map { range -> Range<Int> in
                let first = words.firstIndex { $0.end > range.lowerBound } ?? words.count
                let end = words.firstIndex { $0.end > range.upperBound } ?? words.count
                return first..<max(first, end)
            }
            #expect(foundRuns == expected, "\(text.debugDescription)")
            for (run, block) in zip(foundRuns, found.wholeBlocks) {
                if block >= 0 {
                    #expect(blockRuns[Int(block)] == run && !run.isEmpty, "\(text.debugDescription)")
                    taken += 1
                } else {
                    #expect(run.isEmpty || !blockRuns.contains(run), "\(text.debugDescription)")
                }
            }
        }
        #expect(taken > 300)
    }

    /// Sentences left once reported blocks are taken out: walked together with the blocks,
    /// they must be those a search for each finds overlapping no block.
    @Test func rangesOverlappingNoReportedOneAreThoseASearchKeeps() {
        var generator = SplitMix64(seed: 13)
        func disjoint(_ count: Int, maximumGap: UInt64, maximumLength: UInt64) -> [Range<Int>] {
            var start = 0
            return (0..<count).map { _ in
                start += Int(generator.next() % maximumGap)
                let range = start..<(start + 1 + Int(generator.next() % maximumLength))
                start = range.upperBound
                return range
            }
        }
        for _ in 0..<300 {
            let ranges = disjoint(Int(generator.next() % 40), maximumGap: 4, maximumLength: 12)
            let sorted = disjoint(Int(generator.next() % 8), maximumGap: 60, maximumLength: 30)
            let expected = ranges.indices.filter { !RepeatedSentenceCheck.overlapsAny(sorted, ranges[$0]) }
            #expect(RepeatedSentenceCheck.indices(of: ranges, overlappingNoneOf: sorted) == expected, "\(ranges) \(sorted)")
        }
    }

    @Test func gapsKeepEveryKindInOneByte() {
        let document = Document(text: "Baden-Baden is, well. Fine…\nwrapped text\nline\nNext\n\nNew")
        let tokens = WordTokens.of(document)
        #expect(tokens.words.map { document.string($0.range) } == ["Baden", "Baden", "is", "well", "Fine", "wrapped", "text", "line", "Next", "New"])
        typealias Gap = WordTokens.Gap
        let expected: [Gap] = [
            .paragraphBreak, .punctuation(terminal: false, joining: true, comma: false), .space,
            .punctuation(terminal: false, joining: false, comma: true), .punctuation(terminal: true, joining: false, comma: false),
            .punctuation(terminal: true, joining: false, comma: false), .space, .lineBreak, .paragraphBreak, .paragraphBreak,
        ]
        #expect(Array(tokens.gaps) == expected)
        #expect(tokens.gaps.indices.filter { tokens.gaps.endsSentence($0) } == [0, 4, 5, 8, 9])
        #expect(tokens.isContinuous(0..<4) && !tokens.isContinuous(3..<5) && tokens.isContinuous(4..<5))
        #expect(tokens.runLength(from: 0, limit: 10) == 4)
        #expect(tokens.runLength(from: 0, limit: 2) == 2)
        #expect(tokens.runLength(from: 5, limit: 10) == 3)
        #expect(tokens.runLength(from: 9, limit: 10) == 1)
    }

    @Test func theWindowAndTheGeneralSearchAgree() {
        // Near the end of a text (fewer than twelve words left) and with long phrases the
        // finder cannot use its twelve-word window; the same repeats must come out.
        let repeats = ["the head of the head of the region", "elastic and elastic", "Ivan Shely, Ivan Shely, Ivan Shely",
                       "and without complaints, and without complaints", "sequins, sequins", "hives, hives"]
        let filler = " and then the talks went on for a long time in the city of Geneva."
        for text in repeats {
            let short = WordTokens.of(Document(text: text))
            let long = WordTokens.of(Document(text: text + filler))
            for maximumLength in [1, 3, 10, 11, 12, 20] {
                let inShort = (0..<short.count).map { AdjacentRepeatFinder(tokens: short, maximumLength: maximumLength).find(at: $0) }
                let inLong = (0..<short.count).map { AdjacentRepeatFinder(tokens: long, maximumLength: maximumLength).find(at: $0) }
                #expect(inShort == inLong, "\(text), \(maximumLength)")
                if maximumLength >= 4 { #expect(inShort.contains { $0 != nil }, "\(text), \(maximumLength)") }
            }
        }
    }

    @Test func candidatesSkipOnlyPositionsWhereNothingIsFound() {
        // Random texts over a small vocabulary, with punctuation and sentence ends, and with a
        // phrase of one to eleven distinct words said twice (so that recurrences at every
        // distance of the window occur): the positions `nextCandidate` skips are positions
        // where `find` finds nothing, and every repeat `find` finds starts at a candidate.
        var generator = SplitMix64(seed: 41)
        let pieces = ["the", "head", "of", "region", "and", "or", ", ", ". ", " ", " ", " ", "\n"]
        let distinct = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda"]
        let random = { (count: Int) in (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ") }
        var found = 0
        for round in 0..<300 {
            let phrase = distinct.prefix(1 + round % distinct.count).joined(separator: " ")
            let text = [random(Int(generator.next() % 20)), phrase, generator.next() % 2 == 0 ? "and" : ",", phrase, random(Int(generator.next() % 30))].joined(separator: " ")
            let tokens = WordTokens.of(Document(text: text))
            for maximumLength in [1, 3, 10, 11, 12] {
                let finder = AdjacentRepeatFinder(tokens: tokens, maximumLength: maximumLength)
                var position = 0
                while position < tokens.count {
                    let candidate = finder.nextCandidate(from: position)
                    #expect(candidate >= position && candidate <= tokens.count)
                    for skipped in position..<candidate { #expect(finder.find(at: skipped) == nil, "\(text.debugDescription) at \(skipped)") }
                    if candidate < tokens.count, finder.find(at: candidate) != nil { found += 1 }
                    position = candidate + 1
                }
            }
        }
        #expect(found > 500)
    }

    @Test func theWindowFindsWhatTheGeneralSearchFinds() {
        // Texts long enough for the four-position blocks of `nextCandidate`, over a vocabulary
        // small enough that words and pairs of words come again at every distance: at every
        // position, the window's tests (both words' recurrences, read off SIMD masks) keep
        // every length the general search would try.
        var generator = SplitMix64(seed: 7)
        let pieces = ["the", "head", "of", "region", "and", "or", "alpha", "beta", ", ", ". ", " ", " ", "\n"]
        var found = 0
        for _ in 0..<60 {
            let text = (0..<(40 + Int(generator.next() % 80))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            let tokens = WordTokens.of(Document(text: text))
            for maximumLength in [1, 2, 3, 10, 11] {
                let finder = AdjacentRepeatFinder(tokens: tokens, maximumLength: maximumLength)
                for position in 0..<tokens.count {
                    let expected = finder.search(from: position)
                    #expect(finder.find(at: position) == expected, "\(text.debugDescription) at \(position), \(maximumLength)")
                    if expected != nil { found += 1 }
                }
                var position = 0
                while position < tokens.count {
                    let candidate = finder.nextCandidate(from: position)
                    for skipped in position..<candidate { #expect(finder.search(from: skipped) == nil, "\(text.debugDescription) at \(skipped)") }
                    position = candidate + 1
                }
            }
        }
        #expect(found > 300)
    }

    @Test func doubledWordsAreThoseAComparisonWithThePreviousFinds() {
        var generator = SplitMix64(seed: 17)
        for count in 0..<60 {
            for vocabulary in [1, 2, 3, 9] {
                let ids = (0..<count).map { _ in Int32(generator.next() % UInt64(vocabulary)) }
                let expected = ids.indices.dropFirst().filter { ids[$0] == ids[$0 - 1] }
                #expect(RepeatedWordCheck.positionsRepeatingThePrevious(ids) == expected, "\(ids)")
            }
        }
    }

    @Test func phrasesCoverRangesAtTheEdgesOfTheText() {
        let list = PhraseList(["more and more", "Baden-Baden"])
        let tokens = WordTokens.of(Document(text: "More and more, said Baden Baden"))
        #expect(list.covers(0..<2, in: tokens))
        #expect(list.covers(1..<3, in: tokens))
        #expect(list.covers(4..<6, in: tokens))
        #expect(!list.covers(2..<4, in: tokens))
        #expect(!list.covers(0..<6, in: tokens), "longer than any phrase")
    }

    @Test func phrasesCoverWhatATryAtEveryStartFinds() {
        // The list looks a range's first word up; the plain way tries every phrase at every
        // start from which it would cover the range.
        let texts = ["more and more", "again and again", "Baden-Baden", "and so on and so on", "on and on", "so and so", "and", "Don’t stop"]
        let list = PhraseList(texts)
        func reference(_ range: Range<Int>, _ tokens: WordTokens) -> Bool {
            list.phrases.contains { phrase in
                phrase.count >= range.count && (0...max(0, tokens.count - phrase.count)).contains { start in
                    start <= range.lowerBound && start + phrase.count >= range.upperBound && start + phrase.count <= tokens.count
                        && phrase.indices.allSatisfy { tokens.keys[start + $0] == phrase[$0] }
                }
            }
        }
        var generator = SplitMix64(seed: 13)
        let pieces = ["more", "and", "on", "so", "again", "Baden", "baden-Baden", "don't", "stop", "AND", ", ", " "]
        var covered = 0
        for _ in 0..<80 {
            let text = (0..<(3 + Int(generator.next() % 20))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            let tokens = WordTokens.of(Document(text: text))
            for lower in 0..<tokens.count {
                for upper in (lower + 1)...min(tokens.count, lower + 7) {
                    let expected = reference(lower..<upper, tokens)
                    #expect(list.covers(lower..<upper, in: tokens) == expected, "\(text.debugDescription), \(lower)..<\(upper)")
                    if expected { covered += 1 }
                }
            }
        }
        #expect(covered > 200)
    }

    /// A phrase's keys are the keys a document of that text gives its words: NFC first,
    /// apostrophes folded, hyphens and punctuation between words dropped.
    @Test func phraseKeysAreTheKeysOfTheSameTextAsADocument() {
        let texts = RepeatedPhraseCheck.defaultExceptions + RepeatedWordCheck.defaultExceptions
            + ["Baden-Baden", "Don’t  stop", "Cafe\u{0301} au lait", "Ёлки-палки", "U.S. and U.K.", "ʼtis 2,5 km",
               // Letters, spaces and commas alone are split without the segmenter.
               "", " ", ",", "OK,,ok", " Leading and trailing, ", "A,B,c", "zZ aA@", "[x] {y}", "a`b"]
        for text in texts {
            let document = Document(text: text)
            let expected = document.words.map { WordTokens.key(document.string($0.range)) }
            #expect(PhraseList.keys(of: text) == expected, "\(text)")
        }
    }
}
