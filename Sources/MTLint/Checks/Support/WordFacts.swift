/// What the term checks need to know about each word of a document, computed once: one byte
/// of facts per word and one per gap between words, so their scans over millions of words
/// read two small arrays instead of calling into the text.
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
    }

    let index: WordIndex
    /// Each word's case-folded text (’ read as '), as an id into the index's term keys.
    let folded: [Int32]
    /// Each word's facts.
    let bits: [Bits]
    /// The gap after each word (none after the last).
    let gaps: [WordGap]
    /// How many distinct folded words there are.
    var vocabularyCount: Int { index.terms.count }


    init(_ document: Document) {
        let words = document.words
        let wordIndex = document.wordIndex
        index = wordIndex
        folded = document.termKeyOfWord
        let formBits = wordIndex.flags.map { flags in
            var bits: Bits = []
            if flags.contains(.asciiCapital) { bits.insert(.capitalized) }
            if flags.contains(.asciiAllCaps) { bits.insert(.allCaps) }
            if flags.contains(.asciiLetters) { bits.insert(.latin) }
            return bits
        }
        // The repetition checks' gaps read the same bytes: worked out in the same walk, unless
        // they are known already (the checks may run in any order).
        let wantsGapCodes = !document.isMemoized(WordTokens.Gaps.memoKey)
        var gapCodes = [UInt8](repeating: WordTokens.Gaps.code(.paragraphBreak), count: wantsGapCodes ? words.count : 0)
        var gaps = [WordGap](repeating: [], count: words.count)
        var bits = [Bits](repeating: [], count: words.count)
        bits.withUnsafeMutableBufferPointer { bits in
            gaps.withUnsafeMutableBufferPointer { gaps in
                gapCodes.withUnsafeMutableBufferPointer { gapCodes in
                    Self.walk(document, formBits: formBits, into: Output(bits: bits, gaps: gaps, gapCodes: wantsGapCodes ? gapCodes : nil))
                }
            }
        }
        if wantsGapCodes { _ = document.memoized(WordTokens.Gaps.memoKey) { WordTokens.Gaps(codes: gapCodes) } }
        self.bits = bits
        self.gaps = gaps
    }

    /// Where ``walk(_:formBits:into:)`` writes, one entry a word.
    private struct Output {
        let bits: UnsafeMutableBufferPointer<Bits>
        let gaps: UnsafeMutableBufferPointer<WordGap>
        /// The repetition checks' gap codes (``WordTokens/Gaps``), if wanted.
        let gapCodes: UnsafeMutableBufferPointer<UInt8>?
    }

    /// One walk over millions of words, over buffers rather than bounds-checked arrays: each
    /// word's bits, and the gap after it. Sentences come in text order: the walk marks each
    /// one's first word as it passes it.
    private static func walk(_ document: Document, formBits: [Bits], into output: Output) {
        let sentences = document.sentences
        let flags = document.wordIndex.flags
        document.utf8.withUnsafeBufferPointer { bytes in
            document.words.withUnsafeBufferPointer { words in
                document.wordIndex.formOfWord.withUnsafeBufferPointer { formOfWord in
                    formBits.withUnsafeBufferPointer { formBits in
                        // The first word, and a word after a line break, begin a line.
                        var beginsLine = true
                        var sentence = 0
                        for position in words.indices {
                            let word = words[position]
                            var wordBits = formBits[Int(formOfWord[position])]
                            if word.kind != .letters { wordBits.remove(.latin) }
                            if beginsLine { wordBits.insert(.initial) }
                            // The first word starting at or after a sentence's start.
                            while sentence < sentences.count && sentences[sentence].lowerBound <= word.start {
                                wordBits.insert(.initial)
                                sentence += 1
                            }
                            output.bits[position] = wordBits
                            guard position + 1 < words.count else { continue }
                            let next = words[position + 1].start
                            let gap = WordGap(bytes, word.end, next)
                            output.gaps[position] = gap
                            beginsLine = gap.contains(.lineBreak)
                            if let gapCodes = output.gapCodes {
                                gapCodes[position + 1] = WordTokens.Gaps.code(bytes, from: word.end, to: next, beforeLowercase: {
                                    flags[Int(formOfWord[position + 1])].contains(.startsLowercase)
                                })
                            }
                        }
                    }
                }
            }
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
    @inline(__always) func joinsNext(_ position: Int) -> Bool { gaps[position].contains(.joins) }

    /// For each vocabulary entry, whether it is in `set`.
    func vocabularyMask(_ set: Set<String>) -> [Bool] {
        index.termKeyMask(set)
    }
}
