import Glibc
import Logging
import MTLint

/// The watcher thread: turns inotify events, settle timers and rescans into queued names.
extension WatchEngine {
    private static let longestRescanInterval = 300.0

    func watchLoop() {
        notifier?.send("READY=1\nSTATUS=\(statusLine)")
        let mode = pollInterval.map { "polling every \($0) s" } ?? "inotify"
        logger.info("watching \(folders.root.path) (\(mode), \(options.workers) workers, slot \(folders.slot))")
        recover()
        var rescanInterval = currentSettings.watch.rescan
        var nextRescan = 0.0
        var rescanPending = false
        let watchdog = notifier?.watchdogInterval
        var nextWatchdog = 0.0
        var nextStatus = 0.0
        let glossaries = FileChangeWatcher(paths: currentSettings.watch.glossaries)
        var reloadAt: Double?
        while !isStopping {
            let settings = currentSettings.watch
            var now = MonotonicClock.now
            let wake = [nextRescan, timers.nextDue ?? .infinity, nextStatus, watchdog == nil ? .infinity : nextWatchdog].min()!
            let timeout = max(0, min(wake - now, 0.5))
            if let inotify {
                if handle(inotify.read(timeout: timeout), settle: settings.settle) { rescanPending = true }
            } else if timeout > 0 {
                usleep(UInt32(timeout * 1_000_000))
            }
            if isStopping { break }
            now = MonotonicClock.now
            if fireTimers(now: now, settle: settings.settle) { rescanPending = true }
            if rescanPending && queue.count < queue.limit / 2 {
                rescanPending = scan(settle: settings.settle).full
            }
            if now >= nextRescan {
                guard inboxIsPresent() else { break }
                let result = scan(settle: settings.settle)
                rescanPending = rescanPending || result.full
                if let pollInterval {
                    rescanInterval = pollInterval
                } else if result.found > 0 && nextRescan > 0 {
                    logger.notice("rescan found \(result.found) files the events did not announce")
                    rescanInterval = settings.rescan
                } else {
                    rescanInterval = min(rescanInterval * 2, Self.longestRescanInterval)
                }
                nextRescan = now + rescanInterval
            }
            // A changed glossary is reloaded once writes have paused for a moment.
            if glossaries?.changed() == true { reloadAt = now + 0.5 }
            if let due = reloadAt, now >= due {
                reloadAt = nil
                logger.notice("a glossary file changed; reloading")
                reload()
            }
            if let watchdog, now >= nextWatchdog {
                notifier?.send("WATCHDOG=1")
                nextWatchdog = now + watchdog
            }
            if now >= nextStatus {
                notifier?.send("STATUS=\(statusLine)")
                writeState()
                flushDashboard()
                nextStatus = now + 1
            }
        }
    }

    /// Re-does what a crash left in the work folders, before anything new.
    private func recover() {
        recoverDashboard()
        let adopted = folders.adoptOrphans(reporting: AtomicWriter.temporaryPrefix(slot:))
        for (slot, name) in adopted {
            logger.notice("adopted \(name.display) from the work folder of stopped instance \(slot)")
        }
        let names = ((try? folders.work.names()) ?? []).sorted()
        if !names.isEmpty { logger.notice("re-doing \(names.count) files left in the work folder") }
        for name in names where queue.add(.claimed(name)) == .full {
            timers.delay(.claimed(name), until: MonotonicClock.now + 1)
        }
    }

    /// Handles a batch of events; returns true when the folder must be rescanned.
    private func handle(_ events: [InotifyEvent], settle: Double) -> Bool {
        var rescan = false
        for event in events {
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                logger.warning("inotify queue overflowed; rescanning the inbox")
                rescan = true
                continue
            }
            guard let name = event.name else {
                if event.mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED) != 0 {
                    fail("the inbox \(folders.inbox.path) was deleted, moved or unmounted; stopping")
                }
                continue
            }
            guard !name.isIgnored else { continue }
            if event.mask & UInt32(IN_MOVED_TO) != 0 {
                if queue.add(.inbox(name)) == .full { rescan = true }
            } else if event.mask & UInt32(IN_CLOSE_WRITE) != 0 {
                if let status = (try? folders.inbox.status(of: name)) ?? nil {
                    timers.settle(name, status: status, period: settle)
                }
            } else if event.mask & UInt32(IN_MODIFY) != 0 {
                _ = timers.touch(name, period: settle)
            } else if event.mask & UInt32(IN_CREATE) != 0, let status = (try? folders.inbox.status(of: name)) ?? nil {
                // Regular files announce themselves when closed; links, folders and FIFOs never do.
                if status.st_mode & S_IFMT != S_IFREG || status.st_nlink > 1 {
                    timers.settle(name, status: status, period: settle)
                }
            }
        }
        return rescan
    }

    /// Queues settled names (unchanged size and mtime) and delayed items that are due.
    private func fireTimers(now: Double, settle: Double) -> Bool {
        var full = false
        for (name, recorded) in timers.dueSettling(now: now) {
            guard let status = (try? folders.inbox.status(of: name)) ?? nil else { continue }
            if Int(status.st_size) == recorded.size && Timers.modified(status) == recorded.modified {
                if queue.add(.inbox(name)) == .full { full = true }
            } else {
                timers.settle(name, status: status, period: settle, now: now)
            }
        }
        for item in timers.dueDelayed(now: now) where queue.add(item) == .full {
            timers.delay(item, until: now + 1)
        }
        return full
    }

    /// Lists the inbox and queues what no event announced. Old files go straight to the
    /// queue; recently changed ones settle first.
    private func scan(settle: Double) -> (found: Int, full: Bool) {
        let names: [RawName]
        do {
            names = try folders.inbox.names()
        } catch {
            logger.error("cannot list the inbox: \(error)")
            return (0, false)
        }
        let wallClock = ArticleProcessor.wallClock
        var found = 0
        for name in names.sorted() where !name.isIgnored {
            if queue.isKnown(.inbox(name)) || timers.isSettling(name) || timers.isDelayed(.inbox(name)) { continue }
            guard let status = (try? folders.inbox.status(of: name)) ?? nil else { continue }
            found += 1
            let modified = Double(Timers.modified(status)) / 1e9
            if wallClock - modified >= settle {
                if queue.add(.inbox(name)) == .full { return (found, true) }
            } else {
                timers.settle(name, status: status, period: settle)
            }
        }
        return (found, false)
    }

    /// False (after failing) when the inbox was removed or replaced under the daemon.
    private func inboxIsPresent() -> Bool {
        let current = (try? folders.root.status(of: RawName("inbox"))) ?? nil
        let open = folders.inbox.status()
        guard let current, let open, open.st_nlink > 0, current.st_ino == open.st_ino, current.st_dev == open.st_dev else {
            fail("the inbox \(folders.inbox.path) was deleted, moved or unmounted; stopping")
            return false
        }
        return true
    }
}
