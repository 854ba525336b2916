import Glibc
import MTLint

/// Writes an input's reports, one file per configured format, each atomically, then calls
/// the after-each-file hook (which records the input for the dashboard, `reports/index.html`).
struct ReportPublisher: Sendable {
    let formats: [ReportFormat]
    let writer: AtomicWriter
    let afterEachFile: @Sendable (Report, RawName) -> Void

    /// The report names for an input named `name` (`NAME.json`, …).
    func names(for name: RawName) -> [RawName] {
        formats.map { name.appending(".\($0.fileExtension)") }
    }

    /// Writes every format; on the first failure (e.g. a full disk) stops and throws, leaving
    /// no partial file: the input stays claimed and is retried.
    func publish(_ report: Report, document: Document?, as name: RawName, in folder: Directory) throws(SystemError) {
        for format in formats {
            let bytes: [UInt8]
            do {
                bytes = try format.render(report, document)
            } catch {
                throw SystemError("render \(format.name) report (\(error))", path: folder.show(name), code: EINVAL)
            }
            try writer.write(bytes, to: name.appending(".\(format.fileExtension)"), in: folder)
        }
        afterEachFile(report, name)
    }
}
