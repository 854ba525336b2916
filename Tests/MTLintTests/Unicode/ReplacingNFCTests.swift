import Testing
@testable import MTLint

/// The byte-level replacement must give what `replacing(_:with:)` gives on NFC text.
@Suite struct ReplacingNFCTests {
    @Test(arguments: [
        ("ёлка и Ёж, ещё", "ё", "е"),
        ("Kiev’s mayor’s ’", "\u{2019}", "'"),
        ("no target here", "ё", "е"),
        ("", "ё", "е"),
        ("ёё", "ё", "е"),
        ("д’артаньян’", "\u{2019}", "'"),
    ])
    func matchesReplacing(_ text: String, _ target: String, _ replacement: String) {
        #expect(text.replacingNFC(target, with: replacement) == text.replacing(target, with: replacement))
        #expect(Array(text.replacingNFC(target, with: replacement).utf8) == Array(text.replacing(target, with: replacement).utf8))
    }

    @Test func foldsAsTheGlossaryExpects() {
        #expect(RussianStemmer.lowered("Ёлкин") == "елкин")
        #expect(TermKey.fold("KIEV’S") == "kiev's")
    }
}
