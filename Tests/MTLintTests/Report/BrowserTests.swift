import Foundation
import Testing
@testable import MTLint

/// Opens real reports in headless Chromium (Debian's `chromium`, which `.ci/run` installs)
/// and asserts on the DOM after the page's own script ran, and takes screenshots.
@Suite(.serialized) struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { chromium != nil && FileManager.default.fileExists(atPath: TestPaths.seedArticle.path) }
    static let skipReason: Comment = "needs Debian's chromium (apt-get install chromium; .ci/run does) and ../shared/corpus beside the repository"

    static let hostileArticle = """
    Breaking <script>document.title='pwned';document.documentElement.setAttribute('data-pwned','1')</script> news.
    </textarea><img src=x onerror="document.documentElement.setAttribute('data-pwned','2')">
    <a href="javascript:document.documentElement.setAttribute('data-pwned','3')">link</a> {{ 7*7 }}
    Москва встречает гостей
    """

    /// A checked folder: the seed article, a hostile article with a hostile name, and a file
    /// that cannot be checked; HTML reports and the dashboard in `reports/`.
    private struct Fixture {
        let folder: String
        let seedJSON: Report
        var reports: String { folder + "/reports" }
    }

    private func fixture() throws -> Fixture {
        let folder = try TestPaths.temporaryFolder().path
        let seed = TestPaths.seedArticle.path
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: seed, toPath: input + "/000_759a26c277f83cb2.txt")
        try Self.hostileArticle.write(toFile: input + "/<b>\"Tom & Jerry's\" <script>.txt", atomically: true, encoding: .utf8)
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2]).write(to: URL(fileURLWithPath: input + "/scan.txt"))
        let html = try ProgramRun.mtlint(["check", "--format", "html", "--output", folder + "/reports", input])
        #expect(html.status == 2, "the binary file could not be checked")
        let json = try ProgramRun.mtlint(["check", "--format", "json", input + "/000_759a26c277f83cb2.txt"])
        let reports = try JSONDecoder().decode([Report].self, from: Data(json.standardOutput.utf8))
        return Fixture(folder: folder, seedJSON: try #require(reports.first))
    }

    /// The DOM after load, serialized by Chromium; and a screenshot when `screenshot` is given.
    private func open(_ page: String, screenshot: String? = nil, height: Int = 1000) throws -> String {
        let profile = try TestPaths.temporaryFolder().path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let common = ["90", Self.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                      "--user-data-dir=\(profile)", "--window-size=1400,\(height)"]
        if let screenshot {
            let shot = try ProgramRun.run("/usr/bin/timeout", common + ["--screenshot=\(screenshot)", "file://" + page])
            #expect(shot.status == 0, "\(shot.standardError)")
        }
        let dump = try ProgramRun.run("/usr/bin/timeout", common + ["--dump-dom", "file://" + page])
        #expect(dump.status == 0, "\(dump.standardError)")
        return dump.standardOutput
    }

    private func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { (text as NSString).substring(with: match.range(at: $0)) }
        }
    }

    private func expectPNG(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(path) is a PNG")
        #expect(data.count > 20_000, "\(path) shows a rendered page")
    }

    @Test(.enabled(if: available, skipReason)) func seedArticleReport() throws {
        let fixture = try fixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.folder) }
        let dom = try open(fixture.reports + "/000_759a26c277f83cb2.txt.html", screenshot: fixture.folder + "/report.png")
        try expectPNG(fixture.folder + "/report.png")
        #expect(dom.contains("<html lang=\"en\" data-script=\"ran\">"), "the page's own script ran: its CSP hash is right")

        // The seven leftover captions are highlighted, each on the line the JSON report gives.
        let leftovers = fixture.seedJSON.findings.filter { $0.check == "leftover-russian" }
        #expect(leftovers.count == 7)
        for finding in leftovers {
            let line = try matches("<div class=\"line flagged\" id=\"L\(finding.line)\">(.*?)</div>", in: dom)
            let marked = try matches("<mark class=\"hl fam-leftover sev-\\w+\"[^>]*>([^<]*)</mark>", in: line.first?[1] ?? "")
            let text = marked.map { $0[1] }.joined().replacingOccurrences(of: "&nbsp;", with: "\u{00A0}")
            #expect(text == finding.text, "line \(finding.line) marks \(finding.text)")
        }
        let anchors = Set(try matches("<mark class=\"hl fam-leftover[^\"]*\" data-f=\"(\\d+)\"", in: dom).map { $0[1] })
        #expect(anchors.count == 7)

        // The side panel's counts match the JSON report, family by family.
        var expected: [String: Int] = [:]
        for finding in fixture.seedJSON.findings { expected[FamilyStyle.key(ofCheck: finding.check), default: 0] += 1 }
        let groups = try matches("<section class=\"group fam-(\\w+)\" data-family=\"\\w+\">\\s*<h3>.*?<span class=\"count\" data-count=\"(\\d+)\">", in: dom)
        #expect(Dictionary(uniqueKeysWithValues: groups.map { ($0[1], Int($0[2])!) }) == expected)
        #expect(try matches("<li class=\"item ", in: dom).count == fixture.seedJSON.findings.count)
        #expect(dom.contains("id=\"total\" data-count=\"\(fixture.seedJSON.findings.count)\""))
    }

    @Test(.enabled(if: available, skipReason)) func injectedScriptDoesNotRun() throws {
        let fixture = try fixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.folder) }
        let page = fixture.reports + "/<b>\"Tom & Jerry's\" <script>.txt.html"
        let dom = try open(page)
        #expect(dom.contains("data-script=\"ran\""))
        // The article's own text mentions data-pwned; as an attribute it would read data-pwned="…".
        let root = try #require(try matches("<html[^>]*>", in: dom).first?[0])
        #expect(root == "<html lang=\"en\" data-script=\"ran\">", "no injected script, handler or link ran")
        #expect(!dom.contains("data-pwned=\""))
        #expect(!dom.contains("<title>pwned"))
        #expect(dom.contains("&lt;script&gt;document.title='pwned'"), "the script tag is shown as text")
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("<textarea"))
        #expect(!dom.contains("<a href=\"javascript:"))
        #expect(dom.contains("{{ 7*7 }}"))
        #expect(dom.contains("<h1 id=\"file-name\">&lt;b&gt;\"Tom &amp; Jerry's\" &lt;script&gt;.txt</h1>"))
        #expect(dom.contains("<mark class=\"hl fam-leftover"), "the Russian line is still marked")
    }

    @Test(.enabled(if: available, skipReason)) func dashboard() throws {
        let fixture = try fixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.folder) }
        let dom = try open(fixture.reports + "/index.html", screenshot: fixture.folder + "/dashboard.png", height: 900)
        try expectPNG(fixture.folder + "/dashboard.png")
        #expect(dom.contains("data-script=\"ran\""))
        #expect(!dom.contains("data-pwned=\""))
        let rows = try matches("<tr class=\"(row|failed)\">(.*?)</tr>", in: dom)
        #expect(rows.count == 3)
        #expect(rows.filter { $0[1] == "failed" }.count == 1)
        #expect(dom.contains("<span class=\"pill failed\">failed</span><div class=\"reason\">binary data"))
        #expect(dom.contains(">&lt;b&gt;\"Tom &amp; Jerry's\" &lt;script&gt;.txt</a>"))
        #expect(dom.contains("href=\"000_759a26c277f83cb2.txt.html\""))
        #expect(dom.contains("1–3 of 3"))
        // A search in the address filters the table (shareable links).
        let searched = try open(fixture.reports + "/index.html#q=tom%20%26")
        #expect(try matches("<tr class=\"(row|failed)\">", in: searched).count == 1)
        #expect(searched.contains("1–1 of 1"))
        let leftover = fixture.seedJSON.findings.filter { FamilyStyle.key(ofCheck: $0.check) == "leftover" }.count
        #expect(dom.contains("<td class=\"num fam fam-leftover has\">\(leftover)</td>"))
    }

    /// A big folder: the table shows one page of 100 rows, newest first, not all 2,500.
    @Test(.enabled(if: available, skipReason)) func dashboardPaginates() throws {
        let folder = try TestPaths.temporaryFolder().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try Checker().check(Document(text: "Москва. Mоscow.", path: "inbox/x.txt"))
        let entries = (0..<2500).map { index in
            DashboardEntry(report: report, name: "article-\(index).txt", checkedAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 600))
        }
        try Dashboard(reportsFolder: folder).update(with: entries)
        let dom = try open(folder + "/index.html")
        let rows = try matches("<tr class=\"row\">.*?<a href=\"([^\"]+)\"", in: dom)
        #expect(rows.count == 100)
        #expect(rows.first?[1] == "article-2499.txt.html")
        #expect(dom.contains("1–100 of 2500"))
        #expect(dom.contains("data-stat=\"articles\" data-count=\"2500\""))
    }
}
