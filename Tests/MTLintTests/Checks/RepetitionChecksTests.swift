import Testing
@testable import MTLint

/// Behaviour of the repetition checks beyond their examples: severities, pointers to the
/// first occurrence, suggestions and options.
@Suite struct RepetitionChecksTests {
    static let services = UnicodeServices()

    private func hits(_ type: any Check.Type, _ text: String, source: String? = nil, options: CheckOptions = [:]) throws -> [Hit] {
        let check = try type.init(options: options)
        let context = CheckContext(unicode: Self.services, source: source.map { Document(text: $0, path: "<source>") })
        return check.check(Document(text: text), context: context)
    }

    @Test func repeatedWordSuggestsDeletingTheSecond() throws {
        let found = try hits(RepeatedWordCheck.self, "We pass at at least one test.")
        #expect(found.count == 1)
        #expect(found.first?.range == 11..<13)
        #expect(found.first?.suggestion == "")
    }

    @Test func coordinationIsAnErrorOnlyWhenTheSourceHasTwoWords() throws {
        let text = "We oppose a balanced and balanced approach."
        let withSource = try hits(RepeatedPhraseCheck.self, text, source: "Мы против взвешенного и сбалансированного подхода.")
        #expect(withSource.map(\.severity) == [nil], "the check's default severity (error)")
        #expect(withSource.first?.suggestion == "balanced")
        let without = try hits(RepeatedPhraseCheck.self, text)
        #expect(without.map(\.severity) == [.warning])
        let faithful = try hits(RepeatedPhraseCheck.self, "Women lead among senior teachers and teachers.",
                                source: "Больше всего женщин среди старших преподавателей и преподавателей.")
        #expect(faithful.isEmpty)
    }

    /// A sentence's count covers its occurrences outside reported paragraphs only: here two
    /// in the first paragraph and one in the last, none of the two in the repeated second.
    @Test func repeatedSentencesCountTheirOccurrencesOutsideReportedParagraphs() throws {
        let sentence = "Alpha beta gamma delta epsilon."
        let paragraph = "\(sentence) Zeta eta theta iota kappa. \(sentence)"
        let found = try hits(RepeatedSentenceCheck.self, "\(paragraph)\n\n\(paragraph)\n\n\(sentence) Lambda mu nu xi omicron.\n")
        #expect(found.map(\.message).sorted() == [
            "This paragraph repeats the one on line 1; delete the repetition",
            "This sentence repeats the one on line 1 (3 times in all); delete the repetition",
        ])
    }

    @Test func loopsAreErrorsWithTheirCount() throws {
        let found = try hits(RepeatedPhraseCheck.self, "Authors: Ivan Shely, Ivan Shely, Ivan Shely, Ivan Shely.")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("4 times") == true)
        #expect(found.first?.severity == nil)
        #expect(RepeatedPhraseCheck.description.defaultSeverity == .error)
    }

    @Test func repeatedSentencePointsAtTheFirst() throws {
        let text = "Intro line.\n\nThe talks were held in Geneva. They lasted a day.\n\nThe talks were held in Geneva."
        let found = try hits(RepeatedSentenceCheck.self, text)
        #expect(found.count == 1)
        #expect(found.first?.relatedOffset == 13)
        #expect(found.first?.message.contains("line 3") == true)
    }

    @Test func boilerplateIsInfoAndConfigurable() throws {
        let text = "Live broadcast now\n\nThe minister spoke at length.\n\nLive broadcast now"
        #expect(try hits(RepeatedSentenceCheck.self, text).map(\.severity) == [.info])
        #expect(try hits(RepeatedSentenceCheck.self, text, options: ["boilerplateWords": .number(2)]).map(\.severity) == [nil])
    }

    @Test func sentencesFarApartAreNotCompared() throws {
        let text = "We have initiatives for both sides.\n\nA.\n\nB.\n\nC.\n\nIn turn, we are ready. We have initiatives for both sides."
        #expect(try hits(RepeatedSentenceCheck.self, text).isEmpty)
    }

    @Test func unknownOptionsAreRejected() {
        #expect(throws: CheckOptionError.self) { try RepeatedWordCheck(options: ["exception": .strings(["x"])]) }
        #expect(throws: CheckOptionError.self) { try RepeatedPhraseCheck(options: ["maximumPhraseWords": .string("ten")]) }
        #expect(throws: CheckOptionError.self) { try RepeatedSentenceCheck(options: ["minimum": .number(3)]) }
    }

    @Test func phraseLengthIsConfigurable() throws {
        let text = "He said that he works honestly, that he works honestly."
        #expect(try hits(RepeatedPhraseCheck.self, text).count == 1)
        #expect(try hits(RepeatedPhraseCheck.self, text, options: ["maximumPhraseWords": .number(3)]).isEmpty)
    }
}
