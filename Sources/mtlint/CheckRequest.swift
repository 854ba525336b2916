import ArgumentParser
import Glibc
import MTLint
import MTLintWatch
import Synchronization

/// What `mtlint check` was asked to do, and the doing of it: the values of its arguments
/// (see ``CheckCommand`` for their meaning and help), however they were parsed.
struct CheckRequest: Equatable {
    var paths: [String]
    var format: CheckCommand.Format = .text
    var source: String?
    var output: String?
    var failOn: CheckCommand.FailOn = .error
    var encoding: String?
    var glossary: [String] = []
    var inputFormat: String = "auto"
    var xliffNotes: String?
    var config: String?
    var jobs: Int = System.coreCount

    /// Runs the check and exits with its status (or throws ExitCode or an error).
    func run() throws -> Never {
        MemoryTuning.keepFreedMemoryForOneRun()
        let configuration = try load { () throws(InputError) in try config.map(ConfigurationFile.load) ?? Configuration() }
        // The glossary loads on a second core while this one sets up the checks and collects
        // the inputs (3.1 M and 1.5 M instructions with the shipped glossary on one small
        // file). Failures are reported in the order of the steps, as when they ran one by one.
        let glossaryLoad = GlossaryLoad(paths: glossary)
        var checks: Checker?, checksError: (any Error)?
        do { checks = try Checker(configuration: configuration) } catch { checksError = error }
        var collected: [CheckInput]?, collectError: InputError?
        do throws(InputError) { collected = try InputCollector.collect(paths) } catch { collectError = error }
        let loadedGlossary = try load { () throws(InputError) in
            do throws(GlossaryError) { return try glossaryLoad.value() } catch { throw InputError(path: error.path, line: error.line > 0 ? error.line : nil, message: error.message) }
        }
        let checker = try load { () throws(InputError) in
            do {
                if let checksError { throw checksError }
                return checks!.with(glossary: loadedGlossary)
            } catch let error as CheckOptionError {
                throw InputError(path: config ?? "configuration", message: error.description)
            } catch { throw InputError(path: config ?? "configuration", message: "\(error)") }
        }
        var inputs = try load { () throws(InputError) in
            if let collectError { throw collectError }
            return collected!
        }
        if let source { inputs[0].source = source }
        if format == .html && output == nil && inputs.count != 1 {
            Terminal.warn("mtlint: --format html makes one page per input; give --output DIR to check several files")
            throw ExitCode(64)
        }
        let loader = ArticleLoader(encoding: encoding, format: InputFormat(rawValue: inputFormat))
        let batch = BatchChecker(checker: checker, loader: loader, jobs: jobs)
        let files = try output.map { try ReportFiles(folder: $0, format: format, inputs: inputs) }
        // The HTML page shows the article, so it is rendered by the worker that holds the document.
        let page = Mutex<[UInt8]>([])
        // JSON for standard output is encoded by the workers too, report by report, and
        // written in input order as soon as each report's turn comes: encoding every report
        // after the batch kept one core idle, and holding them all until the end held the
        // JSON of a whole batch (or of one long text) in memory.
        let json = format == .json && files == nil ? OrderedJSONArray { Terminal.write($0) } : nil
        let render: (@Sendable (Int, Report, Document?) -> Void)? = if let files {
            { index, report, document in files.write(index: index, report: report, document: document) }
        } else if format == .html {
            { _, report, document in page.withLock { $0 = HTMLReportWriter().render(report, document: document) } }
        } else if let json {
            { index, report, _ in
                json.write(index: index) { emit in JSONReportWriter.writeElement(report, emit: emit) }
            }
        } else {
            nil
        }
        // JSON streamed to a terminal scrolls past: no progress bar drawn through it.
        let bar = json != nil && Terminal.isTerminal(STDOUT_FILENO) ? nil : ProgressBar.start(total: inputs.count)
        let reports = batch.check(inputs, progress: { bar?.update($0) }, render: render)
        bar?.finish()
        // The array is closed before anything else can fail.
        json?.finish(count: inputs.count)
        if let xliffNotes { try XLIFFNotesFiles(folder: xliffNotes, loader: loader).write(reports, inputs: inputs) }

        if let files {
            try files.finish(reports)
        } else {
            switch format {
            case .html:
                Terminal.write(page.withLock { $0 })
            case .markdown:
                Terminal.write(Array(MarkdownReportWriter().render(reports).utf8))
            case .json:
                break
            case .text:
                let writer = TextReportWriter(colored: Terminal.isTerminal(STDOUT_FILENO))
                for report in reports {
                    for line in writer.lines(for: report) { print(line) }
                }
                print(writer.summary(for: reports))
            }
        }
        for report in reports where report.error != nil {
            Terminal.warn("mtlint: \(report.file): \(report.error!)")
        }
        // The process ends here, with the run's values still alive: returning (or throwing
        // ExitCode) released the checks, the glossary and the reports one by one, 0.6 M
        // instructions on one small file, for memory the exit returns at once.
        Glibc.exit(Self.exitStatus(reports, failOn: failOn))
    }

    static func exitStatus(_ reports: [Report], failOn: CheckCommand.FailOn) -> Int32 {
        if reports.contains(where: { $0.error != nil }) { return 2 }
        let threshold: Severity? = switch failOn {
        case .error: .error
        case .warning: .warning
        case .never: nil
        }
        guard let threshold else { return 0 }
        let tripped = reports.contains { $0.findings.contains { $0.severity >= threshold && $0.severity != .info } }
        return tripped ? 1 : 0
    }

    /// Runs a step whose failure is the user's to fix: prints it and exits 2.
    private func load<T>(_ body: () throws(InputError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Terminal.warn("mtlint: \(error)")
            throw ExitCode(2)
        }
    }
}
