/// Writes a compact Markdown summary of a report to paste into chat or a ticket: the file and
/// its counts, then one list item per finding with `line:column`, the text in a code span,
/// the message and the suggestion.
///
/// Everything from the article or the file name is either in a code span with a fence longer
/// than any backtick run inside it, or escaped (`<`, `>` and `&` as entities, Markdown
/// punctuation that could start emphasis, code or a link with backslashes), so pasted text cannot inject links, HTML or formatting.
public struct MarkdownReportWriter: Sendable {
    /// Longest finding text shown, in characters; longer texts are cut with "…".
    public var maximumTextLength: Int

    public init(maximumTextLength: Int = 200) {
        self.maximumTextLength = maximumTextLength
    }

    public func render(_ report: Report) -> String {
        var lines = ["### mtlint: \(Self.codeSpan(report.file))", ""]
        if let error = report.error {
            lines.append("**Could not be checked:** \(Self.escaped(error))")
            return lines.joined(separator: "\n") + "\n"
        }
        let summary = report.summary
        var facts = [
            "**\(summary.errors)** \(summary.errors == 1 ? "error" : "errors")",
            "**\(summary.warnings)** \(summary.warnings == 1 ? "warning" : "warnings")",
            "**\(summary.infos)** \(summary.infos == 1 ? "info" : "infos")",
        ].joined(separator: " · ")
        facts += " — \(ReportFormat.grouped(summary.words)) words"
        if let encoding = report.encoding { facts += ", \(Self.escaped(encoding))" }
        lines.append(facts)
        let families = FamilyStyle.counts(report.findings)
        if !families.isEmpty {
            lines.append("")
            lines.append(families.map { "\(FamilyStyle.title($0.key)): \($0.count)" }.joined(separator: " · "))
        }
        if !report.findings.isEmpty { lines.append("") }
        for finding in report.findings {
            var item = "- **\(finding.line):\(finding.column)** \(finding.severity.rawValue) "
                + "\(Self.codeSpan(shortened(finding.text))) — \(Self.escaped(finding.message))"
            if let related = finding.related { item += " (see line \(related.line))" }
            if let suggestion = finding.suggestion, !suggestion.isEmpty {
                item += " → \(Self.codeSpan(shortened(suggestion)))"
            }
            item += " (\(Self.escaped(finding.check)))"
            lines.append(item)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Several reports, one section each.
    public func render(_ reports: [Report]) -> String {
        reports.map(render).joined(separator: "\n")
    }

    private func shortened(_ text: String) -> String {
        let flat = TextReportWriter.oneLine(text)
        return flat.utf8.count > maximumTextLength && flat.count > maximumTextLength ? String(flat.prefix(maximumTextLength)) + "…" : flat
    }

    /// `text` as an inline code span: fenced by one more backtick than its longest run of
    /// backticks, padded with spaces where CommonMark would otherwise merge or strip them.
    static func codeSpan(_ text: String) -> String {
        let flat = TextReportWriter.oneLine(text)
        guard !flat.isEmpty else { return "*(empty)*" }
        // Backticks are counted as code points (bytes), as CommonMark counts them.
        var longest = 0
        var run = 0
        for byte in flat.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.first == "`" || flat.last == "`" || (flat.first == " " && flat.last == " ") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Plain text made inert: entities for HTML, backslashes for Markdown punctuation.
    /// Works on bytes: every character it changes is ASCII, and an ASCII byte is never part
    /// of a longer UTF-8 sequence (so a mark combined with `*` is escaped too, as it should be).
    static func escaped(_ text: String) -> String {
        let flat = TextReportWriter.oneLine(text)
        var result: [UInt8] = []
        result.reserveCapacity(flat.utf8.count + 16)
        for byte in flat.utf8 {
            switch byte {
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "&"): result += "&amp;".utf8
            // Only what can start emphasis, code, a link or a table cell mid-line; list and
            // heading markers cannot appear because no escaped text starts a line.
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
