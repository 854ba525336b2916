import FoundationEssentials

/// Writes `reports/index.html`, the dashboard of a reports folder: totals, a chart of findings
/// over time and one per family, and a table of every report (newest first) with a search box,
/// a status filter and pages of 100 rows.
///
/// The page is one self-contained file: the index travels inside it as a JSON data block
/// (browsers refuse to fetch a neighbouring `index.json` from a `file://` page) and the script
/// draws only the rows of the current page, so a folder of 10,000 reports opens quickly.
public struct DashboardWriter: Sendable {
    public init() {}

    /// The page for `entries` (newest first, as ``Dashboard`` keeps them).
    public func render(_ entries: [DashboardEntry]) -> [UInt8] {
        let index = DashboardIndex(entries: entries)
        return render(entries, indexJSON: (try? index.encoded()) ?? Array("{\"entries\":[]}".utf8))
    }

    /// The page, embedding `indexJSON` (the encoded index of `entries`, as written to
    /// `index.json`), so an update encodes the index once for both files.
    func render(_ entries: [DashboardEntry], indexJSON: [UInt8]) -> [UInt8] {
        var html = HTMLBuilder(capacity: entries.count * 320 + 32_768)
        let families = FamilyStyle.keys.filter { key in entries.contains { $0.families[key] != nil } }
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLReportWriter.contentSecurityPolicy(scriptHash: DashboardScript.hash))\">\n")
        html.raw("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"generator\" content=\"mtlint\">\n<title>mtlint — translation reports</title>\n")
        html.raw("<style>\n\(HTMLReportStyle.families)\n\(HTMLReportStyle.base)\n\(DashboardStyle.rules)</style>\n</head>\n<body>\n<div class=\"wrap\">\n")
        header(entries, into: &html)
        html.raw("<div class=\"charts\"><section class=\"card\"><h2>Findings over time</h2>")
        TimelineChart.render(entries, into: &html)
        html.raw("</section><section class=\"card\"><h2>Findings per family</h2>")
        var totals: [String: Int] = [:]
        for entry in entries { totals.merge(entry.families, uniquingKeysWith: +) }
        FamilyChart.render(FamilyStyle.keys.compactMap { key in totals[key].map { (key, $0) } }, width: 320, into: &html)
        html.raw("<dl class=\"meta\">")
        for (label, value) in [("Words checked", entries.reduce(0) { $0 + $1.words }), ("Errors", entries.reduce(0) { $0 + $1.errors }),
                               ("Warnings", entries.reduce(0) { $0 + $1.warnings }), ("Infos", entries.reduce(0) { $0 + $1.infos })] {
            html.raw("<div><dt>\(label)</dt><dd>\(ReportFormat.grouped(value))</dd></div>")
        }
        html.raw("</dl></section></div>\n")
        table(families, into: &html)
        html.raw("</div>\n<script type=\"application/json\" id=\"index-data\">")
        html.raw(Self.scriptSafe(indexJSON))
        html.raw("</script>\n<script type=\"application/json\" id=\"family-data\">")
        html.raw(Self.scriptSafe(Array("[\(families.map { "\"\($0)\"" }.joined(separator: ","))]".utf8)))
        html.raw("</script>\n<script>\(DashboardScript.source)</script>\n</body>\n</html>\n")
        return html.bytes
    }

    private func header(_ entries: [DashboardEntry], into html: inout HTMLBuilder) {
        let failed = entries.count { $0.status == .failed }
        let findings = entries.reduce(0) { $0 + $1.findings }
        let errors = entries.reduce(0) { $0 + $1.errors }
        html.raw("<header class=\"card top\"><div><div class=\"kicker\">mtlint dashboard</div><h1>Translation reports</h1>")
        if let newest = entries.map(\.checkedAt).max() {
            let date = Date(timeIntervalSince1970: newest)
            html.raw("<div class=\"path\">Last checked <time datetime=\"\(ReportFormat.iso(date))\">\(ReportFormat.display(date))</time></div>")
        }
        html.raw("</div><div class=\"stats\" id=\"stats\">")
        stat(entries.count, "articles", "articles", bad: false, into: &html)
        stat(failed, "failed", "could not be checked", bad: failed > 0, into: &html)
        stat(findings, "findings", "findings", bad: false, into: &html)
        stat(errors, "errors", "errors", bad: errors > 0, into: &html)
        html.raw("</div></header>\n")
    }

    private func stat(_ value: Int, _ id: String, _ label: String, bad: Bool, into html: inout HTMLBuilder) {
        html.raw("<div class=\"stat\(bad ? " bad" : "")\" data-stat=\"\(id)\" data-count=\"\(value)\"><b>\(ReportFormat.grouped(value))</b><span>\(label)</span></div>")
    }

    private func table(_ families: [String], into html: inout HTMLBuilder) {
        html.raw("<section class=\"card list\"><div class=\"toolbar\"><h2>Reports</h2>")
        html.raw("<input type=\"search\" id=\"search\" placeholder=\"Search file names and errors…\" aria-label=\"Search\">")
        html.raw("<select id=\"status\" aria-label=\"Status\"><option value=\"\">All</option><option value=\"done\">Done</option><option value=\"failed\">Failed</option></select>")
        html.raw("<span id=\"info\"></span><button type=\"button\" id=\"prev\">‹ Newer</button><button type=\"button\" id=\"next\">Older ›</button></div>\n")
        html.raw("<table><thead><tr><th>Checked (UTC)</th><th>File</th><th>Status</th><th class=\"num\">Words</th>")
        for key in families {
            html.raw("<th class=\"num fam-\(key)\"><span class=\"swatch\"></span>\(FamilyStyle.title(key))</th>")
        }
        html.raw("<th class=\"num\">Errors</th><th class=\"num\">Warnings</th></tr></thead>\n<tbody id=\"rows\"></tbody></table>")
        html.raw("<noscript><p class=\"empty\">The table needs JavaScript; the same data is in index.json.</p></noscript></section>\n")
    }

    /// JSON that cannot end the `<script>` data block it sits in: `<`, `>` and `&` (which only
    /// occur inside strings) become `\u` escapes.
    static func scriptSafe(_ data: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): output.append(contentsOf: "\\u0026".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
