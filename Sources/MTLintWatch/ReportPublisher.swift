import Glibc
import MTLint

/// Writes an input's reports, one file per configured format, atomically and durably; the
/// reports of many inputs are committed as one group (see `AtomicWriter.commit`). The
/// after-each-file hook (which records the input for the dashboard, `reports/index.html`) is
/// called by the committer once an input's reports are durable.
struct ReportPublisher: Sendable {
    let formats: [ReportFormat]
    let writer: AtomicWriter
    let pool: SyncPool
    let afterEachFile: @Sendable (Report, RawName) -> Void

    /// The report names for an input named `name` (`NAME.json`, …).
    func names(for name: RawName) -> [RawName] {
        formats.map { name.appending(".\($0.fileExtension)") }
    }

    /// Renders every format into a temporary file; nothing is visible until `commit`. On the
    /// first failure (e.g. a full disk) removes what it wrote and throws: the input stays
    /// claimed and is retried.
    func stage(_ report: Report, document: Document?, as name: RawName, in folder: Directory) throws(SystemError) -> [AtomicWriter.Pending] {
        var files: [AtomicWriter.Pending] = []
        for format in formats {
            do throws(SystemError) {
                let bytes: [UInt8]
                do {
                    bytes = try format.render(report, document)
                } catch {
                    throw SystemError("render \(format.name) report (\(error))", path: folder.show(name), code: EINVAL)
                }
                files.append(try writer.begin(bytes, to: name.appending(".\(format.fileExtension)"), in: folder))
            } catch {
                files.forEach(writer.abandon)
                throw error
            }
        }
        return files
    }

    /// Makes the staged reports of several inputs durable together; per input, nil or the
    /// first error (its input stays claimed and is retried; a report already renamed is
    /// simply rewritten then).
    func commit(_ inputs: [[AtomicWriter.Pending]]) -> [SystemError?] {
        let errors = writer.commit(inputs.flatMap { $0 }, pool: pool)
        var results: [SystemError?] = []
        var offset = 0
        for files in inputs {
            results.append(errors[offset..<offset + files.count].lazy.compactMap { $0 }.first)
            offset += files.count
        }
        return results
    }
}
