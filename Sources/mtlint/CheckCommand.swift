import ArgumentParser
import MTLint

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files (folders are walked recursively) once and report.",
        discussion: """
        Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; \
        2 at least one input could not be checked (the others are still reported); 64 bad usage.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    @Argument(help: "Files or folders to check.")
    var paths: [String]

    @Option(help: "Report format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "The Russian original of a single input, for source-aware checks.")
    var source: String?

    @Option(help: "Write one report file per input into this folder instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning or never.")
    var failOn: FailOn = .error

    @Option(help: "Decode inputs with this encoding (e.g. windows-1251) instead of detecting it.")
    var encoding: String?

    @Option(help: "A glossary (TSV or TBX); repeatable. Without it, the shipped default glossary is used.")
    var glossary: [String] = []

    @Option(name: .customLong("input-format"),
            help: "Read inputs as: auto (by extension, then content), \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: String = "auto"

    @Option(name: .customLong("xliff-notes"),
            help: "Write a copy of each XLIFF input with its findings as <note from=\"mtlint\"> into this folder.")
    var xliffNotes: String?

    @Option(help: "A configuration file (JSON; see Configuration in README.md).")
    var config: String?

    @Option(help: "Number of files checked in parallel (default: all cores); with fewer files than jobs, the spare cores run each file's checks side by side.")
    var jobs: Int = System.coreCount

    func validate() throws {
        if source != nil && paths.count != 1 {
            throw ValidationError("--source needs exactly one input")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if inputFormat != "auto" && InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be auto, \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try request.run()
    }

    /// The parsed values, as the run takes them.
    var request: CheckRequest {
        CheckRequest(paths: paths, format: format, source: source, output: output, failOn: failOn, encoding: encoding,
                     glossary: glossary, inputFormat: inputFormat, xliffNotes: xliffNotes, config: config, jobs: jobs)
    }
}
