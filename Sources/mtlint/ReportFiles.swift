import ArgumentParser
import FoundationEssentials
import Glibc
import MTLint
import Synchronization

/// Writes one report file per input into a folder, atomically, never overwriting another
/// input's report from the same run. Each input's file is written by the worker that checked
/// it, while its document is still in memory (the HTML page shows the text); for HTML the
/// folder's dashboard (`index.html`) is updated once at the end.
final class ReportFiles: Sendable {
    let folder: String
    let format: CheckCommand.Format
    /// The report files' base name for each input, by input index: `NAME.EXT` where NAME is
    /// the input's file name, with `-2`, `-3`… when two inputs share a name.
    let names: [String]
    let checkedAt: Date
    private let failures = Mutex<[InputError]>([])

    init(folder: String, format: CheckCommand.Format, inputs: [CheckInput], checkedAt: Date = Date()) throws {
        var output = try OutputFolder(folder)
        self.folder = folder
        self.format = format
        self.checkedAt = checkedAt
        names = inputs.map { input in output.uniqueName(for: input.path) { "\($0)-\($1)" } }
    }

    /// Writes input `index`'s report; called from the worker threads.
    func write(index: Int, report: Report, document: Document?) {
        let path = "\(folder)/\(names[index]).\(format.fileExtension)"
        do {
            try AtomicFile.write(try format.render(report, document: document, checkedAt: checkedAt), to: path)
        } catch {
            failures.withLock { $0.append(error) }
        }
    }

    /// Updates the dashboard (HTML only) and reports any file that could not be written.
    func finish(_ reports: [Report]) throws {
        if format == .html {
            let entries = reports.enumerated().map { index, report in
                DashboardEntry(report: report, name: names[index], checkedAt: checkedAt)
            }
            do {
                try Dashboard(reportsFolder: folder).update(with: entries)
            } catch {
                failures.withLock { $0.append(error) }
            }
        }
        let failed = failures.withLock { $0 }
        guard failed.isEmpty else {
            for error in failed { Terminal.warn("mtlint: \(error)") }
            throw ExitCode(2)
        }
    }
}

extension CheckCommand.Format {
    var fileExtension: String {
        switch self {
        case .text: "text"
        case .json: "json"
        case .markdown: "md"
        case .html: "html"
        }
    }

    /// One input's report in this format.
    func render(_ report: Report, document: Document?, checkedAt: Date) throws(InputError) -> [UInt8] {
        switch self {
        case .json:
            return JSONReportWriter.encode(report)
        case .text:
            let writer = TextReportWriter(colored: false)
            return Array((writer.lines(for: report) + [writer.summary(for: [report])]).joined(separator: "\n").utf8) + [0x0A]
        case .markdown:
            return Array(MarkdownReportWriter().render(report).utf8)
        case .html:
            return HTMLReportWriter(checkedAt: checkedAt).render(report, document: document)
        }
    }
}
