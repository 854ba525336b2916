import FoundationEssentials
import Synchronization

/// Counters and the last errors of one running instance, kept in memory and written to the
/// small state file (`.mtlint/state-N.json`) that `mtlint status` reads.
public final class WatchState: Sendable {
    public struct Snapshot: Codable, Sendable, Equatable {
        public var pid: Int32
        public var started: Double
        public var updated: Double
        public var checked = 0
        public var failed = 0
        public var retrying = 0
        public var mode = "inotify"
        public var lastErrors: [ErrorEntry] = []
    }

    public struct ErrorEntry: Codable, Sendable, Equatable {
        public var time: Double
        public var file: String
        public var message: String
    }

    private let state: Mutex<(snapshot: Snapshot, changed: Bool)>
    static let keptErrors = 20

    init(pid: Int32, started: Double) {
        state = Mutex((Snapshot(pid: pid, started: started, updated: started), true))
    }

    func update(_ body: (inout Snapshot) -> Void) {
        state.withLock { state in
            body(&state.snapshot)
            state.changed = true
        }
    }

    func recordError(file: String, message: String, time: Double) {
        update { snapshot in
            snapshot.lastErrors.append(ErrorEntry(time: time, file: file, message: message))
            if snapshot.lastErrors.count > Self.keptErrors { snapshot.lastErrors.removeFirst() }
        }
    }

    var snapshot: Snapshot { state.withLock { $0.snapshot } }

    /// The snapshot if it changed since the last call.
    func takeChanged(now: Double) -> Snapshot? {
        state.withLock { state in
            guard state.changed else { return nil }
            state.changed = false
            state.snapshot.updated = now
            return state.snapshot
        }
    }

    public static func encode(_ snapshot: Snapshot) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return ((try? Array(encoder.encode(snapshot))) ?? []) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8]) -> Snapshot? {
        try? JSONDecoder().decode(Snapshot.self, from: Data(bytes))
    }
}
