import Testing
@testable import MTLint

/// The one-pass key must give what its rules give applied one after another on Strings.
@Suite struct TransliterationKeyTests {
    private func key(_ name: String) -> String {
        let bytes = Array(name.utf8)
        var key = [UInt8](repeating: 0, count: bytes.count)
        let length = bytes.withUnsafeBufferPointer { bytes in key.withUnsafeMutableBufferPointer { TransliterationKey.key(of: bytes, into: $0.baseAddress!) } }
        return String(decoding: key[..<length], as: UTF8.self)
    }

    /// The rules in turn: kh -> h, then ou -> u (each left to right), then a final "ij" -> "i",
    /// then y -> i with doubled consonants (and i) kept once.
    private static func reference(_ name: String) -> String {
        var text = name.replacing("kh", with: "h").replacing("ou", with: "u")
        if text.count > 2 && text.hasSuffix("ij") { text.removeLast() }
        var result: [Character] = []
        for character in text {
            let letter: Character = character == "y" ? "i" : character
            if let last = result.last, last == letter, letter.isASCII, letter.isLetter, !"aeou".contains(letter) { continue }
            result.append(letter)
        }
        return String(result)
    }

    @Test func variantsShareAKeyAndOthersDoNot() {
        #expect(key("nebenzya") == key("nebenzia"))
        #expect(key("zakharova") == key("zaharova"))
        #expect(key("dostoyevskiy") == key("dostoyevsky"))
        #expect(key("kolomoisky") == key("kolomoiskiy"))
        #expect(key("trufanov") != key("trufanova"))
        #expect(key("russia") != key("russian"))
    }

    @Test func randomNamesFollowTheRulesInTurn() {
        var generator = SplitMix64(seed: 11)
        let letters = Array("khouijyasnve'")
        for _ in 0..<20_000 {
            let name = String((0..<Int(1 + generator.next() % 10)).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            #expect(key(name) == Self.reference(name), "\(name)")
        }
    }
}
