import Foundation
import Testing
@testable import MTLint

@Suite struct JSONReportWriterTests {
    private func sampleReport() throws -> Report {
        let checker = try Checker()
        return checker.check(Document(text: "Line \"one\"\twith Mоscow\nи\u{2028}тут", path: "in/a\"b.txt"))
    }

    @Test func keysFollowTheContractOrderAndRoundTrip() throws {
        let report = try sampleReport()
        let text = String(decoding: JSONReportWriter.encode(report), as: UTF8.self)
        let file = try #require(text.range(of: "\"file\""))
        let encoding = try #require(text.range(of: "\"encoding\""))
        let findings = try #require(text.range(of: "\"findings\""))
        let summary = try #require(text.range(of: "\"summary\""))
        #expect(file.lowerBound < encoding.lowerBound && encoding.lowerBound < findings.lowerBound && findings.lowerBound < summary.lowerBound)
        #expect(text.contains(#""file": "in/a\"b.txt""#))
        let decoded = try JSONDecoder().decode(Report.self, from: Data(text.utf8))
        #expect(decoded.findings == report.findings)
        #expect(decoded.summary == report.summary)
    }

    @Test func stringsAreEscapedForJSONAndJavaScript() {
        let value = JSONValue.object([("k\"", .string("a\u{2028}b\u{1}c\\"))])
        #expect(value.serialized(pretty: false) == #"{"k\"":"a\u2028b\u0001c\\"}"#)
    }

    @Test func anArrayOfReportsIsValidJSON() throws {
        let report = try sampleReport()
        let failed = Report(file: "bad.bin", failure: "binary data")
        let data = Data(JSONReportWriter.encode([report, failed]))
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[1]["error"] as? String == "binary data")
        #expect(array[1]["encoding"] is NSNull)
    }
}
