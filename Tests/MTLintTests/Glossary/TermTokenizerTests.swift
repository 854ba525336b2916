import Testing
@testable import MTLint

/// The tokenizer splits all terms in one pass: each term's words are those it has alone.
@Suite struct TermTokenizerTests {
    @Test func termsSplitTogetherAsEachAlone() {
        let terms = ["Kyiv", "chicken Kiev", "Dynamo Kiev's", "", "  ", "line\nbreak", "cr\r\nlf", "Москва", "St. Petersburg",
                     "e\u{0301}te\u{0301}", "a-b", "U.S.", "one  two   three"]
        let together = TermTokenizer.words(of: terms)
        #expect(together == terms.map { TermTokenizer.words(of: [$0])[0] })
        #expect(together[1] == ["chicken", "Kiev"])
        #expect(together[5] == ["line", "break"])
        #expect(TermTokenizer.words(of: ["ASCII only", "line\rbreak"]) == [["ASCII", "only"], ["line", "break"]])
    }
}
