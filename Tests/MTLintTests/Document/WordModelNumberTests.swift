import Testing
@testable import MTLint

/// ``WordFacts`` takes a word's `latin` bit from its form alone, which holds only if no word of
/// ASCII letters and apostrophes is ever a number: these tests segment varied text, through
/// the fast paths and through ICU, and look at every such word's kind.
@Suite struct WordModelNumberTests {
    private static let pieces = [
        "it's", "abc", "A", "O'Neil", "1990", "3.5", "a1", "1a", "x_1", "_a", "a_", "rock'n'roll", "'90s", "90's",
        "naïve", "Москва", "Rosneft's", "中文", "abc中文", "中文abc", "١٢٣", "abc١٢٣", "١٢٣abc", "a'1", "1'a", "ＡＢＣ", "ab'",
    ]
    private static let gaps = [" ", ", ", ".\n", " — ", "’", "'", ".", "-", "\u{00A0}", "…", "", "(", ") "]

    /// `count` random pieces, each followed by a random gap.
    private static func text(pieces count: Int, using generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<count {
            text += pieces[Int(generator.next() % UInt64(pieces.count))]
            text += gaps[Int(generator.next() % UInt64(gaps.count))]
        }
        return text
    }

    private static func isASCIILetters(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x27 }
    }

    @Test func wordsOfASCIILettersAreNeverNumbers() {
        var generator = SplitMix64(seed: 41)
        var letterWords = 0
        for _ in 0..<2_000 {
            let text = Self.text(pieces: Int(1 + generator.next() % 12), using: &generator)
            let document = Document(text: text)
            for word in document.words where Self.isASCIILetters(document.utf8[word.range]) {
                letterWords += 1
                #expect(word.kind == .letters, "\(text.debugDescription) \(word.range)")
                #expect(document.wordIndex.flags(ofWord: document.words.firstIndex(of: word)!).contains(.asciiLetters))
            }
        }
        #expect(letterWords > 1_000)
    }

    /// The numbers counted from the words' layout are the words whose kind is a number, and
    /// the document's letter count (the numbers counted as the words were found) is the rest.
    @Test func numbersAreCountedFromTheLayoutAsByKind() {
        var generator = SplitMix64(seed: 43)
        for _ in 0..<500 {
            let text = Self.text(pieces: Int(generator.next() % 40), using: &generator)
            let document = Document(text: text)
            let numbers = document.words.count { $0.kind == .number }
            #expect(document.words.withUnsafeBufferPointer { Word.numberCount($0) } == numbers, "\(text.debugDescription)")
            #expect(document.letterWordCount == document.words.count - numbers, "\(text.debugDescription)")
        }
    }

    /// The numbers are counted whether the words go into the room made for them or past it,
    /// and words taken back (a chunk handed on to the next way of reading it) are taken out of
    /// the count.
    @Test func numbersAreCountedInTheRoomAndPastIt() {
        var generator = SplitMix64(seed: 47)
        for _ in 0..<300 {
            let text = Self.text(pieces: Int(generator.next() % 60), using: &generator)
            let bytes = Array(text.utf8)
            for capacity in [0, 1, 7, 40, 10_000] {
                let found = bytes.withUnsafeBufferPointer { WordSegmenter.segmentation(of: $0, capacity: capacity) }
                #expect(found.numberCount == found.words.count { $0.kind == .number }, "\(text.debugDescription), room for \(capacity)")
            }
        }
    }
}
