/// Renders a document's text line by line with every finding marked in place.
///
/// Findings may overlap or nest. The text is cut at every finding boundary and every line
/// end; each piece is wrapped in one `<mark>` per finding covering it, outermost first, and
/// all marks are closed again before the next piece, so the markup always nests correctly and
/// a finding that spans lines is marked on each of them. The first piece of finding N carries
/// `id="fN"`, the target of the side panel's links; a suggestion (a transliteration, an
/// approved term) follows the finding's last piece.
struct MarkedText {
    let document: Document
    let findings: [Finding]

    /// A finding's range moved onto character boundaries and off line endings.
    private struct Span {
        let index: Int
        let start: Int
        let end: Int
        let family: String
        let finding: Finding
    }

    func render(into html: inout HTMLBuilder) {
        let bytes = document.utf8
        let lines = document.lines
        let spans = findings.enumerated().map { index, finding in span(index, finding) }
            .sorted { ($0.start, -$0.end, $0.index) < ($1.start, -$1.end, $1.index) }
        let ranged = spans.filter { $0.end > $0.start }
        // A finding without extent (a missing term, say) is shown as a pin where it applies.
        let pins = spans.filter { $0.end == $0.start }
        let cuts = Set(ranged.flatMap { [$0.start, $0.end] }).sorted()
        var flaggedLines = Set<Int>()
        for span in spans {
            flaggedLines.formUnion(lines.lineIndex(of: span.start)...lines.lineIndex(of: max(span.start, span.end - 1)))
        }
        var nextSpan = 0
        var nextPin = 0
        var active: [Span] = []
        html.raw("<div class=\"text\">")
        for lineIndex in 0..<lines.count {
            let line = lines.range(ofLine: lineIndex)
            let number = lineIndex + 1
            var points = [line.lowerBound]
            var cut = cuts.partitioningIndex { $0 > line.lowerBound }
            while cut < cuts.count, cuts[cut] < line.upperBound {
                points.append(cuts[cut])
                cut += 1
            }
            points.append(line.upperBound)
            let flagged = flaggedLines.contains(lineIndex) ? " flagged" : ""
            // Text extracted from HTML, Markdown or XLIFF is numbered as the file's lines, as findings are.
            let shown = document.origin == nil ? number : document.fileLine(of: line.lowerBound)
            html.raw("<div class=\"line\(flagged)\" id=\"L\(number)\"><a class=\"ln\" href=\"#L\(number)\">\(shown)</a><span class=\"tx\">")
            for (position, start) in points.enumerated() {
                while nextPin < pins.count, pins[nextPin].start <= start {
                    pin(pins[nextPin], into: &html)
                    nextPin += 1
                }
                guard position + 1 < points.count, points[position + 1] > start else { continue }
                let end = points[position + 1]
                while nextSpan < ranged.count, ranged[nextSpan].start <= start {
                    active.append(ranged[nextSpan])
                    nextSpan += 1
                }
                active.removeAll { $0.end <= start }
                for span in active {
                    html.raw("<mark class=\"hl\(classes(span))\" data-f=\"\(span.index + 1)\"")
                    if span.start == start { html.raw(" id=\"f\(span.index + 1)\"") }
                    html.raw(" title=\"")
                    html.text(title(span.finding))
                    html.raw("\">")
                }
                html.text(bytes: bytes[start..<end])
                for _ in active { html.raw("</mark>") }
                for span in active where span.end == end { note(span, into: &html) }
            }
            html.raw("</span></div>\n")
        }
        html.raw("</div>")
    }

    private func pin(_ pin: Span, into html: inout HTMLBuilder) {
        html.raw("<span class=\"pin\(classes(pin))\" id=\"f\(pin.index + 1)\" title=\"")
        html.text(title(pin.finding))
        html.raw("\">◆</span>")
        note(pin, into: &html)
    }

    private func span(_ index: Int, _ finding: Finding) -> Span {
        let bytes = document.utf8
        let lines = document.lines
        var start = min(max(0, finding.offset), bytes.count)
        var end = min(max(start, finding.endOffset), bytes.count)
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        end = max(start, end)
        // A boundary inside a line ending moves to the end of that line's text, or for a
        // start, to the beginning of the next line.
        let startLine = lines.lineIndex(of: start)
        if start > lines.ends[startLine] {
            start = startLine + 1 < lines.count ? lines.starts[startLine + 1] : lines.ends[startLine]
        }
        if end > start {
            let endLine = lines.lineIndex(of: end - 1)
            end = max(start, min(end, lines.ends[endLine]))
        } else {
            end = start
        }
        return Span(index: index, start: start, end: end, family: FamilyStyle.key(ofCheck: finding.check), finding: finding)
    }

    private func classes(_ span: Span) -> String {
        var classes = " fam-\(span.family) sev-\(span.finding.severity.rawValue)"
        if span.family == CheckFamily.repetition.rawValue { classes += " cut" }
        return classes
    }

    /// The tooltip: severity, check, message and suggestion.
    func title(_ finding: Finding) -> String {
        var title = "\(finding.severity.rawValue) · \(finding.check): \(finding.message)"
        if let suggestion = finding.suggestion, !suggestion.isEmpty { title += " → \(suggestion)" }
        return title
    }

    private func note(_ span: Span, into html: inout HTMLBuilder) {
        guard let suggestion = span.finding.suggestion, !suggestion.isEmpty else { return }
        html.raw("<span class=\"note\(classes(span))\" data-for=\"f\(span.index + 1)\">")
        html.text(suggestion)
        html.raw("</span>")
    }
}
