import Glibc
import Logging
import MTLint

/// A worker thread: takes a batch of names from the queue (whatever its share of the queue
/// is now, bounded, so a single drop never waits for others), checks each and writes its
/// reports to temporary files, then commits the batch: one round of fsyncs for all its
/// reports, one fsync of the reports folder, and only then the moves to `done/`.
extension WatchEngine {
    func workLoop() {
        let processor = ArticleProcessor(folders: folders)
        while !isStopping {
            let items = queue.take(timeout: 0.25, upTo: batchLimit, workers: options.workers)
            guard !items.isEmpty else { continue }
            let settings = currentSettings
            let publisher = ReportPublisher(formats: settings.formats, writer: writer, pool: syncPool) { [dashboard = options.dashboard] report, name in
                dashboard?.record(report, name: name)
            }
            var outcomes: [(item: WorkItem, started: Double, outcome: ArticleProcessor.Outcome?)] = []
            var staged: [(index: Int, staged: ArticleProcessor.Staged)] = []
            for item in items {
                // Stopping: what is staged is still committed; the rest stays where it is.
                if isStopping {
                    outcomes.append((item, 0, nil))
                    continue
                }
                let started = MonotonicClock.now
                switch processor.prepare(item, settings: settings, publisher: publisher) {
                case .done(let outcome):
                    outcomes.append((item, started, outcome))
                case .staged(let ready):
                    staged.append((outcomes.count, ready))
                    outcomes.append((item, started, nil))
                }
            }
            for (entry, outcome) in zip(staged, processor.commit(staged.map(\.staged), publisher: publisher)) {
                outcomes[entry.index].outcome = outcome
            }
            let now = MonotonicClock.now
            for (item, started, outcome) in outcomes {
                if let outcome { record(outcome, item: item, seconds: now - started) }
                if queue.finish(item) { queue.add(item) }
            }
        }
    }

    private func record(_ outcome: ArticleProcessor.Outcome, item: WorkItem, seconds: Double) {
        let now = MonotonicClock.now
        switch outcome {
        case .gone, .withPartner:
            break
        case .waiting(let wait):
            timers.delay(item, until: now + wait)
        case .retry(let name, let error):
            let delay = timers.backOff(name)
            logger.error("cannot finish \(folders.work.show(name)): \(error); it stays in the work folder and is retried in \(Int(delay)) s")
            state.recordError(file: name.display, message: error.description, time: ArticleProcessor.wallClock)
            state.update { $0.retrying += 1 }
            timers.delay(.claimed(name), until: now + delay)
        case .finished(let finished):
            timers.succeeded(finished.name)
            let report = finished.report
            let milliseconds = Int((seconds * 1000).rounded())
            let target = "\(finished.failed ? "failed" : "done")/\(finished.name.display)"
            if let error = report.error {
                logger.warning("rejected \(report.file): \(error) -> \(target)", metadata: ["file.ms": "\(milliseconds)"])
                state.recordError(file: report.file, message: error, time: ArticleProcessor.wallClock)
                state.update { $0.failed += 1 }
            } else {
                let summary = report.summary
                logger.info(
                    "checked \(report.file): \(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) infos, \(summary.words) words -> \(target)",
                    metadata: ["file.ms": "\(milliseconds)", "file.encoding": "\(report.encoding ?? "?")"])
                state.update { $0.checked += 1 }
            }
            if case .claimed = item { state.update { $0.retrying = max(0, $0.retrying - 1) } }
        }
    }
}
