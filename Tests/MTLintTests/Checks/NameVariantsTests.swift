import Testing
@testable import MTLint

/// Name variants keys a document's candidate names into a table made once at the size the
/// document's forms and terms allow: many names, possessives among them, must all be keyed
/// and grouped.
@Suite struct NameVariantsTests {
    /// A distinct name for `number`, spelled with "kh" or with "h" ("Zakhbedeova",
    /// "Zahbedeova"): each digit a consonant and an "e", so that no two names share a key.
    private static func name(_ number: Int, withKH: Bool) -> String {
        "Za" + (withKH ? "kh" : "h") + MadeUpWord.syllables(number, vowel: "e") + "ova"
    }

    private func hits(_ text: String) -> [Hit] {
        let document = Document(text: text)
        return NameVariants.hits(document, facts: WordFacts(document), minimumLength: 4, ignored: [], glossary: nil)
    }

    @Test func manyNamesEachWithTwoSpellingsAreAllReported() {
        // Far more names than the default table holds (64), half of them possessive.
        let count = 300
        var text = ""
        for number in 0..<count {
            let possessive = number % 2 == 0 ? "'s" : ""
            text += "Then \(Self.name(number, withKH: true)) met \(Self.name(number, withKH: true))\(possessive) aide, "
            text += "and \(Self.name(number, withKH: false)) left.\n"
        }
        let found = hits(text)
        #expect(found.count == count)
        for number in 0..<count {
            let minority = Self.name(number, withKH: false)
            let message = "“\(minority)” is spelled “\(Self.name(number, withKH: true))” elsewhere in this document (2 times)"
            #expect(found.contains { $0.message == message }, "\(minority)")
        }
    }

    /// The keys' room is the terms' bytes: enough when every term is a name, each written in
    /// several cases and as a possessive (several forms to a term, several terms to a key).
    @Test func namesThatAreAllTheTermsFitTheKeysRoom() {
        let names = ["Zakharova", "ZaKharova", "ZAkharova", "Zaharova", "Zakharova's", "ZAharova's", "Nebenzya", "Nebenzia", "NeBenzia's"]
        let found = hits("Then " + names.joined(separator: " ") + ".")
        #expect(found.map(\.message).sorted() == Self.expectedForAllTermsNames)
    }

    private static let expectedForAllTermsNames = [
        "“NeBenzia” is spelled “Nebenzya” elsewhere in this document (1 time)",
        "“Nebenzia” is spelled “Nebenzya” elsewhere in this document (1 time)",
        "“ZAharova” is spelled “Zakharova” elsewhere in this document (2 times)",
        "“ZAkharova” is spelled “Zakharova” elsewhere in this document (2 times)",
        "“ZaKharova” is spelled “Zakharova” elsewhere in this document (2 times)",
        "“Zaharova” is spelled “Zakharova” elsewhere in this document (2 times)",
    ]

    @Test func aPossessiveWhoseNameIsNotWrittenAloneIsASpellingOfItsOwn() {
        let found = hits("We met Zakharova's aide. Then Zaharova's aide left. Later Zaharova's aide came.")
        #expect(found.map(\.message) == ["“Zakharova” is spelled “Zaharova” elsewhere in this document (2 times)"])
    }
}
