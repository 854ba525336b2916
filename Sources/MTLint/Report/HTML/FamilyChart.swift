/// A small inline SVG bar chart of findings per family (no script, no external image).
enum FamilyChart {
    static func render(_ counts: [(key: String, count: Int)], width: Int = 300, into html: inout HTMLBuilder) {
        let rowHeight = 22
        let labelWidth = 128
        let numberWidth = 44
        let height = max(1, counts.count) * rowHeight + 4
        let largest = max(1, counts.map(\.count).max() ?? 1)
        let track = width - labelWidth - numberWidth
        html.raw("<svg class=\"chart\" role=\"img\" aria-label=\"Findings per family\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">")
        if counts.isEmpty {
            html.raw("<text x=\"0\" y=\"16\">No findings</text>")
        }
        for (row, entry) in counts.enumerated() {
            let y = row * rowHeight + 2
            let barWidth = max(2, entry.count * track / largest)
            html.raw("<g class=\"fam-\(entry.key)\"><text x=\"0\" y=\"\(y + 14)\">\(FamilyStyle.title(entry.key))</text>")
            html.raw("<rect class=\"track\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(track)\" height=\"14\" rx=\"3\"/>")
            html.raw("<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"14\" rx=\"3\"/>")
            html.raw("<text class=\"num\" x=\"\(width - 4)\" y=\"\(y + 14)\" text-anchor=\"end\">\(entry.count)</text></g>")
        }
        html.raw("</svg>")
    }
}
