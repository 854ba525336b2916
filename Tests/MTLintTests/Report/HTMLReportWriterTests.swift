import Foundation
import Testing
@testable import MTLint

@Suite struct HTMLReportWriterTests {
    private var page: String {
        String(decoding: HTMLReportWriter(checkedAt: HostileArticle.checkedAt).render(HostileArticle.report, document: HostileArticle.document), as: UTF8.self)
    }

    @Test func matchesGoldenFile() throws {
        let page = page
        #expect(page == (try Golden.expected("hostile.html", actual: page)), "run MTLINT_UPDATE_GOLDEN=1 swift test and review the diff")
    }

    /// Nothing from the article, a finding or the file name becomes markup.
    @Test func hostileTextStaysText() {
        let page = page
        #expect(page.components(separatedBy: "<script").count == 2, "only the page's own script")
        for forbidden in ["<textarea", "</textarea", "<a href=\"javascript", "<b>bold", "<img", "<%=", "<i>"] {
            #expect(!page.contains(forbidden), "\(forbidden) must be escaped")
        }
        #expect(page.contains("&lt;script&gt;document.title=&#39;pwned&#39;"))
        #expect(page.contains("&lt;/textarea&gt;&lt;textarea&gt;"))
        #expect(page.contains("{{ constructor.constructor(&#39;alert(1)&#39;)() }}"))
        #expect(page.contains("<h1 id=\"file-name\">&lt;i&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;&amp;&gt;.txt</h1>"))
    }

    @Test func contentSecurityPolicyAllowsOnlyTheOwnScript() throws {
        let page = page
        #expect(page.contains("script-src '\(HTMLReportScript.hash)'"))
        #expect(page.contains("default-src 'none'"))
        #expect(try Self.sha256(HTMLReportScript.source) == HTMLReportScript.hash)
        #expect(try Self.sha256(DashboardScript.source) == DashboardScript.hash)
        #expect(page.contains("<script>\(HTMLReportScript.source)</script>"))
    }

    /// Overlapping, crossing and multi-line findings still give properly nested markup, and
    /// every finding has one anchor that the side panel links to.
    @Test func overlappingFindingsNestProperly() throws {
        let page = page
        try Self.expectBalanced(page)
        let report = HostileArticle.report
        for number in 1...report.findings.count {
            #expect(page.components(separatedBy: "id=\"f\(number)\"").count == 2, "one anchor for finding \(number)")
            #expect(page.contains("<a href=\"#f\(number)\">"), "panel links to finding \(number)")
        }
        let multiLine = try #require(report.findings.firstIndex { $0.check == "repeated-sentence" }) + 1
        #expect(page.components(separatedBy: "data-f=\"\(multiLine)\"").count - 1 == 2, "marked on both of its lines")
        // "sat sat on" and "on the mat" cross: "on" is inside both marks.
        let phrase = try #require(report.findings.firstIndex { $0.text == "sat sat on" }) + 1
        let mat = try #require(report.findings.firstIndex { $0.text == "on the mat" }) + 1
        #expect(page.contains("data-f=\"\(phrase)\"") && page.range(of: #"data-f="\#(phrase)"[^>]*>(<mark [^>]*data-f="\#(mat)"[^>]*>)on</mark></mark>"#, options: .regularExpression) != nil)
    }

    @Test func repetitionsAreStruckAndSuggestionsShownBeside() {
        let page = page
        #expect(page.contains("<mark class=\"hl fam-repetition sev-error cut\""))
        #expect(page.contains("<span class=\"note fam-leftover sev-error\" data-for=\"f"))
        #expect(page.contains(">Moskva</span>"))
        #expect(page.contains(">Kyiv</span>"))
        #expect(page.contains("<span class=\"pin fam-other sev-info\""))
    }

    @Test func panelCountsPerFamily() {
        let page = page
        #expect(page.contains("data-family=\"leftover\">\n<h3><span class=\"swatch\"></span>Leftover Russian<span class=\"count\" data-count=\"3\">"))
        #expect(page.contains("data-family=\"repetition\">\n<h3><span class=\"swatch\"></span>Repetition<span class=\"count\" data-count=\"6\">"))
        #expect(page.contains("<input type=\"checkbox\" id=\"show-fam-terminology\" checked>"))
    }

    @Test func failedInputShowsTheReason() {
        let report = Report(file: "inbox/<scan>.pdf", failure: "binary data, not text <&>")
        let page = String(decoding: HTMLReportWriter(checkedAt: HostileArticle.checkedAt).render(report, document: nil), as: UTF8.self)
        #expect(page.contains("This file could not be checked"))
        #expect(page.contains("binary data, not text &lt;&amp;&gt;"))
        #expect(!page.contains("<scan>"))
    }

    @Test func findingsAtTheEdgesOfTheText() throws {
        let document = Document(text: "Кот\r\nдом")
        var starts = LineLocator(document)
        let whole = Finding(check: "leftover-russian", severity: .error, start: starts.location(of: 0),
                            end: TextLocation(line: 2, column: 4), text: document.text, message: "m", offsets: 0..<document.utf8.count)
        // Offsets inside a character and past the end are clamped, not trusted.
        let odd = Finding(check: "leftover-russian", severity: .warning, start: TextLocation(line: 1, column: 1),
                          end: TextLocation(line: 1, column: 1), text: "", message: "m", offsets: 1..<999)
        let report = Report(file: "a.txt", encoding: "UTF-8", findings: [whole, odd], words: 2)
        let page = String(decoding: HTMLReportWriter().render(report, document: document), as: UTF8.self)
        try Self.expectBalanced(page)
        #expect(page.contains("<mark class=\"hl fam-leftover sev-warning\" data-f=\"2\" id=\"f2\" title=\"warning · leftover-russian: m\">от</mark></mark>"))
        #expect(page.contains("<div class=\"line flagged\" id=\"L2\">"))
    }

    // MARK: helpers

    static func sha256(_ text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let hex = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        process.waitUntilExit()
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return "sha256-" + Data(bytes).base64EncodedString()
    }

    /// Every `<mark>`, `<span>`, `<div>`, `<a>` and `<section>` is closed in the order opened.
    static func expectBalanced(_ page: String) throws {
        let regex = try NSRegularExpression(pattern: "<(/?)(mark|span|div|a|section|ol|li|aside|main|header)\\b[^>]*>")
        var stack: [String] = []
        for match in regex.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
            let closing = (page as NSString).substring(with: match.range(at: 1)) == "/"
            let name = (page as NSString).substring(with: match.range(at: 2))
            if closing {
                let open = stack.popLast()
                #expect(open == name, "</\(name)> closes <\(open ?? "nothing")>")
                if open != name { return }
            } else {
                stack.append(name)
            }
        }
        #expect(stack.isEmpty, "unclosed: \(stack)")
    }
}
