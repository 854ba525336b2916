import FoundationEssentials
import MTLint

/// One report format the daemon can write: its configuration name (as `check --format`
/// names it), file extension and one rendering call, given the report and the checked
/// document (the HTML page shows the text). Adding a format is one more entry in `all`.
public struct ReportFormat: Sendable {
    public let name: String
    public let fileExtension: String
    public let render: @Sendable (Report, Document?) throws -> [UInt8]

    public init(name: String, fileExtension: String, render: @escaping @Sendable (Report, Document?) throws -> [UInt8]) {
        self.name = name
        self.fileExtension = fileExtension
        self.render = render
    }

    public static let json = ReportFormat(name: "json", fileExtension: "json") { report, _ in JSONReportWriter.encode(report) }

    public static let text = ReportFormat(name: "text", fileExtension: "text") { report, _ in
        let writer = TextReportWriter(colored: false)
        return Array((writer.lines(for: report) + [writer.summary(for: [report])]).joined(separator: "\n").utf8) + [0x0A]
    }

    public static let markdown = ReportFormat(name: "markdown", fileExtension: "md") { report, _ in
        Array(MarkdownReportWriter().render(report).utf8)
    }

    public static let html = ReportFormat(name: "html", fileExtension: "html") { report, document in
        HTMLReportWriter(checkedAt: Date()).render(report, document: document)
    }

    /// Every format the daemon knows.
    public static let all: [ReportFormat] = [.json, .text, .markdown, .html]

    public static func named(_ name: String) -> ReportFormat? {
        all.first { $0.name == name }
    }
}
