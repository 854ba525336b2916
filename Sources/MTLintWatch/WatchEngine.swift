import Dispatch
import Glibc
import Logging
import MTLint
import Synchronization

/// The daemon: one watcher thread (inotify or polling, settle timers, rescans, systemd
/// notifications) feeding a bounded queue that a fixed pool of worker threads drains.
/// The watch is armed before the start-up scan, and the work folder is re-done first.
public final class WatchEngine: Sendable {
    let folders: WatchFolders
    let options: WatchOptions
    let logger: Logger
    let queue: WorkQueue
    let timers = Timers()
    let state: WatchState
    let notifier: SystemdNotifier?
    let writer: AtomicWriter
    /// Runs a batch's fsyncs at once. Four in flight already merge most device flushes; each
    /// more thread costs about 2 MB of resident memory (measured with `daemon-bench.sh`).
    let syncPool = SyncPool(width: 4)
    /// Most inputs a worker checks before committing them together; bounded also by the open
    /// files the batches may hold (one temporary per report format and input).
    let batchLimit: Int
    let inotify: Inotify?
    /// Seconds between scans when polling; nil with inotify.
    let pollInterval: Double?
    private let settings: Mutex<WatchSettings>
    private let loadSettings: @Sendable () throws -> WatchSettings
    private let stopping = Atomic<Bool>(false)
    /// The dashboard is rewritten off the watcher thread (a big index takes a while), one
    /// update at a time.
    private let dashboardQueue = DispatchQueue(label: "mtlint.watch.dashboard")
    private let dashboardBusy = Atomic<Bool>(false)
    /// The earliest time (monotonic) of the next dashboard update: an update rewrites the
    /// whole index, so during a long burst it takes a while (0.1-0.2 s for 12,000 entries),
    /// and the next one waits nine times as long: at most a tenth of a core goes to the
    /// dashboard instead of checking.
    private let nextDashboard = Mutex<Double>(0)
    private let failure = Mutex<String?>(nil)

    /// Opens (creating if needed) the folders and arms the watch. `reload` rebuilds the
    /// settings from the configuration file on SIGHUP.
    public init(
        folder: String, settings: WatchSettings, options: WatchOptions, logger: Logger,
        reload: @escaping @Sendable () throws -> WatchSettings
    ) throws(SystemError) {
        // Reports and state are readable by the group at most, whatever the caller's umask.
        umask(umask(0o027) | 0o027)
        folders = try WatchFolders(path: folder)
        self.options = options
        self.logger = logger
        self.settings = Mutex(settings)
        loadSettings = reload
        queue = WorkQueue(limit: options.queueLimit)
        state = WatchState(pid: getpid(), started: ArticleProcessor.wallClock)
        notifier = SystemdNotifier(environment: options.environment)
        writer = AtomicWriter(temporaryPrefix: AtomicWriter.temporaryPrefix(slot: folders.slot))
        // A kill -9 can leave a half-written report or state file under this slot's prefix.
        writer.removeStale(in: folders.reports)
        writer.removeStale(in: folders.privateFolder)
        DashboardBatcher.removeStaleTemporaries(in: folders.reports)
        var interval = options.poll ?? settings.watch.poll
        if interval == nil, let remote = FileSystemKind.remoteName(of: folders.inbox) {
            interval = 2
            logger.warning("\(folders.inbox.path) is on \(remote); inotify cannot see changes made by other machines there, so the inbox is polled every 2 s (set watch.poll or --poll to change)")
        }
        pollInterval = interval
        batchLimit = Self.batchLimit(workers: options.workers)
        inotify = interval == nil ? try Inotify(folder: folders.inbox) : nil
        state.update { $0.mode = interval == nil ? "inotify" : "polling" }
    }

    /// Runs until `stop()` or a fatal error (the inbox deleted or unmounted), which it throws.
    public func run() async throws {
        let group = DispatchGroup()
        DispatchQueue(label: "mtlint.watch.watcher").async(group: group) { self.watchLoop() }
        for index in 0..<options.workers {
            DispatchQueue(label: "mtlint.watch.worker-\(index)").async(group: group) { self.workLoop() }
        }
        await withCheckedContinuation { continuation in
            group.notify(queue: .global()) { continuation.resume() }
        }
        writeState()
        dashboardQueue.sync { self.flushDashboardNow() }
        if let message = failure.withLock({ $0 }) { throw WatchFailure(message: message) }
    }

    /// Stops taking files; the files being checked finish, the rest stay where they are.
    public func stop() {
        guard !stopping.exchange(true, ordering: .sequentiallyConsistent) else { return }
        notifier?.send("STOPPING=1")
        logger.notice("stopping: finishing the files being checked")
    }

    /// Re-reads the configuration; a bad one keeps the current settings and logs why.
    public func reload() {
        notifier?.send("RELOADING=1\nMONOTONIC_USEC=\(SystemdNotifier.monotonicMicroseconds)")
        do {
            let fresh = try loadSettings()
            settings.withLock { $0 = fresh }
            logger.notice("configuration reloaded")
        } catch {
            logger.error("reload failed, keeping the previous configuration: \(error)")
            state.recordError(file: "configuration", message: "reload failed: \(error)", time: ArticleProcessor.wallClock)
        }
        notifier?.send("READY=1\nSTATUS=\(statusLine)")
    }

    var isStopping: Bool { stopping.load(ordering: .relaxed) }

    func fail(_ message: String) {
        failure.withLock { if $0 == nil { $0 = message } }
        logger.critical("\(message)")
        stopping.store(true, ordering: .sequentiallyConsistent)
    }

    var currentSettings: WatchSettings { settings.withLock { $0 } }

    var statusLine: String {
        let snapshot = state.snapshot
        let waiting = queue.count + timers.settlingCount + timers.delayedCount
        return "queued \(waiting), in work \(queue.activeCount), checked \(snapshot.checked), failed \(snapshot.failed)"
            + (snapshot.retrying > 0 ? ", retrying \(snapshot.retrying)" : "")
    }

    /// Starts a dashboard update in the background unless one is running.
    func flushDashboard() {
        guard options.dashboard != nil, MonotonicClock.now >= nextDashboard.withLock({ $0 }),
              !dashboardBusy.exchange(true, ordering: .acquiring) else { return }
        dashboardQueue.async {
            let started = MonotonicClock.now
            self.flushDashboardNow()
            let finished = MonotonicClock.now
            self.nextDashboard.withLock { $0 = finished + 9 * (finished - started) }
            self.dashboardBusy.store(false, ordering: .releasing)
        }
    }

    /// A kill -9 loses the dashboard entries not yet flushed (their reports are on disk):
    /// adds them back, in the background.
    func recoverDashboard() {
        guard let dashboard = options.dashboard else { return }
        dashboardQueue.async {
            do {
                let added = try dashboard.addMissing()
                if added > 0 { self.logger.notice("the dashboard did not list \(added) reports; added them") }
            } catch {
                self.logger.error("cannot update the dashboard: \(error)")
            }
        }
    }

    private func flushDashboardNow() {
        do {
            try options.dashboard?.flush()
        } catch {
            logger.error("cannot update the dashboard: \(error); trying again in a second")
        }
    }

    static let largestBatch = 64

    /// `largestBatch`, or less when every worker's batch, with a temporary file open per
    /// report format, would not fit in half of the open-file limit.
    static func batchLimit(workers: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < 1 << 40 else { return largestBatch }
        let perBatch = workers * ReportFormat.all.count
        return max(1, min(largestBatch, Int(limit.rlim_cur) / 2 / max(1, perBatch)))
    }

    func writeState() {
        guard let snapshot = state.takeChanged(now: ArticleProcessor.wallClock) else { return }
        try? writer.write(WatchState.encode(snapshot), to: RawName("state-\(folders.slot).json"), in: folders.privateFolder)
    }
}
