import FoundationEssentials

/// An inline SVG chart of findings over time, stacked by family. The bucket width (a minute
/// up to a year) is chosen so the whole span fits in at most 36 bars.
enum TimelineChart {
    private static let steps: [Double] = [60, 300, 900, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400]

    static func render(_ entries: [DashboardEntry], width: Int = 900, height: Int = 190, into html: inout HTMLBuilder) {
        html.raw("<svg class=\"chart timeline\" role=\"img\" aria-label=\"Findings over time\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">")
        defer { html.raw("</svg>") }
        guard let first = entries.map(\.checkedAt).min(), let last = entries.map(\.checkedAt).max() else {
            html.raw("<text x=\"0\" y=\"16\">Nothing checked yet</text>")
            return
        }
        let step = steps.first { (last - first) / $0 < 36 } ?? steps[steps.count - 1]
        let origin = (first / step).rounded(.down) * step
        let count = Int(((last - origin) / step).rounded(.down)) + 1
        var totals = [[String: Int]](repeating: [:], count: count)
        for entry in entries {
            let bucket = min(count - 1, Int(((entry.checkedAt - origin) / step).rounded(.down)))
            for (family, number) in entry.families { totals[bucket][family, default: 0] += number }
        }
        let left = 40, bottom = 22, top = 8
        let plotWidth = width - left - 34
        let plotHeight = height - bottom - top
        let largest = max(1, totals.map { $0.values.reduce(0, +) }.max() ?? 1)
        html.raw("<line class=\"axis\" x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\"/>")
        html.raw("<text x=\"\(left - 6)\" y=\"\(top + 10)\" text-anchor=\"end\">\(largest)</text><text x=\"\(left - 6)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0</text>")
        let slot = Double(plotWidth) / Double(count)
        let barWidth = max(1.0, min(28, slot * 0.7))
        for (bucket, families) in totals.enumerated() {
            let x = Double(left) + slot * Double(bucket) + (slot - barWidth) / 2
            var y = Double(top + plotHeight)
            let label = self.label(origin + Double(bucket) * step, step: step)
            for key in FamilyStyle.keys {
                guard let number = families[key], number > 0 else { continue }
                let barHeight = Double(number * plotHeight) / Double(largest)
                y -= barHeight
                html.raw("<rect class=\"bar fam-\(key)\" x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(barWidth))\" height=\"\(format(barHeight))\"><title>\(label): \(FamilyStyle.title(key)) \(number)</title></rect>")
            }
        }
        let labelEvery = max(1, count / 6)
        for bucket in stride(from: 0, to: count, by: labelEvery) {
            let x = Double(left) + slot * (Double(bucket) + 0.5)
            html.raw("<text class=\"tick\" x=\"\(format(x))\" y=\"\(height - 6)\" text-anchor=\"middle\">\(label(origin + Double(bucket) * step, step: step))</text>")
        }
    }

    private static func label(_ seconds: Double, step: Double) -> String {
        let iso = ReportFormat.iso(Date(timeIntervalSince1970: seconds))
        if step >= 30 * 86400 { return String(iso.prefix(7)) }
        if step >= 86400 { return String(iso.prefix(10)) }
        let time = iso.dropFirst(11).prefix(5)
        return step >= 6 * 3600 ? "\(iso.dropFirst(5).prefix(5)) \(time)" : String(time)
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
