import ArgumentParser
import Glibc
import MTLint

/// Writes an annotated copy of each checked XLIFF input, with its findings as notes, into a
/// folder; inputs in other formats are skipped. Never writes over an input.
struct XLIFFNotesFiles {
    let folder: String
    let loader: ArticleLoader

    func write(_ reports: [Report], inputs: [CheckInput]) throws {
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            Terminal.warn("mtlint: \(folder): cannot create folder")
            throw ExitCode(2)
        }
        var used: Set<String> = []
        for (report, input) in zip(reports, inputs) where report.error == nil {
            guard InputFormat.byExtension(input.path) == .xliff || loader.format == .xliff else { continue }
            let base = input.path.split(separator: "/").last.map(String.init) ?? input.path
            var name = base
            var counter = 2
            while used.contains(name) {
                name = "\(counter)-\(base)"
                counter += 1
            }
            used.insert(name)
            do {
                try XLIFFNoteWriter.write(report: report, inputPath: input.path, outputPath: "\(folder)/\(name)", loader: loader)
            } catch {
                Terminal.warn("mtlint: \(error)")
                throw ExitCode(2)
            }
        }
    }
}
