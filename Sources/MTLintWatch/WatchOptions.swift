import MTLint

/// How a `WatchEngine` runs, beyond the reloadable settings.
public struct WatchOptions: Sendable {
    /// Checks run in parallel.
    public var workers: Int
    /// Forces polling every this many seconds (`--poll`); nil lets the file system decide.
    public var poll: Double?
    /// The process environment (`NOTIFY_SOCKET`, `WATCHDOG_USEC`).
    public var environment: [String: String]
    /// Names the in-memory queue holds at most; the folder holds the rest.
    public var queueLimit: Int
    /// Keeps `reports/index.html` up to date; nil writes no dashboard.
    public var dashboard: DashboardBatcher?

    public init(
        workers: Int, poll: Double? = nil, environment: [String: String] = [:], queueLimit: Int = 4096,
        dashboard: DashboardBatcher? = nil
    ) {
        self.workers = max(1, workers)
        self.poll = poll
        self.environment = environment
        self.queueLimit = max(16, queueLimit)
        self.dashboard = dashboard
    }
}
