/// Writes `path:line:column: severity: message [check-id]` lines, grep- and editor-friendly.
public struct TextReportWriter: Sendable {
    /// Colours severities with ANSI escapes (only on a terminal).
    public var colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    public func lines(for report: Report) -> [String] {
        if let error = report.error {
            return ["\(report.file): \(paint("error", .red)): cannot check: \(error)"]
        }
        return report.findings.map { finding in
            var line = "\(report.file):\(finding.line):\(finding.column): \(paint(finding.severity.rawValue, color(finding.severity))): \(Self.oneLine(finding.message))"
            if let suggestion = finding.suggestion, !suggestion.isEmpty {
                line += " (suggestion: \(Self.oneLine(suggestion)))"
            }
            return line + " [\(finding.check)]"
        }
    }

    public func summary(for reports: [Report]) -> String {
        let checked = reports.filter { $0.error == nil }
        let failed = reports.count - checked.count
        let errors = checked.reduce(0) { $0 + $1.summary.errors }
        let warnings = checked.reduce(0) { $0 + $1.summary.warnings }
        let infos = checked.reduce(0) { $0 + $1.summary.infos }
        var text = "\(checked.count) \(checked.count == 1 ? "file" : "files") checked: "
            + "\(paint("\(errors) \(errors == 1 ? "error" : "errors")", errors > 0 ? .red : .none)), "
            + "\(paint("\(warnings) \(warnings == 1 ? "warning" : "warnings")", warnings > 0 ? .yellow : .none)), "
            + "\(infos) \(infos == 1 ? "info" : "infos")"
        if failed > 0 { text += "; \(paint("\(failed) could not be checked", .red))" }
        return text
    }

    /// Keeps one finding on one line whatever its text holds.
    public static func oneLine(_ text: String) -> String {
        // Most texts hold no line break: return them as they are instead of rebuilding them
        // Character by Character (the daemon renders every finding several times).
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    enum Color: String {
        case red = "31", yellow = "33", cyan = "36", none = ""
    }

    private func color(_ severity: Severity) -> Color {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ color: Color) -> String {
        guard colored, color != .none else { return text }
        return "\u{1B}[1;\(color.rawValue)m\(text)\u{1B}[0m"
    }
}
