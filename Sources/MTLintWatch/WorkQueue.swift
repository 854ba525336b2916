import Dispatch
import Synchronization

/// The bounded, de-duplicated queue between the watcher and the workers. It only holds
/// names: the folder is the real queue, so when this one is full a name is dropped and the
/// watcher rescans the folder later. An item is never queued twice, nor while a worker has it.
final class WorkQueue: Sendable {
    private struct State {
        var order: [WorkItem] = []
        var head = 0
        var queued: Set<WorkItem> = []
        var active: Set<WorkItem> = []
        /// Active items that were announced again (a new file with the same name).
        var again: Set<WorkItem> = []
    }

    enum Outcome { case added, known, full }

    let limit: Int
    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Queues an item unless it is known; claimed items jump the line.
    @discardableResult
    func add(_ item: WorkItem) -> Outcome {
        let outcome: Outcome = state.withLock { state in
            if state.queued.contains(item) { return .known }
            if state.active.contains(item) {
                state.again.insert(item)
                return .known
            }
            if state.queued.count >= limit { return .full }
            state.queued.insert(item)
            if case .claimed = item, state.head > 0 {
                state.head -= 1
                state.order[state.head] = item
            } else {
                state.order.append(item)
            }
            return .added
        }
        if outcome == .added { available.signal() }
        return outcome
    }

    /// Waits up to `timeout` seconds for an item and marks it active.
    func take(timeout: Double) -> WorkItem? {
        guard available.wait(timeout: .now() + timeout) == .success else { return nil }
        return takeSignalled()
    }

    /// Waits up to `timeout` seconds for an item, then also takes (without waiting) this
    /// worker's share of what is queued now: at most `limit` items in all, and no more than
    /// 1/`workers` of the rest, so that a few queued items still spread over the workers.
    func take(timeout: Double, upTo limit: Int, workers: Int) -> [WorkItem] {
        guard let first = take(timeout: timeout) else { return [] }
        var items = [first]
        let share = min(limit - 1, count / max(1, workers))
        while items.count <= share, available.wait(timeout: .now()) == .success {
            guard let item = takeSignalled() else { break }
            items.append(item)
        }
        return items
    }

    /// Takes the next item after a successful wait on `available`.
    private func takeSignalled() -> WorkItem? {
        state.withLock { state in
            guard state.head < state.order.count else { return nil }
            let item = state.order[state.head]
            state.head += 1
            if state.head > 1024 && state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
            state.queued.remove(item)
            state.active.insert(item)
            return item
        }
    }

    /// Marks an item finished; returns true when it was announced again meanwhile.
    func finish(_ item: WorkItem) -> Bool {
        state.withLock { state in
            state.active.remove(item)
            return state.again.remove(item) != nil
        }
    }

    func isKnown(_ item: WorkItem) -> Bool {
        state.withLock { $0.queued.contains(item) || $0.active.contains(item) }
    }

    var count: Int { state.withLock { $0.queued.count } }
    var activeCount: Int { state.withLock { $0.active.count } }
}
