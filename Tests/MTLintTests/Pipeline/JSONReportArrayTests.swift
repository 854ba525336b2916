import Testing
@testable import MTLint

/// Reports encoded one by one and put together are the bytes of the array encoded at once,
/// whether they are gathered in one buffer or passed on as they are.
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
        let checker = try Checker()
        #expect(all.contains { !$0.findings.isEmpty })
        // A report larger than the gathering buffer's share goes out on its own.
        let large = checker.check(Document(text: String(repeating: "The the sentence. Mоscow and Москва.\n", count: 3_000), path: "large.txt"))
        #expect(JSONReportWriter.encodeElement(large).count > 1 << 16)
        let withLarge = [all[0], large, all[1], large]
        var pieces = 0
        var streamed: [UInt8] = []
        JSONReportArray.write(withLarge.map(JSONReportWriter.encodeElement)) { streamed.append(contentsOf: $0); pieces += 1 }
        #expect(streamed == JSONReportWriter.encode(withLarge))
        #expect(pieces > 1)
        for count in 0...all.count {
            let some = Array(all.prefix(count))
            #expect(JSONReportArray.join(some.map(JSONReportWriter.encodeElement)) == JSONReportWriter.encode(some))
        }
    }
}
