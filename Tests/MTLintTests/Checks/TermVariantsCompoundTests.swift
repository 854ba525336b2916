import Testing
@testable import MTLint

/// Compound variants spell keys and spellings from the folded words' bytes, copied into one
/// scratch buffer: compounds of two and three words, short and long, many of them in one
/// document, must each be keyed and spelled as their words joined.
@Suite struct TermVariantsCompoundTests {
    /// A distinct lowercase word for `number`, `length` letters or more ("bado", "dafogo").
    private static func word(_ number: Int, length: Int) -> String {
        var code = MadeUpWord.syllables(number, consonants: "bdfglmnpt", vowel: "a")
        while code.count < length { code += "lo" }
        return code + "o"
    }

    @Test func manyCompoundsAreKeyedAndSpelledAsTheirWordsJoined() {
        let count = 90
        func parts(_ number: Int) -> [String] {
            let first = Self.word(2 * number, length: 1 + number % 13), second = Self.word(2 * number + 1, length: 2 + number % 7)
            return number % 3 == 0 ? [first, second, Self.word(number, length: 3)] : [first, second]
        }
        var text = ""
        for number in 0..<count {
            let hyphenated = parts(number).joined(separator: "-")
            text += "Then the \(hyphenated) met; the \(hyphenated) left; the \(parts(number).joined()) came.\n"
        }
        let document = Document(text: text)
        let found = CompoundVariants.hits(document, facts: WordFacts(document), ignoredPrefixes: ["re"])
        #expect(found.count == count)
        for number in 0..<count {
            let closed = parts(number).joined(), hyphenated = parts(number).joined(separator: "-")
            let message = "“\(closed)” is written “\(hyphenated)” elsewhere in this document (2 times)"
            #expect(found.filter { $0.message == message && document.string($0.range) == closed }.count == 1, "\(closed)")
        }
    }

    @Test func spacedNamesAreRunTogetherToTheirHyphenatedKeys() {
        let count = 60
        func parts(_ number: Int) -> [String] {
            let words = [Self.word(2 * number, length: 1 + number % 11), Self.word(2 * number + 1, length: 2 + number % 5)]
                + (number % 4 == 0 ? [Self.word(number, length: 2)] : [])
            return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        }
        var text = ""
        for number in 0..<count {
            let spaced = parts(number).joined(separator: " "), hyphenated = parts(number).joined(separator: "-")
            // A first word followed by one too long for any key to hold both.
            text += "He flew to \(spaced), then back to \(spaced), then to \(hyphenated) and \(parts(number)[0]) Supercalifragilisticexpialidocious.\n"
        }
        let document = Document(text: text)
        let found = CompoundVariants.hits(document, facts: WordFacts(document), ignoredPrefixes: ["re"])
        #expect(found.count == count)
        for number in 0..<count {
            let spaced = parts(number).joined(separator: " ").lowercased(), hyphenated = parts(number).joined(separator: "-")
            let message = "“\(hyphenated.lowercased())” is written “\(spaced)” elsewhere in this document (2 times)"
            #expect(found.filter { $0.message == message && document.string($0.range) == hyphenated }.count == 1, "\(hyphenated)")
        }
    }

    /// On a long text, chains of hyphenated words are keyed and spelled once each, through a
    /// table of chains: from the first occurrence on, the hits are those of spelling every
    /// occurrence out.
    @Test func aTableOfChainsFindsWhatSpellingEachOccurrenceFinds() {
        var generator = SplitMix64(seed: 14)
        let words = (0..<6).map { Self.word($0, length: 2 + $0 % 3) }
        var found = 0
        for _ in 0..<40 {
            var text = ""
            for _ in 0..<Int(generator.next() % 200) {
                let count = 2 + Int(generator.next() % 2)
                let chain = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                let separator = generator.next() % 4 == 0 ? "" : "-"
                let spelled = generator.next() % 5 == 0 ? chain.map { $0.prefix(1).uppercased() + $0.dropFirst() } : chain
                text += "The \(spelled.joined(separator: separator)) met. "
            }
            let document = Document(text: text)
            let facts = WordFacts(document)
            let tabled = CompoundVariants.hits(document, facts: facts, ignoredPrefixes: ["re"], chainTableFrom: 0)
            let spelledOut = CompoundVariants.hits(document, facts: facts, ignoredPrefixes: ["re"], chainTableFrom: .max)
            #expect(tabled == spelledOut)
            found += spelledOut.count
        }
        // The texts do have variants to find.
        #expect(found > 100)
    }
}
