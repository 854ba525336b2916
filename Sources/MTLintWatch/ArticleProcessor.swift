import Glibc
import MTLint

/// Takes work items through the folder protocol: claim each from the inbox by an atomic
/// rename into the work folder (losing a race to another instance is harmless), check it and
/// write its reports to temporary files (`prepare`); then, for a whole batch at once, make
/// the reports durable and move the inputs to `done/` or `failed/` (`commit`). The final
/// name is chosen at claim time, so a file re-done after a crash overwrites its own report
/// instead of adding one.
struct ArticleProcessor: Sendable {
    let folders: WatchFolders

    struct Finished: Sendable {
        var report: Report
        var name: RawName
        var source: RawName?
        var failed: Bool
    }

    enum Outcome: Sendable {
        /// The name vanished, or another instance claimed it.
        case gone
        /// Its partner will take it along.
        case withPartner
        /// Waits for its partner for this many seconds, then comes back.
        case waiting(Double)
        case finished(Finished)
        /// Claimed, but the reports could not be written (a full disk): stays in the work folder.
        case retry(RawName, SystemError)
    }

    /// A claimed input, checked, with its reports in temporary files awaiting `commit`.
    struct Staged: Sendable {
        var name: RawName
        var source: RawName?
        var report: Report
        var failed: Bool
        var files: [AtomicWriter.Pending]
    }

    enum Step: Sendable {
        /// Nothing (more) to commit.
        case done(Outcome)
        case staged(Staged)
    }

    /// Takes an item as far as it goes before its reports must be made durable.
    func prepare(_ item: WorkItem, settings: WatchSettings, publisher: ReportPublisher) -> Step {
        switch item {
        case .inbox(let name): processInbox(name, settings: settings, publisher: publisher)
        case .claimed(let name): processClaimed(name, settings: settings, publisher: publisher)
        }
    }

    private func processInbox(_ name: RawName, settings: WatchSettings, publisher: ReportPublisher) -> Step {
        guard let status = (try? folders.inbox.status(of: name)) ?? nil else { return .done(.gone) }
        let age = Self.wallClock - Double(status.st_ctim.tv_sec) - Double(status.st_ctim.tv_nsec) / 1e9
        let wait = settings.watch.pairWait - age
        if SourcePairing.isSource(name) {
            if SourcePairing.translations(of: name).contains(where: folders.inbox.contains) { return .done(.withPartner) }
            if wait > 0 { return .done(.waiting(wait)) }
        } else if SourcePairing.expectsSource(name), let source = SourcePairing.source(of: name),
                  !folders.inbox.contains(source), wait > 0 {
            return .done(.waiting(wait))
        }
        guard let claimed = claim(name, preferred: name, publisher: publisher) else { return .done(.gone) }
        var claimedSource: RawName?
        if let source = SourcePairing.source(of: name), folders.inbox.contains(source) {
            claimedSource = claim(source, preferred: SourcePairing.source(of: claimed) ?? source, publisher: publisher)
        }
        return stage(claimed, source: claimedSource, shown: name, settings: settings, publisher: publisher)
    }

    private func processClaimed(_ name: RawName, settings: WatchSettings, publisher: ReportPublisher) -> Step {
        guard folders.work.contains(name) else { return .done(.gone) }
        if SourcePairing.isSource(name) {
            let partners = SourcePairing.translations(of: name)
            if partners.contains(where: folders.work.contains) { return .done(.withPartner) }
            // A crash between moving the translation and its original: finish the move.
            for (folder, failed) in [(folders.done, false), (folders.failed, true)] where partners.contains(where: folder.contains) {
                _ = try? place(name, in: folder)
                return .done(.finished(Finished(report: Report(file: "inbox/\(name.display)", failure: "moved with its translation"),
                                                name: name, source: nil, failed: failed)))
            }
        }
        let source = SourcePairing.source(of: name).flatMap { folders.work.contains($0) ? $0 : nil }
        return stage(name, source: source, shown: name, settings: settings, publisher: publisher)
    }

    /// Renames an inbox file into the work folder under a name that is free in `done/`,
    /// `failed/`, the work folder and the reports. Nil when the file is gone.
    private func claim(_ name: RawName, preferred: RawName, publisher: ReportPublisher) -> RawName? {
        var candidate = preferred
        var number = 2
        while number < 100_000 {
            if !isTaken(candidate, publisher: publisher) {
                do {
                    if try folders.inbox.move(name, to: folders.work, as: candidate) {
                        // Another instance may have finished the same name between the test and the rename.
                        if folders.done.contains(candidate) || folders.failed.contains(candidate) {
                            return rename(inWork: candidate, publisher: publisher)
                        }
                        return candidate
                    }
                } catch {
                    return nil
                }
            }
            candidate = preferred.suffixed(number)
            number += 1
        }
        return nil
    }

    private func isTaken(_ name: RawName, publisher: ReportPublisher) -> Bool {
        folders.done.contains(name) || folders.failed.contains(name) || folders.work.contains(name)
            || publisher.names(for: name).contains(where: folders.reports.contains)
    }

    /// Gives a claimed file a fresh free name inside the work folder.
    private func rename(inWork name: RawName, publisher: ReportPublisher) -> RawName? {
        var number = 2
        while number < 100_000 {
            let candidate = name.suffixed(number)
            if !isTaken(candidate, publisher: publisher), (try? folders.work.move(name, to: folders.work, as: candidate)) == true {
                return candidate
            }
            number += 1
        }
        return nil
    }

    /// Checks a claimed file and writes its reports to temporary files: nothing is visible
    /// or durable yet, and the file stays in the work folder until `commit`.
    private func stage(_ name: RawName, source: RawName?, shown: RawName, settings: WatchSettings, publisher: ReportPublisher) -> Step {
        let display = "inbox/\(shown.display)"
        let report: Report
        var document: Document?
        var failed = false
        do {
            let bytes = try InputInspector(folder: folders.work, watch: settings.watch).read(name, shown: display)
            let article = try settings.loader.article(from: bytes, path: display)
            document = article.document
            if let embedded = article.source {
                // XLIFF and TMX carry their source, aligned unit by unit.
                report = settings.checker.check(article.document, source: embedded, alignment: article.alignment)
            } else {
                var original: Document?
                if let source {
                    let sourceDisplay = "inbox/\(source.display)"
                    original = try? settings.loader.document(
                        from: InputInspector(folder: folders.work, watch: settings.watch).read(source, shown: sourceDisplay), path: sourceDisplay)
                }
                report = settings.checker.check(article.document, source: original)
            }
        } catch {
            report = Report(file: display, failure: error.message)
            failed = true
        }
        do {
            let files = try publisher.stage(report, document: document, as: name, in: folders.reports)
            return .staged(Staged(name: name, source: source, report: report, failed: failed, files: files))
        } catch {
            return .done(.retry(name, error))
        }
    }

    /// Finishes staged files as one group: their reports become durable together (all
    /// fsyncs at once, one fsync of the reports folder), and only then is each input moved
    /// to `done/` or `failed/`; the folders it left and entered are synced once at the end.
    /// A crash at any point leaves each input in the work folder (re-done under the same
    /// name, its reports rewritten) or finished with durable reports, never both or neither.
    func commit(_ batch: [Staged], publisher: ReportPublisher) -> [Outcome] {
        guard !batch.isEmpty else { return [] }
        let errors = publisher.commit(batch.map(\.files))
        var outcomes: [Outcome] = []
        var touched: [Directory] = [folders.work]
        for (staged, error) in zip(batch, errors) {
            if let error {
                outcomes.append(.retry(staged.name, error))
                continue
            }
            publisher.afterEachFile(staged.report, staged.name)
            let outcome = move(staged, publisher: publisher)
            if case .finished(let finished) = outcome {
                let target = finished.failed ? folders.failed : folders.done
                if !touched.contains(where: { $0 === target }) { touched.append(target) }
            }
            outcomes.append(outcome)
        }
        // Not needed for safety (a move lost to a power cut is re-done under the same name,
        // its report rewritten, not duplicated), but it keeps a finished input finished.
        _ = publisher.pool.sync(touched.map(\.descriptor))
        return outcomes
    }

    /// Moves an input whose reports are durable to `done/` or `failed/` (its source too).
    private func move(_ staged: Staged, publisher: ReportPublisher) -> Outcome {
        var name = staged.name
        let target = staged.failed ? folders.failed : folders.done
        do {
            if try !folders.work.move(name, to: target, as: name) {
                // Taken meanwhile (a user put a file there): the input and its reports take a
                // free name (the reports' content does not name the input's final name).
                guard let fresh = rename(inWork: name, publisher: publisher) else {
                    return .retry(name, SystemError("find a free name", path: folders.work.show(name), code: EEXIST))
                }
                for (old, new) in zip(publisher.names(for: name), publisher.names(for: fresh)) {
                    _ = try? folders.reports.move(old, to: folders.reports, as: new)
                }
                folders.reports.sync()
                name = fresh
                guard try folders.work.move(name, to: target, as: name) else {
                    return .retry(name, SystemError("move", path: folders.work.show(name), code: EEXIST))
                }
            }
        } catch {
            return .retry(name, error)
        }
        if let source = staged.source { _ = try? place(source, in: target) }
        return .finished(Finished(report: staged.report, name: name, source: staged.source, failed: staged.failed))
    }

    /// Moves a work file into a folder under its name, or a suffixed one if that is taken.
    private func place(_ name: RawName, in folder: Directory) throws(SystemError) {
        var candidate = name
        var number = 2
        while try !folders.work.move(name, to: folder, as: candidate) {
            candidate = name.suffixed(number)
            number += 1
        }
    }

    static var wallClock: Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
