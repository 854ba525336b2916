import Testing
@testable import MTLint

@Suite struct MarkdownReportWriterTests {
    @Test func matchesGoldenFile() throws {
        let markdown = MarkdownReportWriter().render(HostileArticle.report)
        #expect(markdown == (try Golden.expected("hostile.md", actual: markdown)), "run MTLINT_UPDATE_GOLDEN=1 swift test and review the diff")
    }

    @Test func codeSpansOutfenceBackticks() {
        #expect(MarkdownReportWriter.codeSpan("plain") == "`plain`")
        #expect(MarkdownReportWriter.codeSpan("a `b` c") == "``a `b` c``")
        #expect(MarkdownReportWriter.codeSpan("```triple```") == "```` ```triple``` ````")
        #expect(MarkdownReportWriter.codeSpan("`x") == "`` `x ``")
        #expect(MarkdownReportWriter.codeSpan(" padded ") == "`  padded  `")
        #expect(MarkdownReportWriter.codeSpan("two\nlines") == "`two lines`")
        #expect(MarkdownReportWriter.codeSpan("") == "*(empty)*")
    }

    @Test func plainTextCannotInjectMarkupOrLinks() {
        let escaped = MarkdownReportWriter.escaped("<script>alert(1)</script> [x](javascript:alert(1)) *b* `c` a|b & d\ne")
        #expect(escaped == "&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\*b\\* \\`c\\` a\\|b &amp; d e")
    }

    @Test func everyFindingIsOneListItem() {
        let report = HostileArticle.report
        let markdown = MarkdownReportWriter().render(report)
        let items = markdown.split(separator: "\n").filter { $0.hasPrefix("- **") }
        #expect(items.count == report.findings.count)
        #expect(markdown.hasPrefix("### mtlint: `inbox/<i>\"Tom & Jerry's\"<&>.txt`\n"))
        #expect(markdown.contains("**5** errors · **3** warnings · **4** infos — 60 words, windows-1251"))
        #expect(markdown.contains("- **5:1** error `Москва` — Untranslated &lt;b&gt;Russian&lt;/b&gt; text (1 word) → `Moskva` (leftover-russian)"))
    }

    @Test func failedInput() {
        let markdown = MarkdownReportWriter().render(Report(file: "x.bin", failure: "binary data, not <text>"))
        #expect(markdown == "### mtlint: `x.bin`\n\n**Could not be checked:** binary data, not &lt;text&gt;\n")
    }
}
