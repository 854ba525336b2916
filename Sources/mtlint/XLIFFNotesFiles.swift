import ArgumentParser
import MTLint

/// Writes an annotated copy of each checked XLIFF input, with its findings as notes, into a
/// folder; inputs in other formats are skipped. Never writes over an input.
struct XLIFFNotesFiles {
    let folder: String
    let loader: ArticleLoader

    func write(_ reports: [Report], inputs: [CheckInput]) throws {
        var output = try OutputFolder(folder)
        for (report, input) in zip(reports, inputs) where report.error == nil {
            guard InputFormat.byExtension(input.path) == .xliff || loader.format == .xliff else { continue }
            let name = output.uniqueName(for: input.path) { "\($1)-\($0)" }
            do {
                try XLIFFNoteWriter.write(report: report, inputPath: input.path, outputPath: "\(folder)/\(name)", loader: loader)
            } catch {
                Terminal.warn("mtlint: \(error)")
                throw ExitCode(2)
            }
        }
    }
}
