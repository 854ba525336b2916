import CWordScan

/// What the term checks need to know about each word of a document, computed once: one byte
/// of facts per word, the word's own and the gap after it, so their scans over millions of
/// words read one small array instead of calling into the text.
struct WordFacts {
    struct Bits: OptionSet {
        let rawValue: UInt8
        /// First letter an ASCII capital.
        static let capitalized = Bits(rawValue: 1 << 0)
        /// Two or more letters, all capitals ("CMPC", "HAMAS").
        static let allCaps = Bits(rawValue: 1 << 1)
        /// Letters (not a number), only ASCII letters and apostrophes.
        static let latin = Bits(rawValue: 1 << 2)
        /// First word of a sentence or of a line, where a capital says nothing.
        static let initial = Bits(rawValue: 1 << 3)
        /// The gap after the word (none after the last), in the high four bits: a gap kept in
        /// an array of its own was another byte a word to allocate, fill and read.
        static func gapAfter(_ gap: WordGap) -> Bits { Bits(rawValue: gap.rawValue << 4) }
        /// Only spaces, at most one line break, or hyphens before the next word.
        static let joinsNext = gapAfter(.joins)
        /// Exactly one hyphen before the next word.
        static let hyphenNext = gapAfter(.hyphen)
        /// The gap after the word, read back.
        var gapAfter: WordGap { WordGap(rawValue: rawValue >> 4) }
    }

    let index: WordIndex
    /// Each word's case-folded text (’ read as '), as an id into the index's term keys.
    let folded: [Int32]
    /// Each word's facts.
    let bits: [Bits]
    /// How many distinct folded words there are.
    var vocabularyCount: Int { index.terms.count }

    init(_ document: Document) {
        let wordCount = document.words.count
        let wordIndex = document.wordIndex
        index = wordIndex
        folded = document.termKeyOfWord
        // By form, without a branch or an append each (an article has a thousand forms or
        // so, and `map` cost 22 instructions a form: peer subset 5.3 → 0.1 M: the loop is
        // vectorized). Each form's bits in a 32-bit row, for the gather of the words' bits.
        let flags = wordIndex.flags
        let formBits = [Int32](unsafeUninitializedCapacity: flags.count) { formBits, initialized in
            flags.withUnsafeBufferPointer { flags in
                for form in flags.indices {
                    let flags = flags[form]
                    formBits[form] = Int32((flags.contains(.asciiCapital) ? Bits.capitalized.rawValue : 0)
                        | (flags.contains(.asciiAllCaps) ? Bits.allCaps.rawValue : 0) | (flags.contains(.asciiLetters) ? Bits.latin.rawValue : 0))
                }
            }
            initialized = flags.count
        }
        // Written whole by the walk: not zeroed first.
        bits = [Bits](unsafeUninitializedCapacity: wordCount) { bits, initialized in
            bits.populateForWriting()
            Self.walk(document, index: wordIndex, formBits: formBits, into: bits)
            initialized = wordCount
        }
    }

    /// Two walks over millions of words, over buffers rather than bounds-checked arrays: each
    /// word's own bits, then the gap after it. Sentences come in text order: the first walk
    /// marks each one's first word as it passes it. (The common gaps in C, the rest out of
    /// line: see ``markGaps(_:bytes:into:)``.)
    /// (`index` is the document's: each lookup of a memoized value costs some 1,200 instructions.)
    private static func walk(_ document: Document, index: WordIndex, formBits: [Int32], into bits: UnsafeMutableBufferPointer<Bits>) {
        let sentences = document.sentences
        document.utf8.withUnsafeBufferPointer { bytes in
            document.words.withUnsafeBufferPointer { words in
                index.formOfWord.withUnsafeBufferPointer { formOfWord in
                    formBits.withUnsafeBufferPointer { formBits in
                        sentences.withUnsafeBufferPointer { sentences in
                            markWords(words, formOfWord: formOfWord, formBits: formBits, sentences: sentences, into: bits)
                        }
                    }
                }
                guard !words.isEmpty else { return }
                // The first word begins a line.
                bits[0].insert(.initial)
                markGaps(words, bytes: bytes, into: bits)
            }
        }
    }

    /// The gap after each word but the last. Of the 5 MB head's gaps 84 % are one space, 6 %
    /// ", " and 4 % ".\n" (a sentence a line): these are marked in C, eight words a step
    /// (``mtl_mark_common_gaps``; a loop here that read each gap's length and first byte
    /// took 9 instructions a word), which lists the words with other gaps after them for the
    /// reading here. (The order does not matter: each gap only adds bits.)
    @inline(__always)
    private static func markGaps(_ words: UnsafeBufferPointer<Word>, bytes: UnsafeBufferPointer<UInt8>, into bits: UnsafeMutableBufferPointer<Bits>) {
        precondition(Word.hasCWordScanLayout && MemoryLayout<Bits>.size == 1)
        let marks = mtl_gap_bits(space: Bits.gapAfter([.joins, .space]).rawValue, line_break: Bits.gapAfter(.lineBreak).rawValue, initial: Bits.initial.rawValue)
        let last = words.count - 1
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: otherGapsBatch) { others in
            words.withMemoryRebound(to: UInt32.self) { pairs in
                bits.withMemoryRebound(to: UInt8.self) { bitBytes in
                    var position = 0
                    while true {
                        let count = mtl_mark_common_gaps(pairs.baseAddress!, position, words.count, bytes.baseAddress!, bytes.count, bitBytes.baseAddress!, marks,
                                                         others.baseAddress!, others.count, &position)
                        for other in others[..<count] {
                            let other = Int(other)
                            markGap(after: other, bytes: bytes, from: words[other].end, to: words[other + 1].start, into: bits)
                        }
                        if position >= last { return }
                    }
                }
            }
        }
    }

    /// How many words with other gaps ``markGaps(_:bytes:into:)`` is given at a time.
    private static let otherGapsBatch = 256

    /// The gap after word `position`, `bytes[from..<to]`, other than the common three: in the
    /// word's bits, and as the next word's start of a line.
    @inline(never)
    private static func markGap(after position: Int, bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into bits: UnsafeMutableBufferPointer<Bits>) {
        let gap = WordGap(bytes, from, to)
        bits[position].formUnion(.gapAfter(gap))
        // A word after a line break begins a line.
        if gap.contains(.lineBreak) { bits[position + 1].insert(.initial) }
    }

    /// Each word's bits of its form and kind, `initial` on the first word starting at or
    /// after each sentence's start. (Not inlined: in one function with the gaps' walk, this
    /// walk's registers spilled; 5 MB head 787.6 → 781.7 M instructions.) The words' bits
    /// are copied in one loop and each sentence's first word is found in another, in C,
    /// eight words a step (``mtl_mark_sentence_starts``): one loop that tested each word for
    /// the next sentence's start took 10 instructions a word (5 MB head: 8.2 M), a walk four
    /// words a step 3 (2.6 M).
    @inline(never)
    private static func markWords(_ words: UnsafeBufferPointer<Word>, formOfWord: UnsafeBufferPointer<Int32>, formBits: UnsafeBufferPointer<Int32>,
                                  sentences: UnsafeBufferPointer<CompactRanges.Bounds>, into bits: UnsafeMutableBufferPointer<Bits>) {
        // The form's bits are the word's: `latin` is on forms of ASCII letters and
        // apostrophes only, and a word is a number only if it has a digit (taking `latin`
        // off numbers here cost some 3 instructions a word). Gathered in C, sixteen words a
        // step (a loop over buffers: 3.2 instructions a word, 5 MB head 2.7 M).
        precondition(formOfWord.count == words.count && MemoryLayout<Bits>.size == 1)
        if let forms = formOfWord.baseAddress, let table = formBits.baseAddress, let output = bits.baseAddress {
            output.withMemoryRebound(to: UInt8.self, capacity: words.count) { mtl_gather_bytes(table, forms, $0, words.count) }
        }
        guard let pairs = UnsafeRawPointer(words.baseAddress), let bounds = UnsafeRawPointer(sentences.baseAddress), let output = bits.baseAddress else { return }
        precondition(Word.hasCWordScanLayout && MemoryLayout<CompactRanges.Bounds>.stride == 8)
        output.withMemoryRebound(to: UInt8.self, capacity: words.count) { output in
            mtl_mark_sentence_starts(pairs.assumingMemoryBound(to: UInt32.self), words.count, bounds.assumingMemoryBound(to: UInt32.self), sentences.count, output, Bits.initial.rawValue)
        }
    }

    /// First letter an ASCII capital.
    @inline(__always) func capitalized(_ position: Int) -> Bool { bits[position].contains(.capitalized) }
    /// Two or more letters, all capitals ("CMPC", "HAMAS").
    @inline(__always) func allCaps(_ position: Int) -> Bool { bits[position].contains(.allCaps) }
    /// Letters, only ASCII letters and apostrophes.
    @inline(__always) func latin(_ position: Int) -> Bool { bits[position].contains(.latin) }
    /// First word of a sentence or of a line.
    @inline(__always) func initial(_ position: Int) -> Bool { bits[position].contains(.initial) }
    /// Whether only spaces, at most one line break, or hyphens separate word `position` from the next.
    @inline(__always) func joinsNext(_ position: Int) -> Bool { bits[position].contains(.joinsNext) }
    /// The gap after word `position` (none after the last).
    @inline(__always) func gap(after position: Int) -> WordGap { bits[position].gapAfter }

    /// Calls `body`, in order, with each word at or after `start` whose bits hold all of
    /// `wanted`; `body` returns where to go on from (past the word given). The words are
    /// tested 64 at a time into a mask whose set bits are walked: found one by one, eight
    /// words' bits tested at a time, each word ended a scan with a branch that the processor
    /// could not foresee (the capitals the term checks walk come irregularly: a third of the
    /// name variants' time on the 100 MB file; 100 MB file 1.28 → 1.26 s, eleven runs each).
    @inline(__always)
    func forEach(having wanted: Bits, from start: Int = 0, _ body: (Int) -> Int) {
        bits.withUnsafeBytes { bytes in
            let pattern = UInt64(wanted.rawValue) &* 0x0101_0101_0101_0101
            var next = start
            var blockStart = start & ~63
            while blockStart < bytes.count {
                var mask = Self.wordsHaving(pattern, in: bytes, from: blockStart)
                // The words before `next` are done.
                if next > blockStart { mask &= Self.wordsFrom(next - blockStart) }
                while mask != 0 {
                    let position = blockStart &+ mask.trailingZeroBitCount
                    next = body(position)
                    precondition(next > position, "a walk over the words goes forward")
                    mask &= Self.wordsFrom(next - blockStart)
                }
                blockStart = max(blockStart + 64, next & ~63)
            }
        }
    }

    /// The bits of a 64 words' mask from word `offset` (not negative) on: none from 64.
    @inline(__always)
    private static func wordsFrom(_ offset: Int) -> UInt64 {
        offset >= 64 ? 0 : UInt64.max &<< UInt64(offset)
    }

    /// Bit `i` set where the bits of word `start + i` (of the 64 from `start`, fewer at the
    /// end) hold all of `pattern`'s bits (the wanted bits in every byte).
    @inline(__always)
    private static func wordsHaving(_ pattern: UInt64, in bytes: UnsafeRawBufferPointer, from start: Int) -> UInt64 {
        var mask: UInt64 = 0
        if start + 64 <= bytes.count {
            for chunk in 0..<8 {
                // Per byte, the wanted bits it lacks; the top bit set where none is lacking
                // (no carry crosses a byte); those eight top bits moved to bits 56...63 by
                // one multiplication (each product bit lands on a place of its own) and down.
                let missing = ~bytes.loadUnaligned(fromByteOffset: start + 8 * chunk, as: UInt64.self) & pattern
                let lacking = ((missing & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | missing) & 0x8080_8080_8080_8080
                let having = lacking ^ 0x8080_8080_8080_8080
                mask |= (((having &>> 7) &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(8 * chunk)
            }
        } else {
            let wanted = UInt8(truncatingIfNeeded: pattern)
            for offset in 0..<bytes.count - start where bytes[start + offset] & wanted == wanted { mask |= 1 << UInt64(offset) }
        }
        return mask
    }

    /// For each vocabulary entry, whether it is in `set`.
    func vocabularyMask(_ set: Set<String>) -> [Bool] {
        index.termKeyMask(set)
    }
}
