import Dispatch
import Synchronization

/// Checks many inputs on several threads and returns their reports in input order.
public struct BatchChecker: Sendable {
    public let checker: Checker
    public let loader: ArticleLoader
    public var jobs: Int

    public init(checker: Checker, loader: ArticleLoader, jobs: Int) {
        self.checker = checker
        self.loader = loader
        self.jobs = max(1, jobs)
    }

    /// Checks one input; an unreadable input becomes a report carrying its error.
    public func check(_ input: CheckInput, displayPath: String? = nil) -> Report {
        let shown = displayPath ?? input.path
        do {
            let document = try loader.load(path: input.path, displayPath: shown)
            let source = try input.source.map { path throws(InputError) in try loader.load(path: path) }
            return checker.check(document, source: source)
        } catch {
            return Report(file: shown, failure: error.message)
        }
    }

    /// Checks all inputs; `progress` is called after each one (from any thread).
    public func check(_ inputs: [CheckInput], progress: @Sendable (Int) -> Void = { _ in }) -> [Report] {
        let results = Mutex([Report?](repeating: nil, count: inputs.count))
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(inputs.count, 1))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                let report = check(inputs[index])
                results.withLock { $0[index] = report }
                progress(done.add(1, ordering: .relaxed).newValue)
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
