import Logging
import MTLint

/// A worker thread: takes names from the queue and runs them through the folder protocol.
extension WatchEngine {
    func workLoop() {
        let processor = ArticleProcessor(folders: folders)
        while !isStopping {
            guard let item = queue.take(timeout: 0.25) else { continue }
            if isStopping {
                _ = queue.finish(item)
                break
            }
            let settings = currentSettings
            let publisher = ReportPublisher(formats: settings.formats, writer: writer) { [dashboard = options.dashboard] report, name in
                dashboard?.record(report, name: name)
            }
            let started = MonotonicClock.now
            let outcome = processor.process(item, settings: settings, publisher: publisher)
            record(outcome, item: item, seconds: MonotonicClock.now - started)
            if queue.finish(item) { queue.add(item) }
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
