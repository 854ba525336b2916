import FoundationEssentials
import Glibc
import MTLint
import Synchronization

/// Keeps the reports folder's dashboard (`index.html`, `index.json`) up to date without
/// rewriting it once per file: each finished input is recorded, and the watcher flushes the
/// recorded entries in one update at most once a second. A failed update (a full disk) keeps
/// its entries for the next try.
public final class DashboardBatcher: Sendable {
    private let dashboard: Dashboard
    private let pending = Mutex<[DashboardEntry]>([])

    public init(reportsFolder: String) {
        dashboard = Dashboard(reportsFolder: reportsFolder)
    }

    /// The after-each-file hook: remembers the input's entry.
    public func record(_ report: Report, name: RawName) {
        let entry = DashboardEntry(report: report, name: name.display, checkedAt: Date())
        pending.withLock { $0.append(entry) }
    }

    /// Writes what was recorded since the last flush; throws (keeping the entries) on failure.
    public func flush() throws(InputError) {
        let entries = pending.withLock { entries in
            defer { entries.removeAll() }
            return entries
        }
        guard !entries.isEmpty else { return }
        do {
            try dashboard.update(with: entries)
        } catch {
            pending.withLock { $0.insert(contentsOf: entries, at: 0) }
            throw error
        }
    }

    /// Lists the reports a killed daemon wrote but never recorded; returns how many.
    public func addMissing() throws(InputError) -> Int {
        try dashboard.addMissing()
    }

    /// Removes temporary dashboard files left by processes that no longer exist (their
    /// names carry the writer's pid: `.index.html.PID.RANDOM.tmp`).
    public static func removeStaleTemporaries(in folder: Directory) {
        for name in (try? folder.names()) ?? [] where name.hasSuffix(".tmp") {
            let parts = String(decoding: name.bytes, as: UTF8.self).split(separator: ".")
            guard name.bytes.starts(with: Array(".index.".utf8)), parts.count >= 5,
                  let pid = Int32(parts[parts.count - 3]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            folder.removeOwnFile(name)
        }
    }
}
