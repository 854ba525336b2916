import Synchronization

/// Values derived from a document that several checks need (the glossary's word keys, say),
/// computed by the first check that asks and shared with the others. Checks of one document
/// run on one thread, so the lock is uncontended.
final class DocumentMemo: Sendable {
    private let values = Mutex<[String: any Sendable]>([:])

    /// Whether a value is kept under `key`.
    func contains(_ key: String) -> Bool {
        values.withLock { $0[key] != nil }
    }

    func value<T: Sendable>(_ key: String, _ compute: () -> T) -> T {
        if let found = values.withLock({ $0[key] }) as? T { return found }
        let computed = compute()
        values.withLock { $0[key] = computed }
        return computed
    }
}
