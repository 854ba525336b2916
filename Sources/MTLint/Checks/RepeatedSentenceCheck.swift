/// A sentence emitted twice within its paragraph or the next, or a paragraph (or line)
/// repeated anywhere; compared word by word, ignoring case, whitespace and punctuation.
public struct RepeatedSentenceCheck: Check {
    public static let description = CheckDescription(
        id: "repeated-sentence",
        family: .repetition,
        summary: "A sentence repeated within its paragraph or the next one, or a paragraph repeated anywhere; reported at the second occurrence with the line of the first. Short repeated lines (page chrome such as \"Live broadcast\") are info only.",
        defaultSeverity: .warning,
        passing: [
            "The plan was approved. The budget was approved.",
            "We have initiatives for Israel and Iran.\n\nOne.\n\nTwo.\n\nThree.\n\nIn turn, Russia is ready. We have initiatives for Israel and Iran.",
            "Yes. Yes.",
            CheckExample("Families received maternity capital in 2022\nFamilies received maternity capital in 2022.",
                         source: "Семьи получили материнский капитал в 2022 году\nСемьи получили материнский капитал в 2022 году."),
        ],
        failing: [
            "The talks were held in Geneva. ⟦The talks were held in Geneva.⟧",
            "The talks were held in Geneva. They lasted a day.\n\n⟦The talks were held in Geneva.⟧ Nothing was agreed.",
            "The talks were held in Geneva and lasted a day.\n\nNothing was agreed.\n\n⟦The talks were held  in Geneva\nand lasted a day.⟧",
            "Overnight, 19 drunk drivers were detained.\n⟦Overnight, 19 drunk drivers were detained.⟧",
            // Page chrome at the top and bottom: reported at info only.
            "Live broadcast\nMain slide\n\nThe minister spoke at length about the budget.\n\n⟦Live broadcast⟧",
        ]
    )

    private let boilerplateWords: Int
    private let minimumWords: Int

    public init(options: CheckOptions) throws {
        let id = Self.description.id
        try options.validate(known: ["boilerplateWords", "minimumWords"], check: id)
        boilerplateWords = Int(try options.number("boilerplateWords", default: 4, check: id))
        minimumWords = max(1, Int(try options.number("minimumWords", default: 2, check: id)))
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let ids = WordTokens.internedKeys(document).ids
        var hits: [Hit] = []
        var reported: [Range<Int>] = []
        // Paragraphs and the lines of multi-line paragraphs: repeated anywhere.
        let (blocks, blockRuns) = Self.blocksAndWordRuns(document)
        let sentences = document.sentences
        // Most lines are one sentence, and their words need no second hashing: such a
        // sentence takes its block's key and run; the others' runs follow the blocks'.
        let (otherRuns, wholeBlocks) = Self.sentenceRuns(of: sentences, words: document.words, blocks: blocks, blockRuns: blockRuns)
        // The blocks' runs are the first runs: taken over, not copied (a copy of a list of
        // ranges is made range by range, 870,000 instructions on the 5 MB head); they were
        // made with room for the others.
        var runs = consume blockRuns
        runs.append(contentsOf: otherRuns)
        // Each repeated text is reported once, at its second occurrence: a text looping
        // thousands of times gives one finding, not thousands. Texts are compared by the ids
        // of their words: equal texts get one key id, and a text said only once none (-1), so
        // per-key tables hold only the texts that may repeat. They hold indices, not ranges.
        let (keys, keyCount) = WordRunKeys.sharedKeys(ids: ids, runs: runs)
        // The eight tables by key share one allocation (made one by one, they cost 1.15 M
        // instructions on the peer subset, 1,800 allocations for its 300 documents):
        // `counts` (blocks by key), `reportedKeys` (0 or 1) and `sentenceCounts` start at 0;
        // `firstBlock`, `latest`, `earlier` and their paragraphs at -1.
        let counts = 0, reportedKeys = keyCount, sentenceCounts = 2 * keyCount
        let firstBlock = 3 * keyCount, latest = 4 * keyCount, earlier = 5 * keyCount
        let latestParagraph = 6 * keyCount, earlierParagraph = 7 * keyCount
        var byKey = [Int32](repeating: 0, count: 8 * keyCount)
        for index in firstBlock..<byKey.count { byKey[index] = -1 }
        for key in keys[..<blocks.count] where key >= 0 { byKey[counts + Int(key)] += 1 }
        for (index, block) in blocks.enumerated() where runs[index].count >= minimumWords {
            let key = Int(keys[index])
            guard key >= 0 else { continue }
            guard byKey[firstBlock + key] >= 0 else {
                byKey[firstBlock + key] = Int32(index)
                continue
            }
            let first = blocks[Int(byKey[firstBlock + key])]
            guard !first.overlaps(block), !Self.overlapsAny(reported, block) else { continue }
            reported.append(block)
            guard byKey[reportedKeys + key] == 0 else { continue }
            byKey[reportedKeys + key] = 1
            if let hit = hit(block, first: first, words: runs[index].count, count: Int(byKey[counts + key]), noun: "paragraph", document: document, context: context) {
                hits.append(hit)
            }
        }
        // Sentences: repeated within their paragraph or the one before. Those inside a
        // reported block are passed over. One walk takes each sentence's key, counts it and
        // decides whether it repeats the first occurrence of its text in the latest two
        // paragraphs that have it (by sentence index, with its paragraph; -1: none); the hits
        // wait for the counts, whole only at the end. (A list of the keys made by `map`, a
        // walk to count them and a walk to decide, with each sentence's paragraph in a list,
        // cost 5 MB head 4.4 M instructions more.)
        var sentenceHits: [(index: Int, first: Int, key: Int, words: Int)] = []
        let paragraphs = document.paragraphs
        wholeBlocks.withUnsafeBufferPointer { wholeBlocks in
            var nextKey = blocks.count
            var nextReported = 0
            // Sentences and paragraphs are both in text order: a sentence's paragraph is found
            // by walking on from the previous sentence's.
            var paragraph = 0
            for index in wholeBlocks.indices {
                let block = Int(wholeBlocks[index])
                let run = block >= 0 ? block : nextKey
                if block < 0 { nextKey += 1 }
                let key = Int(keys[run])
                guard key >= 0 else { continue }
                // As ``forEachIndex(of:overlappingNoneOf:_:)`` walks.
                let sentence = sentences[index]
                while nextReported < reported.count && reported[nextReported].upperBound <= sentence.lowerBound { nextReported += 1 }
                guard nextReported == reported.count || !reported[nextReported].overlaps(sentence) else { continue }
                byKey[sentenceCounts + key] += 1
                let wordCount = runs[run].count
                guard wordCount >= minimumWords else { continue }
                while paragraph < paragraphs.count && paragraphs[paragraph].upperBound < sentence.upperBound { paragraph += 1 }
                let seen = Int(byKey[latest + key]), seenEarlier = Int(byKey[earlier + key])
                let seenParagraph = Int(byKey[latestParagraph + key])
                let first: Int? = if seen >= 0, seenParagraph == paragraph || seenParagraph == paragraph - 1 {
                    seen
                } else if seenEarlier >= 0, byKey[earlierParagraph + key] == paragraph - 1 {
                    seenEarlier
                } else {
                    nil
                }
                if let first {
                    guard byKey[reportedKeys + key] == 0 else { continue }
                    byKey[reportedKeys + key] = 1
                    sentenceHits.append((index, first, key, wordCount))
                } else {
                    if seen >= 0, seenParagraph != paragraph {
                        byKey[earlier + key] = Int32(seen)
                        byKey[earlierParagraph + key] = Int32(seenParagraph)
                    }
                    byKey[latest + key] = Int32(index)
                    byKey[latestParagraph + key] = Int32(paragraph)
                }
            }
        }
        for (index, first, key, wordCount) in sentenceHits {
            if let hit = hit(sentences[index], first: sentences[first], words: wordCount, count: Int(byKey[sentenceCounts + key]),
                             noun: "sentence", document: document, context: context) {
                hits.append(hit)
            }
        }
        return hits
    }

    /// Whether two ranges of `document` hold the same words, ignoring case.
    static func sameText(_ a: Range<Int>, _ b: Range<Int>, in document: Document) -> Bool {
        let words = { (range: Range<Int>) in document.words(in: range).filter { $0.end <= range.upperBound }.map { WordTokens.key(document.utf8[$0.range]) } }
        return words(a) == words(b)
    }

    /// Whether `range` overlaps one of `sorted`, disjoint ranges in text order.
    static func overlapsAny(_ sorted: [Range<Int>], _ range: Range<Int>) -> Bool {
        let index = sorted.partitioningIndex { $0.upperBound > range.lowerBound }
        return index < sorted.count && sorted[index].overlaps(range)
    }

    /// The indices of the ranges of `ranges` that overlap none of `sorted`, both disjoint and
    /// in text order (what ``forEachIndex(of:overlappingNoneOf:_:)`` walks).
    static func indices(of ranges: [Range<Int>], overlappingNoneOf sorted: [Range<Int>]) -> [Int] {
        var kept: [Int] = []
        forEachIndex(of: ranges, overlappingNoneOf: sorted) { kept.append($0) }
        return kept
    }

    /// Calls `body` with the index of each of `ranges` that overlaps none of `sorted`, both
    /// disjoint and in text order: walked together, instead of a filter with a binary search
    /// for each sentence (9 M instructions on the 5 MB head), or a filtered copy of each
    /// table by sentence (2 M).
    @inline(__always)
    static func forEachIndex(of ranges: [Range<Int>], overlappingNoneOf sorted: [Range<Int>], _ body: (Int) -> Void) {
        var next = 0
        for (index, range) in ranges.enumerated() {
            while next < sorted.count && sorted[next].upperBound <= range.lowerBound { next += 1 }
            if next == sorted.count || !sorted[next].overlaps(range) { body(index) }
        }
    }

    private func hit(_ range: Range<Int>, first: Range<Int>, words: Int, count: Int, noun: String, document: Document, context: CheckContext) -> Hit? {
        let firstLine = document.lines.lineIndex(of: first.lowerBound)
        let line = document.lines.lineIndex(of: range.lowerBound)
        if words <= boilerplateWords {
            return Hit(range: range, message: "Short text repeated from line \(firstLine + 1) (page boilerplate?)",
                       severity: .info, relatedOffset: first.lowerBound)
        }
        // A headline repeated as the lead, as in the original, is the page's doing, not the translation's.
        if line != firstLine, let source = context.source, abs(source.lines.count - document.lines.count) <= 1,
           line < source.lines.count,
           Self.sameText(source.lines.range(ofLine: line), source.lines.range(ofLine: firstLine), in: source) {
            return nil
        }
        let times = count > 2 ? " (\(count) times in all)" : ""
        return Hit(range: range, message: "This \(noun) repeats the one on line \(firstLine + 1)\(times); delete the repetition",
                   relatedOffset: first.lowerBound)
    }

    /// For each of `ranges`, the index of a block with the very same words (those that end
    /// within it and do not end before it), or -1; and the words of the ranges without one, in
    /// order (a list of every range's words was another 8 MB on a 100 MB text). Nearly every
    /// sentence of a text of one sentence a line is a line, byte for byte (46,900 of 48,900 on
    /// the 5 MB head): it takes the line's words and index without a walk. Both lists are in
    /// text order (blocks by start, the longer first).
    ///
    /// The others are walked to: ranges come in ascending order of their start, a cursor
    /// keeps the first word not before the previous range, and both ends are found on from
    /// it: a short walk, or doubling steps past a paragraph of hundreds of words. A range that
    /// starts after the previous one ends is looked for from the previous one's end, so its
    /// predecessor's words are not walked a second time.
    static func sentenceRuns(of ranges: CompactRanges, words: [Word], blocks: CompactRanges, blockRuns: CompactRanges) -> (otherRuns: CompactRanges, wholeBlocks: [Int32]) {
        // Both lists written whole through buffers, and the others read through buffers
        // (appended to and read with bounds checks, they cost 5 MB head 1.2 M instructions more).
        var wholeBlocks: [Int32] = []
        // Room for every range's run (room never written takes no memory).
        let otherRuns = CompactRanges(unsafeUninitializedCapacity: ranges.count) { otherRuns, otherCount in
            wholeBlocks = [Int32](unsafeUninitializedCapacity: ranges.count) { wholeBlocks, wholeCount in
                words.withUnsafeBufferPointer { words in
                    ranges.withUnsafeBufferPointer { ranges in
                        blocks.withUnsafeBufferPointer { blocks in
                            blockRuns.withUnsafeBufferPointer { blockRunBuffer in
                                // Every word before `cursor` ends at or before the start of the range;
                                // `previousEnd` is the first word after the previous range.
                                var cursor = 0, previousEnd = 0, previousUpperBound: UInt32 = 0
                                var block = 0
                                var others = 0
                                for (index, bounds) in ranges.enumerated() {
                                    while block < blocks.count && blocks[block].lowerBound < bounds.lowerBound { block += 1 }
                                    var probe = block
                                    while probe < blocks.count && blocks[probe].lowerBound == bounds.lowerBound && blocks[probe] != bounds { probe += 1 }
                                    if probe < blocks.count && blocks[probe] == bounds {
                                        let run = blockRunBuffer[probe]
                                        (cursor, previousEnd) = (Int(run.lowerBound), Int(run.upperBound))
                                        wholeBlocks[index] = run.isEmpty ? -1 : Int32(probe)
                                        if run.isEmpty {
                                            otherRuns[others] = run
                                            others += 1
                                        }
                                    } else {
                                        let range = bounds.range
                                        let from = bounds.lowerBound >= previousUpperBound ? max(cursor, previousEnd) : cursor
                                        cursor = words.firstWord(endingAfter: range.lowerBound, from: from)
                                        previousEnd = words.firstWord(endingAfter: range.upperBound, from: cursor)
                                        let whole = Self.block(withRun: cursor..<previousEnd, blockRuns: blockRuns)
                                        wholeBlocks[index] = whole
                                        if whole < 0 {
                                            otherRuns[others] = CompactRanges.Bounds(cursor..<previousEnd)
                                            others += 1
                                        }
                                    }
                                    previousUpperBound = bounds.upperBound
                                }
                                otherCount = others
                            }
                        }
                    }
                }
                wholeCount = ranges.count
            }
        }
        return (otherRuns, wholeBlocks)
    }

    /// The first block whose words are `run`, or -1 (none, or `run` is empty); block runs
    /// start in ascending order.
    private static func block(withRun run: Range<Int>, blockRuns: CompactRanges) -> Int32 {
        guard !run.isEmpty else { return -1 }
        var probe = blockRuns.partitioningIndex { $0.lowerBound >= run.lowerBound }
        while probe < blockRuns.count && blockRuns[probe].lowerBound == run.lowerBound {
            if blockRuns[probe].upperBound == run.upperBound { return Int32(probe) }
            probe += 1
        }
        return -1
    }

    /// The paragraphs, each followed by its lines if it has several, and the words of each
    /// (as ``sentenceRuns(of:words:blocks:blockRuns:)`` has them). No word holds a line break, so a paragraph's
    /// words run from its first line's to its last line's: its lines are walked once, not
    /// once for the lines and again for the paragraph, and the list comes in text order
    /// without a sort (5 MB head: 7 M instructions less).
    static func blocksAndWordRuns(_ document: Document) -> (blocks: CompactRanges, runs: CompactRanges) {
        // At most every paragraph and every line, written through buffers (growing the lists
        // cost 2.4 M instructions on the 5 MB head; appending to them reserved, 0.7 M). The
        // runs have room for the sentences' runs the check appends: reserved then, the list
        // was copied (room never written takes no memory).
        let capacity = document.paragraphs.count + document.lines.count
        let lines = document.lines
        var runs = CompactRanges()
        let blocks = CompactRanges(unsafeUninitializedCapacity: capacity) { blocks, blockCount in
            var count = 0
            runs = CompactRanges(unsafeUninitializedCapacity: capacity + document.sentences.count) { runs, runCount in
                document.words.withUnsafeBufferPointer { words in
                    var cursor = 0
                    var line = 0
                    for paragraph in document.paragraphs {
                        // Paragraphs start and end where lines do, and come in order.
                        while lines.range(ofLine: line).lowerBound < paragraph.lowerBound { line += 1 }
                        let paragraphIndex = count
                        blocks[count] = CompactRanges.Bounds(paragraph)
                        count += 1
                        // Its lines in one walk, each with its words, up to the one that ends it
                        // (looked for first, then walked again: 5 MB head 0.5 M instructions).
                        var ends = false
                        repeat {
                            let range = lines.range(ofLine: line)
                            blocks[count] = CompactRanges.Bounds(range)
                            runs[count] = CompactRanges.Bounds(Self.wordRun(of: range, words: words, cursor: &cursor))
                            count += 1
                            ends = range.upperBound >= paragraph.upperBound
                            line += 1
                        } while !ends
                        if count == paragraphIndex + 2 {
                            // A paragraph of one line is that line (the same range): it stands alone.
                            count -= 1
                            runs[paragraphIndex] = runs[count]
                        } else {
                            runs[paragraphIndex] = CompactRanges.Bounds(Int(runs[paragraphIndex + 1].lowerBound)..<cursor)
                        }
                    }
                }
                runCount = count
            }
            blockCount = count
        }
        return (blocks, runs)
    }

    /// The words of `range`, which starts after the words before `cursor` end; `cursor`
    /// becomes the first word after them.
    @inline(__always)
    private static func wordRun(of range: Range<Int>, words: UnsafeBufferPointer<Word>, cursor: inout Int) -> Range<Int> {
        let start = words.firstWord(endingAfter: range.lowerBound, from: cursor)
        cursor = words.firstWord(endingAfter: range.upperBound, from: start)
        return start..<cursor
    }
}
