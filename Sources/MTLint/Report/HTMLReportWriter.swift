import FoundationEssentials

/// Writes one article's report as a self-contained HTML page for editors: the whole text with
/// every finding marked in place (colour by check family, intensity by severity), the
/// transliteration or approved term beside it, a side panel of findings by family linking to
/// their places, family and severity filters, and print styles.
///
/// The page loads nothing from outside (no fonts, scripts or images) and escapes every piece
/// of article text, finding text and file name. Its Content-Security-Policy allows only its own
/// inline script, by hash, so even markup that slipped through could not run a script.
public struct HTMLReportWriter: Sendable {
    /// When the input was checked, shown in the header.
    public var checkedAt: Date

    public init(checkedAt: Date = Date()) {
        self.checkedAt = checkedAt
    }

    /// The page for `report`. `document` is the text the report was made from; without it
    /// (a failed input) the page shows the findings or the error but not the article.
    public func render(_ report: Report, document: Document?) -> [UInt8] {
        var html = HTMLBuilder(capacity: (document?.utf8.count ?? 0) * 2 + 16_384)
        let name = report.file.split(separator: "/").last.map(String.init) ?? report.file
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy(scriptHash: HTMLReportScript.hash))\">\n")
        html.raw("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"generator\" content=\"mtlint\">\n<title>")
        html.text(name)
        html.raw(" — mtlint report</title>\n<style>\n\(HTMLReportStyle.page)</style>\n</head>\n<body>\n<div class=\"wrap\">\n")
        header(report, name: name, into: &html)
        if let error = report.error {
            html.raw("<section class=\"card failure\" id=\"failure\"><h2>This file could not be checked</h2><p>")
            html.text(error)
            html.raw("</p></section>\n")
        } else {
            filters(report, into: &html)
            html.raw("<div class=\"layout\">\n<main class=\"card article\" id=\"article\">\n")
            if let document {
                MarkedText(document: document, findings: report.findings).render(into: &html)
            } else {
                html.raw("<p class=\"empty\">The article text is not available.</p>")
            }
            html.raw("\n</main>\n")
            panel(report, into: &html)
            html.raw("</div>\n")
        }
        html.raw("<footer>Checked by mtlint on \(ReportFormat.display(checkedAt)).</footer>\n</div>\n")
        html.raw("<script>\(HTMLReportScript.source)</script>\n</body>\n</html>\n")
        return html.bytes
    }

    /// Nothing may load from anywhere; the only script is the page's own (by hash); styles
    /// are inline; forms and `<base>` are disabled.
    static func contentSecurityPolicy(scriptHash: String) -> String {
        "default-src 'none'; script-src '\(scriptHash)'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    }

    private func header(_ report: Report, name: String, into html: inout HTMLBuilder) {
        html.raw("<header class=\"card top\">\n<div class=\"head\"><div class=\"kicker\">mtlint translation report</div><h1 id=\"file-name\">")
        html.text(name)
        html.raw("</h1><div class=\"path\">")
        html.text(report.file)
        html.raw("</div>\n<dl class=\"meta\">")
        meta("Encoding", report.encoding ?? "—", into: &html)
        meta("Words", ReportFormat.grouped(report.summary.words), into: &html)
        html.raw("<div><dt>Checked</dt><dd><time datetime=\"\(ReportFormat.iso(checkedAt))\">\(ReportFormat.display(checkedAt))</time></dd></div>")
        if let source = report.source { meta("Russian original", source, into: &html) }
        html.raw("</dl>\n<div class=\"totals\" id=\"totals\">")
        if report.error != nil {
            html.raw("<span class=\"pill failed\">not checked</span>")
        } else if report.findings.isEmpty {
            html.raw("<span class=\"pill ok\">no findings</span>")
        } else {
            pill(report.summary.errors, "error", into: &html)
            pill(report.summary.warnings, "warning", into: &html)
            pill(report.summary.infos, "info", into: &html)
        }
        html.raw("</div></div>\n")
        if report.error == nil { FamilyChart.render(FamilyStyle.counts(report.findings), into: &html) }
        html.raw("\n</header>\n")
    }

    private func meta(_ label: String, _ value: String, into html: inout HTMLBuilder) {
        html.raw("<div><dt>\(label)</dt><dd>")
        html.text(value)
        html.raw("</dd></div>")
    }

    private func pill(_ count: Int, _ severity: String, into html: inout HTMLBuilder) {
        html.raw("<span class=\"pill \(count > 0 ? severity : "")\" data-severity=\"\(severity)\" data-count=\"\(count)\">\(count) \(severity)\(count == 1 ? "" : "s")</span>")
    }

    private func filters(_ report: Report, into html: inout HTMLBuilder) {
        let counts = FamilyStyle.counts(report.findings)
        guard !counts.isEmpty else { return }
        html.raw("<div class=\"card filters noprint\" id=\"filters\" role=\"group\" aria-label=\"Filters\"><span class=\"label\">Show</span>")
        for (key, count) in counts {
            html.raw("<label class=\"chip fam-\(key)\"><input type=\"checkbox\" id=\"show-fam-\(key)\" checked><span class=\"swatch\"></span>\(FamilyStyle.title(key)) <b>\(count)</b></label>")
        }
        html.raw("<span class=\"sep\"></span>")
        for severity in Severity.allCases.reversed() {
            let count = report.findings.count { $0.severity == severity }
            guard count > 0 else { continue }
            html.raw("<label class=\"chip\"><input type=\"checkbox\" id=\"show-sev-\(severity.rawValue)\" checked>\(severity.rawValue)s <b>\(count)</b></label>")
        }
        html.raw("<span class=\"hint\"><kbd>j</kbd> <kbd>k</kbd> next / previous finding</span></div>\n")
    }

    private func panel(_ report: Report, into html: inout HTMLBuilder) {
        html.raw("<aside class=\"card panel\" id=\"panel\" aria-label=\"Findings\">\n<h2>Findings <span class=\"pill\" id=\"total\" data-count=\"\(report.findings.count)\">\(report.findings.count)</span></h2>\n")
        if report.findings.isEmpty {
            html.raw("<p class=\"empty\">No findings: nothing to fix.</p>\n")
        }
        let numbered = report.findings.enumerated().map { (number: $0.offset + 1, finding: $0.element) }
        let groups = Dictionary(grouping: numbered) { FamilyStyle.key(ofCheck: $0.finding.check) }
        for key in FamilyStyle.keys {
            guard let members = groups[key] else { continue }
            html.raw("<section class=\"group fam-\(key)\" data-family=\"\(key)\">\n<h3><span class=\"swatch\"></span>\(FamilyStyle.title(key))<span class=\"count\" data-count=\"\(members.count)\">\(members.count)</span></h3>\n<ol>\n")
            for (number, finding) in members {
                html.raw("<li class=\"item fam-\(key) sev-\(finding.severity.rawValue)\" data-check=\"")
                html.text(finding.check)
                html.raw("\"><a href=\"#f\(number)\"><span class=\"loc\">\(finding.line):\(finding.column)</span><span class=\"sev\">\(finding.severity.rawValue)</span><q>")
                html.text(Self.excerpt(finding.text))
                html.raw("</q><span class=\"msg\">")
                html.text(finding.message)
                if let related = finding.related { html.raw(" <span class=\"rel\">(see line \(related.line))</span>") }
                html.raw("</span>")
                if let suggestion = finding.suggestion, !suggestion.isEmpty {
                    html.raw("<span class=\"sug\">→ ")
                    html.text(suggestion)
                    html.raw("</span>")
                }
                html.raw("</a></li>\n")
            }
            html.raw("</ol>\n</section>\n")
        }
        html.raw("</aside>\n")
    }

    /// A finding's text on one line, shortened for the panel.
    static func excerpt(_ text: String, limit: Int = 160) -> String {
        let flat = TextReportWriter.oneLine(text)
        // A text of at most `limit` bytes has at most `limit` characters: no need to count them.
        return flat.utf8.count > limit && flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
