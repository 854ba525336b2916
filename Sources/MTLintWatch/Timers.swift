import Glibc
import Synchronization

/// What waits for a time: inbox names settling after a write (taken only once their size and
/// modification time have stayed the same for the settle period) and items delayed for a
/// partner or a retry. Shared by the watcher, which fires them, and the workers.
final class Timers: Sendable {
    struct Settling {
        var due: Double
        var size: Int
        var modified: Int64
    }

    private struct State {
        var settling: [RawName: Settling] = [:]
        var delayed: [WorkItem: Double] = [:]
        var attempts: [RawName: Int] = [:]
    }

    private let state = Mutex(State())

    /// Starts (or restarts) the settle period of a name with its current size and mtime.
    func settle(_ name: RawName, status: stat, period: Double, now: Double = MonotonicClock.now) {
        let entry = Settling(due: now + period, size: Int(status.st_size), modified: Self.modified(status))
        state.withLock { $0.settling[name] = entry }
    }

    /// Pushes back a settling name's deadline (it was written to again); false if not settling.
    func touch(_ name: RawName, period: Double, now: Double = MonotonicClock.now) -> Bool {
        state.withLock { state in
            guard state.settling[name] != nil else { return false }
            state.settling[name]!.due = now + period
            return true
        }
    }

    func isSettling(_ name: RawName) -> Bool {
        state.withLock { $0.settling[name] != nil }
    }

    /// Removes and returns the names whose settle period is over.
    func dueSettling(now: Double) -> [(RawName, Settling)] {
        state.withLock { state in
            let due = state.settling.filter { $0.value.due <= now }
            for name in due.keys { state.settling[name] = nil }
            return due.map { ($0.key, $0.value) }
        }
    }

    func delay(_ item: WorkItem, until due: Double) {
        state.withLock { $0.delayed[item] = due }
    }

    func isDelayed(_ item: WorkItem) -> Bool {
        state.withLock { $0.delayed[item] != nil }
    }

    func dueDelayed(now: Double) -> [WorkItem] {
        state.withLock { state in
            let due = state.delayed.filter { $0.value <= now }.map(\.key)
            for item in due { state.delayed[item] = nil }
            return due
        }
    }

    /// The earliest deadline of anything waiting.
    var nextDue: Double? {
        state.withLock { state in
            [state.settling.values.map(\.due).min(), state.delayed.values.min()].compactMap { $0 }.min()
        }
    }

    var settlingCount: Int { state.withLock { $0.settling.count } }
    var delayedCount: Int { state.withLock { $0.delayed.count } }

    /// Counts a failed attempt at a claimed file and returns the back-off before the next
    /// one: 1 s, 2 s, 4 s … at most 60 s.
    func backOff(_ name: RawName) -> Double {
        state.withLock { state in
            let attempts = (state.attempts[name] ?? 0) + 1
            state.attempts[name] = attempts
            return min(60, Double(1 << min(attempts - 1, 6)))
        }
    }

    func succeeded(_ name: RawName) {
        _ = state.withLock { $0.attempts.removeValue(forKey: name) }
    }

    static func modified(_ status: stat) -> Int64 {
        Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }
}
