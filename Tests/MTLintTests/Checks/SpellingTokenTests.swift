import Testing
@testable import MTLint

/// The nearby-translation search reads captions and lines by bytes and scalars; these tests
/// hold it to the Character and String rules it stands for, on random text mixing ASCII,
/// transliteration marks, Cyrillic, typographic punctuation, combining marks, CR LF and
/// letters whose lowercase is two scalars.
@Suite struct SpellingTokenTests {
    /// The skeletons as String operations define them: lowercase, split at non-letters, drop
    /// apostrophes, then each replacement in turn, left to right.
    static func referenceSkeletons(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map { word in
            var result = String(word).replacing("'", with: "").replacing("’", with: "")
            for (from, to) in [("kh", "h"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("j", "i"), ("y", "i"), ("ks", "x")] {
                result = result.replacing(from, with: to)
            }
            return result
        }.filter { $0.count >= 3 }
    }

    static let pieces: [String] = [
        "k", "h", "y", "u", "a", "e", "j", "s", "x", "i", "K", "H", "Y", "J", "S", "o", "n", " ", " ", "-", ".", "'",
        "7", "19", "ʹ", "ʺ", "ë", "é", "e\u{301}", "İ", "–", "“", "”", "’", "«", "»", "\r\n", "\n", "Ж", "ж", "Я", "я",
        "ё", "й", "\u{483}", "½", "٣", "ß", "\u{200D}",
    ]

    static func randomText(_ generator: inout SplitMix64, asciiOnly: Bool) -> String {
        let count = Int(generator.next() % 24)
        return (0..<count).map { _ in
            let piece = pieces[Int(generator.next() % UInt64(asciiOnly ? 21 : pieces.count))]
            return piece
        }.joined()
    }

    @Test func skeletonsAreTheStringSkeletonsOnRandomText() {
        var generator = SplitMix64(seed: 2026_12_06)
        for round in 0..<20_000 {
            let text = Self.randomText(&generator, asciiOnly: round % 3 == 0)
            #expect(SpellingToken.tokens(of: text).map(\.string) == Self.referenceSkeletons(text), "\(text.debugDescription)")
        }
    }

    @Test func numbersAreTheCharacterRunsOfNumbersOnRandomText() {
        var generator = SplitMix64(seed: 61)
        for round in 0..<20_000 {
            let text = Self.randomText(&generator, asciiOnly: round % 3 == 0)
            #expect(NearbyTranslation.numbers(text) == text.split { !$0.isNumber }.map(String.init), "\(text.debugDescription)")
        }
    }

    @Test func anASCIILineIsLatinExactlyWhenItHasAnASCIILetter() {
        // The nearby-translation search tells an ASCII line's script from its bytes.
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect((UnicodeScript(of: scalar) == .latin) == MarkdownInlineScanner.isASCIILetter(value), "\(value)")
            #expect(UnicodeScript(of: scalar) != .cyrillic)
        }
    }

    @Test func similarityFollowsCharactersEvenAcrossTheTwoRepresentations() {
        // "premʹyer" keeps scalar codes; "premʹye\u{301}r" (a combining mark) keeps its text.
        let caption = SpellingToken.tokens(of: "Premʹyer-ministr Netanyakhu")
        let english = SpellingToken.tokens(of: "Netanyahu, the Prime Minister")
        #expect(caption.map(\.string) == ["premʹer", "ministr", "netanahu"])
        #expect(english.map(\.string) == ["netanahu", "the", "prime", "minister"])
        #expect(caption[1].isSimilar(to: english[3]))
        #expect(caption[2].isSimilar(to: english[0]))
        #expect(!caption[0].isSimilar(to: english[2]))
        let marked = SpellingToken.tokens(of: "ministe\u{301}r")
        #expect(marked.map(\.string) == ["ministe\u{301}r"])
        #expect(marked[0].isSimilar(to: english[3]))
        #expect(!marked[0].isSimilar(to: caption[0]))
    }
}
