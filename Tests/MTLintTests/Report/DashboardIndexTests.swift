import Foundation
import Testing
@testable import MTLint

@Suite struct DashboardIndexTests {
    /// The hand-written serialization writes what `JSONEncoder` with sorted keys wrote.
    @Test func encodesAsJSONEncoderWithSortedKeysDid() throws {
        let document = Document(text: "Кот и кот. Cat cat.", path: "inbox/a \"quoted\"/name.txt")
        var checked = DashboardEntry(report: try Checker().check(document), name: "a.txt", checkedAt: Date(timeIntervalSince1970: 1_764_083_931.25))
        checked.families["script"] = 2
        let failed = DashboardEntry(report: Report(file: "inbox/b\\c\u{1}.bin", failure: "binary data, not text"),
                                    name: "b.bin", checkedAt: Date(timeIntervalSince1970: 1_764_000_000))
        let index = DashboardIndex(entries: [checked, failed])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = Array(try encoder.encode(index)) + [0x0A]
        let written = try index.encoded()
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        let decoded = try JSONDecoder().decode(DashboardIndex.self, from: Data(written))
        #expect(decoded.entries == index.entries)
    }
}
