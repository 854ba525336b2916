import ArgumentParser
import Glibc
import MTLint

/// Writes one report file per input into a folder, atomically, never overwriting another
/// input's report from the same run.
struct ReportFiles {
    let folder: String
    let format: CheckCommand.Format

    func write(_ reports: [Report]) throws {
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            Terminal.warn("mtlint: \(folder): cannot create folder")
            throw ExitCode(2)
        }
        var used: Set<String> = []
        let writer = TextReportWriter(colored: false)
        for report in reports {
            let base = report.file.split(separator: "/").last.map(String.init) ?? report.file
            var name = "\(base).\(format.rawValue)"
            var counter = 2
            while used.contains(name) {
                name = "\(base)-\(counter).\(format.rawValue)"
                counter += 1
            }
            used.insert(name)
            let bytes: [UInt8] = switch format {
            case .json: JSONReportWriter.encode(report)
            case .text: Array((writer.lines(for: report) + [writer.summary(for: [report])]).joined(separator: "\n").utf8) + [0x0A]
            }
            do {
                try AtomicFile.write(bytes, to: "\(folder)/\(name)")
            } catch {
                Terminal.warn("mtlint: \(error)")
                throw ExitCode(2)
            }
        }
    }
}
