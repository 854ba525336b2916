import Testing
@testable import MTLint

/// The table for ASCII and Cyrillic words gives the flags and keys the String and Character
/// rules give, word by word, and steps aside for anything it does not cover.
@Suite struct CyrillicWordCaseTests {
    /// The table's answer for `word`, or nil where it steps aside.
    private func folded(_ word: String) -> (flags: WordIndex.Flags, key: String)? {
        let bytes = Array(word.utf8)
        var key = [UInt8](repeating: 0, count: bytes.count)
        let flags = bytes.withUnsafeBufferPointer { bytes in
            key.withUnsafeMutableBufferPointer { CyrillicWordCase.fold(bytes, key: $0) }
        }
        return flags.map { ($0, String(decoding: key, as: UTF8.self)) }
    }

    private func expectRulesAgree(_ word: String) {
        guard let (flags, key) = folded(word) else { return }
        let bytes = Array(word.utf8)[...]
        #expect(flags == WordIndex.flags(of: bytes), "\(word)")
        #expect(key == TermKey.fold(bytes), "\(word)")
        #expect(key == WordTokens.key(bytes), "\(word)")
    }

    @Test func everyScalarAgreesAloneAndBesideOthers() {
        for value in UInt32(0x400)..<0x500 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter = String(Character(scalar))
            for word in [letter, letter + "a", "A" + letter, letter + "Ж", "ж" + letter, letter + letter, letter + "1"] {
                expectRulesAgree(word)
            }
        }
    }

    @Test func randomWordsAgree() {
        var generator = SplitMix64(seed: 0x5EED)
        // Covered scalars, and some that are not (combining marks, Latin-1, İ, ’, ʼ, Greek).
        let pool: [Unicode.Scalar] = (0x410..<0x450).compactMap(Unicode.Scalar.init) + ["Ё", "ё", "Ѣ", "ѣ", "Ґ", "ґ", "Ӏ", "ӏ", "Ӂ", "A", "z", "'", "1", "_",
                                                                                          "\u{0483}", "\u{0301}", "é", "İ", "\u{2019}", "\u{02BC}", "Σ", "ς"]
        var covered = 0
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 8) + 1
            var word = ""
            for _ in 0..<length { word.unicodeScalars.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            guard word.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            if folded(word) != nil { covered += 1 }
            expectRulesAgree(word)
        }
        #expect(covered > 1_000)
    }

    @Test func coversRussianWordsAndLeavesTheRest() {
        #expect(folded("Москва")?.key == "москва")
        #expect(folded("МОСКВА")?.flags.contains(.abbreviation) == true)
        #expect(folded("Mоscow")?.key == "mоscow")
        #expect(folded("Mоscow")?.flags.contains(.asciiCapital) == true)
        #expect(folded("école") == nil)
        #expect(folded("й\u{0301}") == nil)
        #expect(folded("Путин\u{2019}s") == nil)
    }
}
