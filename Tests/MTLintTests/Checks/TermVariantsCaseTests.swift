import Testing
@testable import MTLint

/// Case variants key two-word terms by their pair of words and longer ones by an interned id
/// past the pairs': terms of both kinds in one document, many of each, must each be grouped
/// on their own.
@Suite struct TermVariantsCaseTests {
    private func hits(_ text: String) -> [Hit] {
        let document = Document(text: text)
        return CaseVariants.hits(document, facts: WordFacts(document))
    }

    /// A distinct capitalized word for `number` ("Bedo", "Dafo"): no connector, no leading word.
    private static func word(_ number: Int) -> String {
        let code = MadeUpWord.syllables(number, vowel: "a")
        return code.prefix(1).uppercased() + code.dropFirst() + "o"
    }

    @Test func twoWordAndLongerTermsAreGroupedApart() {
        let text = """
            The Foreign Ministry said. The State Duma Committee met. The Foreign Ministry added.
            Later the State Duma Committee voted, and the foreign ministry denied it.
            """
        let document = Document(text: text)
        let found = CaseVariants.hits(document, facts: WordFacts(document))
        #expect(found.count == 1)
        #expect(found.first?.message == "“foreign ministry” is capitalized “Foreign Ministry” elsewhere in this document (2 times)")
        #expect(found.first.map { document.string($0.range) } == "foreign ministry")
    }

    @Test func manyTermsOfTwoAndThreeWordsEachFindTheirOwnMinority() {
        // Each term twice capitalized and once in lower case, two-word and three-word terms
        // interleaved, so that pair ids and long-term ids both run well past each other.
        let count = 120
        var text = ""
        func term(_ number: Int) -> String {
            let words = number % 2 == 0 ? [Self.word(3 * number), Self.word(3 * number + 1)]
                : [Self.word(3 * number), Self.word(3 * number + 1), Self.word(3 * number + 2)]
            return words.joined(separator: " ")
        }
        for number in 0..<count { text += "Then the \(term(number)) met.\n" }
        for number in 0..<count { text += "Then the \(term(number)) left.\n" }
        for number in 0..<count { text += "Then the \(term(number).lowercased()) came.\n" }
        let found = hits(text)
        #expect(found.count == count)
        for number in 0..<count {
            let message = "“\(term(number).lowercased())” is capitalized “\(term(number))” elsewhere in this document (2 times)"
            #expect(found.filter { $0.message == message }.count == 1, "\(term(number))")
        }
    }

    /// A term's occurrences are spelled out only when one differs from the first, form for
    /// form or in the spaces between its words: the first occurrence's forms and spacing are
    /// what the others are held against, whether it comes first or last in the text.
    @Test(arguments: [
        // (text, the spellings reported)
        ("Officials said the Foreign  Ministry agreed. Later the Foreign Ministry spoke. Then the Foreign Ministry left.", ["Foreign  Ministry"]),
        ("Officials said the Foreign Ministry agreed. Later the Foreign  Ministry spoke. Then the Foreign Ministry left.", ["Foreign  Ministry"]),
        ("Officials said the Foreign Ministry agreed. Later the Foreign Ministry spoke. Then the FOREIGN Ministry left.", ["FOREIGN Ministry"]),
        ("Officials said the FOREIGN Ministry agreed. Later the Foreign Ministry spoke. Then the Foreign Ministry left.", ["FOREIGN Ministry"]),
        // A line break between the words reads as a space: one spelling, nothing reported.
        ("Officials said the Foreign\nMinistry agreed. Later the Foreign Ministry spoke. Then the Foreign Ministry left.", []),
        ("Officials said the State Duma Committee agreed. Later the State  Duma Committee spoke. Then the State Duma Committee left.", ["State  Duma Committee"]),
        ("Officials said the State Duma Committee agreed. Later the State Duma Committee spoke. Then the State Duma Committee left.", []),
    ])
    func anOccurrenceIsHeldAgainstTheFirst(_ text: String, _ reported: [String]) {
        let document = Document(text: text)
        #expect(hits(text).map { document.string($0.range) } == reported)
    }

    /// Longer terms that share their first words branch apart after them: an occurrence is
    /// a term only where a whole term ends, not at a word another term goes on past.
    @Test func termsSharingTheirFirstWordsAreToldApart() {
        let text = """
            Then the State Duma Committee Chairman spoke. Then the State Duma Committee Chairman left. \
            Then the state duma committee chairman came. Then the State Duma Building stood, and the \
            state duma committee hall was empty. Then the State Duma Building fell, and the state duma building stayed.
            """
        let document = Document(text: text)
        #expect(hits(text).map { document.string($0.range) } == ["state duma committee chairman", "state duma building"])
    }

    @Test func listedWordsAreFoundAsTheStringListsFindThem() {
        let text = "In the Hall of Fame and on the Board for the Arts, a de facto Head as an Aide to Him, but or with By From At."
        let document = Document(text: text)
        let facts = WordFacts(document)
        let connectors = facts.vocabularyMask(Set(CaseVariants.connectors)), leading = facts.vocabularyMask(Set(CaseVariants.leading))
        let expected = zip(connectors, leading).map { ($0 ? CaseVariants.connectorBit : 0) | ($1 ? CaseVariants.leadingBit : 0) }
        #expect(CaseVariants.listedBits(facts) == expected)
        #expect(expected.contains(CaseVariants.connectorBit | CaseVariants.leadingBit) && expected.contains(CaseVariants.leadingBit))
    }

    @Test func aTermOfAPairIsFoundOnlyWhereAllItsWordsJoin() {
        // "Foreign Ministry" and "Foreign Ministry Office" share a pair; the comma ends the
        // longer term at the fourth sentence but not the shorter one.
        let text = """
            The Foreign Ministry Office said. The Foreign Ministry Office met. The Foreign Ministry spoke.
            Later the foreign ministry, office staff left. Then the foreign ministry office closed.
            """
        let document = Document(text: text)
        let found = CaseVariants.hits(document, facts: WordFacts(document))
        #expect(found.map { document.string($0.range) } == ["foreign ministry", "foreign ministry", "foreign ministry office"])
        #expect(found.map(\.message) == [
            "“foreign ministry” is capitalized “Foreign Ministry” elsewhere in this document (3 times)",
            "“foreign ministry” is capitalized “Foreign Ministry” elsewhere in this document (3 times)",
            "“foreign ministry office” is capitalized “Foreign Ministry Office” elsewhere in this document (2 times)",
        ])
    }

    /// A term's words first in a sentence or a line say nothing of its case: such an
    /// occurrence is neither counted nor reported, though its words are marked as a possible
    /// start like any other.
    @Test func occurrencesFirstInASentenceOrALineAreLeftOut() {
        let text = """
            The Foreign Ministry said. The Foreign Ministry met. Foreign ministry staff left.
            Foreign ministry staff came, and the foreign ministry denied it.
            """
        let document = Document(text: text)
        let found = CaseVariants.hits(document, facts: WordFacts(document))
        #expect(found.map { document.string($0.range) } == ["foreign ministry"])
        #expect(found.map(\.message) == ["“foreign ministry” is capitalized “Foreign Ministry” elsewhere in this document (2 times)"])
    }

    /// The message is put together from bytes: it must read as the interpolated text does.
    @Test func messagesReadAsInterpolated() {
        for (minority, majority, count) in [("foreign ministry", "Foreign Ministry", 1), ("état major", "État Major", 2), ("", "Ab Cd", 12_345)] {
            let interpolated = "“\(minority)” is capitalized “\(majority)” elsewhere in this document (\(count) \(count == 1 ? "time" : "times"))"
            #expect(CaseVariants.message(minority: minority, majority: majority, count: count) == interpolated)
        }
    }
}
