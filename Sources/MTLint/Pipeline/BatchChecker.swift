import Dispatch
import Synchronization

/// Checks many inputs on several threads and returns their reports in input order.
public struct BatchChecker: Sendable {
    public let checker: Checker
    public let loader: ArticleLoader
    public var jobs: Int
    /// Whether inputs of `InputFile.mappingThreshold` bytes and more are mapped rather than
    /// read: the batch owns its inputs for the run (see `InputFile.contents` for why the
    /// daemon never maps). Tests turn it off to compare the two.
    public var mapsLargeInputs = true

    public init(checker: Checker, loader: ArticleLoader, jobs: Int) {
        self.checker = checker
        self.loader = loader
        self.jobs = max(1, jobs)
    }

    /// Checks one input; an unreadable input becomes a report carrying its error.
    public func check(_ input: CheckInput, displayPath: String? = nil) -> Report {
        checkKeepingDocument(input, displayPath: displayPath).report
    }

    /// Checks one input and hands back the document too (nil when it could not be read), for
    /// writers that show the text, such as the HTML report.
    ///
    /// `threads` above one runs the document's checks side by side (see ``Checker``).
    public func checkKeepingDocument(_ input: CheckInput, displayPath: String? = nil, threads: Int = 1) -> (report: Report, document: Document?) {
        let shown = displayPath ?? input.path
        var document: Document?
        do {
            let article = try loader.loadArticle(path: input.path, displayPath: shown, mappingLargeFiles: mapsLargeInputs)
            document = article.document
            if let source = article.source {
                return (checker.check(article.document, source: source, alignment: article.alignment, threads: threads), article.document)
            }
            let source = try input.source.map { path throws(InputError) in try loader.load(path: path) }
            return (checker.check(article.document, source: source, threads: threads), article.document)
        } catch {
            return (Report(file: shown, failure: error.line.map { "line \($0): \(error.message)" } ?? error.message), document)
        }
    }

    /// Checks all inputs; `progress` is called after each one (from any thread).
    ///
    /// `render`, when given, is called on the worker thread for each input (with its index
    /// in `inputs`) while its document is still at hand, so a writer that needs the text can
    /// write that input's report without the batch holding every document in memory.
    public func check(
        _ inputs: [CheckInput], progress: @Sendable (Int) -> Void = { _ in },
        render: (@Sendable (_ index: Int, _ report: Report, _ document: Document?) -> Void)? = nil
    ) -> [Report] {
        let results = Mutex([Report?](repeating: nil, count: inputs.count))
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        // Fewer inputs than jobs (one long file, say): the cores left over check each
        // document's checks side by side.
        let threadsPerDocument = max(1, jobs / max(inputs.count, 1))
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(inputs.count, 1))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                let (report, document) = checkKeepingDocument(inputs[index], threads: threadsPerDocument)
                render?(index, report, document)
                results.withLock { $0[index] = report }
                progress(done.add(1, ordering: .relaxed).newValue)
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
