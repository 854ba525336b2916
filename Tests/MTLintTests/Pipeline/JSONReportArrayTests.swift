import Testing
@testable import MTLint

/// Reports encoded one by one and joined are the bytes of the array encoded at once.
@Suite struct JSONReportArrayTests {
    private func reports() throws -> [Report] {
        let checker = try Checker()
        let texts = [
            "The premier said \u{201C}hello\u{201D}.\n\nПремьер-министр сказал.\n",
            "",
            "A line\twith a tab and the the doubling, \\ \" \u{2028} quotes.\r\nсoffee with a Cyrillic с\n",
        ]
        var result = texts.enumerated().map { checker.check(Document(text: $1, path: "n\u{00E9}\"\($0).txt")) }
        result.append(Report(file: "broken.txt", failure: "line 3: binary data"))
        return result
    }

    @Test func joiningEncodedReportsGivesTheArrayEncoding() throws {
        let all = try reports()
        #expect(all.contains { !$0.findings.isEmpty })
        for count in 0...all.count {
            let some = Array(all.prefix(count))
            #expect(JSONReportArray.join(some.map(JSONReportWriter.encode)) == JSONReportWriter.encode(some))
        }
    }
}
