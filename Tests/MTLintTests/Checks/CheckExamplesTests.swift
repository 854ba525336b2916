import Testing
@testable import MTLint

/// Every registered check's own examples are its tests: passing examples must give no hit,
/// failing examples exactly the marked ranges. Each failing example runs again behind a
/// line of multi-byte text, which catches offset bugs.
@Suite struct CheckExamplesTests {
    static let services = UnicodeServices()
    static let checks = CheckRegistry.all.map { CheckCase(type: $0) }

    @Test("passing examples give no hit", arguments: checks)
    func passing(_ checkCase: CheckCase) throws {
        let description = checkCase.type.description
        #expect(!description.passing.isEmpty, "\(description.id) has no passing examples")
        for example in description.passing {
            let hits = try run(checkCase.type, example, prefix: "")
            #expect(hits.isEmpty, "\(description.id) flagged a passing example: \(example.markedText.debugDescription) -> \(hits.map(\.message))")
        }
    }

    @Test("failing examples give exactly the marked hits", arguments: checks)
    func failing(_ checkCase: CheckCase) throws {
        let description = checkCase.type.description
        #expect(!description.failing.isEmpty, "\(description.id) has no failing examples")
        for example in description.failing {
            for prefix in ["", "Привет, мир — ünïcödé 🇷🇺 prefix.\n\n"] {
                let expected = example.textAndExpectedRanges.ranges.map {
                    ($0.lowerBound + prefix.utf8.count)..<($0.upperBound + prefix.utf8.count)
                }
                let hits = try run(checkCase.type, example, prefix: prefix)
                    .filter { prefix.isEmpty || $0.range.lowerBound >= prefix.utf8.count }
                #expect(!expected.isEmpty, "\(description.id): failing example without ⟦⟧ markers: \(example.markedText)")
                let actual = hits.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
                #expect(actual == expected, "\(description.id) on \(example.markedText.debugDescription) (prefix \(prefix.isEmpty ? "none" : "multi-byte")): got \(hits.map { "\($0.range) \($0.message)" })")
            }
        }
    }

    private func run(_ type: any Check.Type, _ example: CheckExample, prefix: String) throws -> [Hit] {
        let check = try type.init(options: example.options)
        let document = Document(text: prefix + example.textAndExpectedRanges.text)
        let source = example.source.map { Document(text: $0, path: "<source>") }
        let glossary = try example.glossary.map { Glossary(concepts: try GlossaryTSVReader.read($0, path: "<example glossary>")) }
        return check.check(document, context: CheckContext(unicode: Self.services, source: source, glossary: glossary))
    }
}

/// Wraps a check type so Swift Testing can name each parameterized case.
struct CheckCase: Sendable, CustomTestStringConvertible {
    let type: any Check.Type
    var testDescription: String { type.description.id }
}
