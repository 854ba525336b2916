import Testing
@testable import MTLint

/// The word facts' walk, with its short cuts for the common gaps, gives what their definitions
/// give word by word: the form's flags, the gap read by ``WordGap``, sentence and line starts,
/// and the repetition checks' gaps (``WordTokens/Gaps``) as they read byte by byte.
@Suite struct WordFactsTests {
    private static let words = ["the", "Foreign", "Ministry", "CMPC", "it's", "14.2", "1990", "co", "Zakharova's", "Москва", "naïve", "A", "I"]
    private static let gaps = [
        " ", " ", " ", ", ", ".\n", ". ", ",\n", ".\n\n", "\n", "-", " - ", "\u{2010}", "\u{00A0}", "…\n", " \r\n", "\t",
        "! ", "? ", "; ", " (", ") ", "\n\n", ": ", "  ", ".", ",", ". \n", "\r\n\r\n", " “", "” ",
    ]

    /// A text of random words and gaps, beginning and ending with either.
    private static func randomText(_ generator: inout SplitMix64) -> String {
        var text = generator.next() % 4 == 0 ? gaps[Int(generator.next() % UInt64(gaps.count))] : ""
        for _ in 0..<Int(1 + generator.next() % 40) {
            text += words[Int(generator.next() % UInt64(words.count))]
            text += gaps[Int(generator.next() % UInt64(gaps.count))]
        }
        return text
    }

    /// Each word's bits by their definitions, one word at a time.
    private static func expectedBits(_ document: Document) -> [WordFacts.Bits] {
        let words = document.words
        let sentences = document.sentences
        return document.utf8.withUnsafeBufferPointer { bytes in
            words.indices.map { position in
                let word = words[position]
                let flags = document.wordIndex.flags(ofWord: position)
                var bits: WordFacts.Bits = []
                if flags.contains(.asciiCapital) { bits.insert(.capitalized) }
                if flags.contains(.asciiAllCaps) { bits.insert(.allCaps) }
                if flags.contains(.asciiLetters) && word.kind == .letters { bits.insert(.latin) }
                let beginsLine = position == 0 || WordGap(bytes, words[position - 1].end, word.start).contains(.lineBreak)
                let beginsSentence = sentences.contains { $0.lowerBound <= word.start && (position == 0 || $0.lowerBound > words[position - 1].start) }
                if beginsLine || beginsSentence { bits.insert(.initial) }
                if position + 1 < words.count { bits.formUnion(.gapAfter(WordGap(bytes, word.end, words[position + 1].start))) }
                return bits
            }
        }
    }

    @Test func randomTextsGiveTheDefinitions() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let text = Self.randomText(&generator)
            let document = Document(text: text)
            let facts = WordFacts(document)
            #expect(facts.bits.map(\.rawValue) == Self.expectedBits(document).map(\.rawValue), "\(text.debugDescription)")
        }
    }

    /// The repetition checks' gaps, read when asked, are each gap read byte by byte, a line
    /// break before a word that does not start lowercase a paragraph break.
    @Test func gapsReadWhenAskedGiveTheByteByByteReading() {
        typealias Gaps = WordTokens.Gaps
        var generator = SplitMix64(seed: 8)
        for _ in 0..<1_000 {
            let text = Self.randomText(&generator)
            let document = Document(text: text)
            let words = document.words
            let expected = document.utf8.withUnsafeBufferPointer { bytes in
                words.indices.map { position -> WordTokens.Gap in
                    guard position > 0 else { return .paragraphBreak }
                    let gap = Gaps.gap(UnsafeBufferPointer(rebasing: bytes[words[position - 1].end..<words[position].start]))
                    let lowercase = document.wordIndex.flags(ofWord: position).contains(.startsLowercase)
                    return gap == .lineBreak && !lowercase ? .paragraphBreak : gap
                }
            }
            let gaps = Gaps(of: document)
            #expect(Array(gaps) == expected, "\(text.debugDescription)")
            #expect(gaps.indices.filter(gaps.endsSentence) == expected.indices.filter {
                switch expected[$0] {
                case .paragraphBreak: true
                case .punctuation(let terminal, _, _): terminal
                default: false
                }
            }, "\(text.debugDescription)")
        }
    }

    /// The walk over the words with some bits, 64 words' bits tested at a time, gives the
    /// words a search one by one gives, from any start and going on from wherever the body
    /// says (within the 64 words, at their end, or far past them).
    @Test func theWordsWithSomeBitsAreWalkedAsOneByOne() {
        var generator = SplitMix64(seed: 10)
        let searches: [WordFacts.Bits] = [[.capitalized, .latin], [.capitalized], .joinsNext, [.initial, .allCaps], [], WordFacts.Bits(rawValue: 0xFF)]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(1 + generator.next() % 12) { text += Self.randomText(&generator) }
            let facts = WordFacts(Document(text: text))
            for wanted in searches {
                for start in [0, 1, 63, 64, 65, facts.bits.count / 2, facts.bits.count] where start <= facts.bits.count {
                    let steps = (0..<8).map { _ in [1, 1, 2, 5, 63, 64, 65, 130][Int(generator.next() % 8)] }
                    // One word at a time: the first at or after a position with all the bits.
                    let first = { (position: Int) in facts.bits[min(position, facts.bits.count)...].firstIndex { $0.isSuperset(of: wanted) } ?? facts.bits.count }
                    var expected: [Int] = []
                    var position = first(start)
                    while position < facts.bits.count {
                        expected.append(position)
                        position = first(position + steps[expected.count % steps.count])
                    }
                    var walked: [Int] = []
                    facts.forEach(having: wanted, from: start) { position in
                        walked.append(position)
                        return position + steps[walked.count % steps.count]
                    }
                    #expect(walked == expected, "\(wanted.rawValue) from \(start), steps \(steps), \(facts.bits.count) words")
                }
            }
        }
    }

    @Test func theGapAfterAWordIsReadBack() {
        for raw in UInt8(0)..<16 {
            let gap = WordGap(rawValue: raw)
            #expect(WordFacts.Bits.gapAfter(gap).gapAfter == gap)
            #expect(WordFacts.Bits.gapAfter(gap).intersection([.capitalized, .allCaps, .latin, .initial]).isEmpty)
        }
    }

    /// The gap codes' short cuts give what reading the gap byte by byte gives, on every gap of
    /// one and two bytes, before a lowercase word and before another.
    @Test func shortGapCodesAgreeWithTheByteByByteReading() {
        typealias Gaps = WordTokens.Gaps
        for length in 1...2 {
            for value in 0..<(1 << (8 * length)) {
                let gap = (0..<length).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
                let bytes = [UInt8(ascii: "a")] + gap + [UInt8(ascii: "b")]
                bytes.withUnsafeBufferPointer { bytes in
                    for lowercase in [false, true] {
                        var expected = Gaps.gap(UnsafeBufferPointer(rebasing: bytes[1...length]))
                        if expected == .lineBreak && !lowercase { expected = .paragraphBreak }
                        let code = Gaps.code(bytes, from: 1, to: 1 + length, beforeLowercase: { lowercase })
                        #expect(code == Gaps.code(expected), "\(gap) \(lowercase)")
                    }
                }
            }
        }
    }
}
