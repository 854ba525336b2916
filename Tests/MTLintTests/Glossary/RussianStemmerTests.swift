import Testing
@testable import MTLint

/// A text word's key from its bytes (Russian words lowered by table) is the key its String
/// gives by the definition: `String.lowercased()`, ё read as е, then Snowball's stem.
@Suite struct RussianStemmerTests {
    private func definition(_ word: String, stemmer: RussianStemmer) -> (exact: String, reduced: [String]) {
        let lowered = RussianStemmer.lowered(word)
        let stem = stemmer.stem(word)
        return (stem, stem == lowered ? [] : [lowered])
    }

    private func fromBytes(_ word: String, stemmer: RussianStemmer) -> (exact: String, reduced: [String]) {
        let key = Array(word.utf8).withUnsafeBufferPointer { stemmer.textKey($0) }
        #expect(key.reduced.allSatisfy { $0.trim == 0 })
        return (key.exact, key.reduced.map(\.key))
    }

    @Test func keysFromBytesAreTheDefinitionsKeys() {
        let stemmer = RussianStemmer()
        // Inflected names and nouns, ё and Ё anywhere, all capitals, ASCII and digits inside,
        // other Cyrillic languages, combining marks (left to the String path), other scripts.
        let words = ["Киева", "Киев", "Лавров", "ЛАВРОВА", "Ёлкин", "ЁЛКА", "всё", "Щёлково", "еЁё", "ООН", "СВО-2",
                     "Су-57", "iPhone", "Москва2024", "Київ", "їжак", "Ґанок", "Беларусі", "ў", "е\u{0308}лка", "Ивано\u{0301}в",
                     "straße", "Ωμέγα", "", "a", "Я", "ёё", "ЁЁ", "x\u{0451}y"]
        var generator = SplitMix64(seed: 71)
        let letters = Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґ'-1".unicodeScalars)
        let random = (0..<3_000).map { _ in
            String(String.UnicodeScalarView((0..<(1 + Int(generator.next() % 14))).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }))
        }
        for word in words + random {
            let expected = definition(word, stemmer: stemmer)
            let actual = fromBytes(word, stemmer: stemmer)
            #expect(actual.exact == expected.exact && actual.reduced == expected.reduced, "\(word)")
        }
    }
}
