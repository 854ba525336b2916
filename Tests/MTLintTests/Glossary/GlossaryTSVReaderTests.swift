import Testing
@testable import MTLint

@Suite struct GlossaryTSVReaderTests {
    @Test func readsColumnsInAnyOrderWithCommentsAndBlankLines() throws {
        let text = "\u{FEFF}# newsroom terms\n\nnote\tforbidden\ttarget\tsource\tcase\r\n"
            + "Ukrainian spelling\tKiev | Kyjiw\tKyiv\tКиев\t\r\n"
            + "# a comment between rows\n"
            + "\t\tUS\t\tsensitive\n\n"
        let concepts = try GlossaryTestSupport.tsv(text)
        #expect(concepts.count == 2)
        #expect(concepts[0].target == "Kyiv")
        #expect(concepts[0].forbidden == ["Kiev", "Kyjiw"])
        #expect(concepts[0].sources == ["Киев"])
        #expect(concepts[0].note == "Ukrainian spelling")
        #expect(concepts[0].caseSensitive == false)
        #expect(concepts[0].origin == GlossaryOrigin(path: "test.tsv", line: 4))
        #expect(concepts[1].target == "US" && concepts[1].caseSensitive && concepts[1].note == nil)
        #expect(concepts[1].origin.line == 6)
    }

    /// Fields and variants lose the white space around them, by Unicode's reckoning: ASCII
    /// spaces and tabs, no-break or ideographic spaces, and a space with a combining mark on
    /// it, as Characters are trimmed.
    @Test func fieldsAndVariantsAreTrimmedLikeCharacters() throws {
        let text = "target\tforbidden\tsource\tnote\n"
            + " \u{0B}Kyiv \t Kiev |\u{00A0}Kyjiw\u{3000}| \t \u{00A0} Москва \u{2009}\t \u{0301}x \n"
        let concept = try #require(try GlossaryTestSupport.tsv(text).first)
        #expect(concept.target == "Kyiv")
        #expect(concept.forbidden == ["Kiev", "Kyjiw"])
        #expect(concept.sources == ["Москва"])
        #expect(concept.note == "x")
        let trimmedByCharacters = { (field: String) in field.trimmingSpaces }
        for field in [" a ", "\u{00A0}b", "c\u{00A0}", " \u{0301}d ", "e\u{0301} ", "\t\u{0B}\u{0C}", "", " Ж ", "f g"] {
            #expect(GlossaryTSVReader.trimmed(Array(field.utf8)[...]) == trimmedByCharacters(field), "\(field.debugDescription)")
        }
    }

    /// Random fields of white space, ASCII and Cyrillic letters, combining marks and `|`:
    /// the reader's byte trimming and splitting give what trimming Characters gives.
    @Test func randomFieldsAreTrimmedAndSplitLikeCharacters() throws {
        let pieces = [" ", "\u{0B}", "\u{0C}", "\u{00A0}", "\u{3000}", "\u{0301}", "\u{0483}", "a", "Z", "|", "é",
                      "e\u{0301}", "Ж", "я", "Ѐ", "ѿ", "Ҁ", "ҋ", "\u{200D}", "🇷🇺"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let field = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let withTab = "\t" + field + "\t"
            #expect(GlossaryTSVReader.trimmed(Array(withTab.utf8)[...]) == withTab.trimmingSpaces, "\(withTab.debugDescription)")
            let variants = Array(field.trimmingSpaces.utf8).split(separator: UInt8(ascii: "|"))
                .map { String(decoding: $0, as: UTF8.self).trimmingSpaces }.filter { !$0.isEmpty }
            let concept = try #require(try GlossaryTestSupport.tsv("target\tforbidden\nKyiv\t\(field)\n").first)
            #expect(concept.forbidden == variants, "\(field.debugDescription)")
        }
    }

    @Test func shortRowsLeaveTrailingColumnsEmpty() throws {
        let concepts = try GlossaryTestSupport.tsv("target\tforbidden\tnote\nKyiv\tKiev\n")
        #expect(concepts.first?.forbidden == ["Kiev"] && concepts.first?.note == nil)
    }

    @Test("malformed files name the file and line", arguments: [
        ("target\tforbidden\nKyiv\tKiev\textra\n", 2, "3 tab-separated fields"),
        ("# c\ntarget\tforbidden\tnote\nKyiv    Kiev\n", 3, "no tab"),
        ("target\tflavour\n", 1, "unknown column 'flavour'"),
        ("forbidden\tnote\nKiev\tx\n", 1, "no 'target' column"),
        ("target\ttarget\n", 1, "appears twice"),
        ("target\tcase\nKyiv\tmaybe\n", 2, "case must be"),
        ("target\tforbidden\n\nKyiv\tKiev\n\tKiev\n", 4, "empty target"),
        ("# only a comment\n", 0, "no header row"),
    ])
    func malformed(text: String, line: Int, message: String) {
        let error = GlossaryTestSupport.error { try GlossaryTestSupport.tsv(text, path: "terms.tsv") }
        #expect(error?.path == "terms.tsv")
        #expect(error?.line == line)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        if line > 0 { #expect(error?.description.hasPrefix("terms.tsv:\(line): ") == true) }
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes = Array("target\nKyiv\n".utf8) + [0xFF, 0x0A]
        let error = GlossaryTestSupport.error { try GlossaryTSVReader.read(bytes, path: "bad.tsv") }
        #expect(error == GlossaryError(path: "bad.tsv", line: 3, message: "not valid UTF-8"))
    }

    @Test func shippedGlossaryIsValidAndLarge() throws {
        let path = GlossaryTestSupport.packageRoot.appendingPathComponent("glossary/default.tsv").path
        let concepts = try GlossaryLoader.concepts(at: path)
        #expect(concepts.count >= 80)
        #expect(concepts.allSatisfy { $0.note != nil })
        #expect(GlossaryValidator.problems(in: concepts).isEmpty)
    }
}
