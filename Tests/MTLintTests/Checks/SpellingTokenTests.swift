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

    /// Similarity as Characters define it: the first or the second character alike, and an
    /// edit distance of at most 0.34 of the longer skeleton.
    static func referenceSimilar(_ a: String, _ b: String) -> Bool {
        let a = Array(a), b = Array(b)
        guard a[0] == b[0] || a[1] == b[1] else { return false }
        return Double(EditDistance.between(a, b)) <= Double(max(a.count, b.count)) * 0.34
    }

    /// Words and copies of them with up to three letters changed, inserted or dropped, so that
    /// many pairs are similar and many nearly so; the letters' bits (`code % 32`) collide for
    /// "a" and "á" and for the Cyrillic letters.
    @Test func similarityIsTheCharacterDefinitionOnRandomWords() {
        var generator = SplitMix64(seed: 1207)
        let letters: [String] = ["a", "b", "e", "i", "k", "h", "m", "n", "r", "s", "t", "y", "á", "ж", "я", "e\u{301}"]
        func word() -> [String] { (0..<(3 + Int(generator.next() % 8))).map { _ in letters[Int(generator.next() % UInt64(letters.count))] } }
        var similar = 0
        for _ in 0..<4_000 {
            let base = word()
            var other = base
            for _ in 0..<Int(generator.next() % 4) {
                let position = Int(generator.next() % UInt64(other.count))
                switch generator.next() % 3 {
                case 0: other[position] = letters[Int(generator.next() % UInt64(letters.count))]
                case 1: other.insert(letters[Int(generator.next() % UInt64(letters.count))], at: position)
                default: if other.count > 1 { other.remove(at: position) }
                }
            }
            let tokens = SpellingToken.tokens(of: base.joined() + " " + other.joined())
            guard tokens.count == 2 else { continue }
            let expected = Self.referenceSimilar(tokens[0].string, tokens[1].string)
            #expect(tokens[0].isSimilar(to: tokens[1]) == expected, "\(tokens[0].string) \(tokens[1].string)")
            #expect(tokens[1].isSimilar(to: tokens[0]) == expected, "\(tokens[1].string) \(tokens[0].string)")
            if expected { similar += 1 }
        }
        // Both answers are well represented.
        #expect(similar > 400 && similar < 3_600, "\(similar)")
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
