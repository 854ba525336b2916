import Dispatch
import Synchronization

/// Work split over a few threads, results kept in order.
enum Concurrently {
    /// `transform` applied to each element, on up to `threads` threads (each element taken
    /// by the next free thread, in order), the results in the elements' order. One thread,
    /// or one element, runs here, in order.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], threads: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard threads > 1 && elements.count > 1 else { return elements.map(transform) }
        let results = Mutex([Result?](repeating: nil, count: elements.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(threads, elements.count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < elements.count else { return }
                let result = transform(elements[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
