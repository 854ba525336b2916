import MTLint

/// One report format the daemon can write: its configuration name, file extension and one
/// rendering call (given the report and the checked document, for writers that show the
/// text). Adding a format (Markdown, HTML) is one more entry in `all`.
public struct ReportFormat: Sendable {
    public let name: String
    public let fileExtension: String
    public let render: @Sendable (Report, Document?) throws -> [UInt8]

    public init(name: String, fileExtension: String, render: @escaping @Sendable (Report, Document?) throws -> [UInt8]) {
        self.name = name
        self.fileExtension = fileExtension
        self.render = render
    }

    public static let json = ReportFormat(name: "json", fileExtension: "json") { report, _ in try JSONReportWriter.encode(report) }

    public static let text = ReportFormat(name: "text", fileExtension: "txt") { report, _ in
        let writer = TextReportWriter(colored: false)
        return Array((writer.lines(for: report) + [writer.summary(for: [report])]).joined(separator: "\n").utf8) + [0x0A]
    }

    /// Every format the daemon knows.
    public static let all: [ReportFormat] = [.json, .text]

    public static func named(_ name: String) -> ReportFormat? {
        all.first { $0.name == name }
    }
}
