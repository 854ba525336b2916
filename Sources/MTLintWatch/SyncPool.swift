import Dispatch
import Glibc
import Synchronization

/// Runs many fsyncs at once. One fsync at a time pays a full device flush each (a few
/// milliseconds on a virtual disk); issued together, the block layer merges their flushes,
/// so a batch of reports becomes durable in about the time of one. The calls block, so they
/// run on private serial queues (each has its own thread), not on the shared pool.
final class SyncPool: Sendable {
    private let queues: [DispatchQueue]
    private let next = Atomic<Int>(0)

    init(width: Int) {
        queues = (0..<max(1, width)).map { DispatchQueue(label: "mtlint.watch.fsync-\($0)") }
    }

    /// fsyncs every descriptor and returns, in the same order, 0 or the errno of each.
    func sync(_ descriptors: [Int32]) -> [Int32] {
        if descriptors.count == 1 { return [fsync(descriptors[0]) == 0 ? 0 : errno] }
        let results = Mutex([Int32](repeating: 0, count: descriptors.count))
        let group = DispatchGroup()
        for (index, descriptor) in descriptors.enumerated() {
            let queue = queues[(next.wrappingAdd(1, ordering: .relaxed).oldValue & Int.max) % queues.count]
            queue.async(group: group) {
                let code = fsync(descriptor) == 0 ? 0 : errno
                if code != 0 { results.withLock { $0[index] = code } }
            }
        }
        group.wait()
        return results.withLock { $0 }
    }
}
