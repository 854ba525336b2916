import Foundation
import Testing
@testable import MTLint

@Suite struct DashboardTests {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "mtlint-dashboard-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func report(_ file: String, russian: Int = 1) -> Report {
        let document = Document(text: String(repeating: "Кот. ", count: russian) + "Cat.", path: file)
        return try! Checker().check(document)
    }

    private func page(_ folder: String) throws -> String {
        try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
    }

    @Test func updateAddsReplacesAndKeepsNewestFirst() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dashboard = Dashboard(reportsFolder: folder)
        try dashboard.update(with: report("a.txt"), name: "a.txt", checkedAt: Date(timeIntervalSince1970: 1000))
        try dashboard.update(with: report("b.txt"), name: "b.txt", checkedAt: Date(timeIntervalSince1970: 2000))
        try dashboard.update(with: Report(file: "c.bin", failure: "binary data, not text"), name: "c.bin", checkedAt: Date(timeIntervalSince1970: 1500))
        // Checked again: the new entry replaces the old one.
        try dashboard.update(with: report("a.txt", russian: 3), name: "a.txt", checkedAt: Date(timeIntervalSince1970: 3000))
        let entries = try dashboard.entries()
        #expect(entries.map(\.name) == ["a.txt", "b.txt", "c.bin"])
        #expect(entries[0].families == ["leftover": entries[0].findings])
        #expect(entries[2].status == .failed)
        #expect(entries[2].error == "binary data, not text")
        let page = try page(folder)
        #expect(page.contains("data-stat=\"articles\" data-count=\"3\""))
        #expect(page.contains("data-stat=\"failed\" data-count=\"1\""))
        let leftFiles = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftFiles.isEmpty, "atomic writes leave no temporary files")
    }

    @Test func hostileFileNamesCannotEndTheDataBlock() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "</script><script>alert(1)</script>&<!--.txt"
        try Dashboard(reportsFolder: folder).update(with: Report(file: "inbox/" + name, failure: "<b>bad</b>"), name: name)
        let page = try page(folder)
        #expect(page.components(separatedBy: "<script").count == 4, "two data blocks and the page's own script")
        #expect(page.components(separatedBy: "</script").count == 4)
        #expect(!page.contains("<!--"))
        #expect(page.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
        #expect(page.contains("script-src '\(DashboardScript.hash)'"))
    }

    @Test func regenerateRebuildsFromJSONReports() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (index, name) in ["one.txt", "two.txt", "three.txt"].enumerated() {
            let path = "\(folder)/\(name).json"
            try Data(JSONReportWriter.encode(report(name, russian: index + 1))).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_700_000_000 + index * 60))], ofItemAtPath: path)
        }
        try Data("{\"not\": \"a report\"}".utf8).write(to: URL(fileURLWithPath: folder + "/settings.json"))
        let dashboard = Dashboard(reportsFolder: folder)
        try dashboard.regenerate()
        let entries = try dashboard.entries()
        #expect(entries.map(\.name) == ["three.txt", "two.txt", "one.txt"])
        #expect(entries.map(\.checkedAt) == [1_700_000_120, 1_700_000_060, 1_700_000_000])
        #expect(try page(folder).contains("Findings over time"))
    }

    /// After a kill -9, the reports written but not yet recorded are added, and only they.
    @Test func addMissingListsOnlyTheReportsTheIndexLacks() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dashboard = Dashboard(reportsFolder: folder)
        try Data(JSONReportWriter.encode(report("listed.txt"))).write(to: URL(fileURLWithPath: "\(folder)/listed.txt.json"))
        try dashboard.update(with: report("listed.txt", russian: 2), name: "listed.txt", checkedAt: Date(timeIntervalSince1970: 1000))
        try Data(JSONReportWriter.encode(report("lost.txt", russian: 3))).write(to: URL(fileURLWithPath: "\(folder)/lost.txt.json"))
        #expect(try dashboard.addMissing() == 1)
        let entries = try dashboard.entries()
        #expect(Set(entries.map(\.name)) == ["listed.txt", "lost.txt"])
        // The listed entry is kept as it was recorded, not re-read from its report.
        #expect(entries.first { $0.name == "listed.txt" }?.checkedAt == 1000)
        #expect(try dashboard.addMissing() == 0)
    }

    /// Workers of a daemon update one folder at the same time; the lock keeps every entry.
    @Test func concurrentUpdatesLoseNothing() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = report("x.txt")
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            try! Dashboard(reportsFolder: folder).update(with: sample, name: "file-\(index).txt")
        }
        #expect(try Dashboard(reportsFolder: folder).entries().count == 40)
    }

    @Test func corruptIndexIsAnErrorNamingTheFile() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: folder + "/index.json"))
        #expect(throws: InputError.self) { try Dashboard(reportsFolder: folder).update(with: report("a.txt"), name: "a.txt") }
        // regenerate() recovers.
        try Dashboard(reportsFolder: folder).regenerate()
        #expect(try Dashboard(reportsFolder: folder).entries().isEmpty)
    }

    @Test func timelineBucketsSpanTheFolder() {
        var entries: [DashboardEntry] = []
        for day in 0..<10 {
            entries.append(DashboardEntry(report: report("d\(day).txt", russian: day % 3 + 1), name: "d\(day).txt",
                                          checkedAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(day) * 86400)))
        }
        var html = HTMLBuilder()
        TimelineChart.render(entries, into: &html)
        let svg = String(decoding: html.bytes, as: UTF8.self)
        #expect(svg.components(separatedBy: "<rect class=\"bar fam-leftover\"").count - 1 == 10)
        #expect(svg.contains(">2023-11-14<"))
    }
}
