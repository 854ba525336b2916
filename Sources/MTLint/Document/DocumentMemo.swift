import Synchronization

/// Values derived from a document that several checks need (the glossary's word keys, say),
/// computed by the first check that asks and shared with the others. Checks of one document
/// may run on several threads (``Checker/check(_:source:alignment:threads:)``): each value
/// has its own lock, held while it is computed, so a second check asking for it waits for
/// the first one's result instead of computing it again.
final class DocumentMemo: Sendable {
    private final class Slot: Sendable {
        let value = Mutex<AnyObject?>(nil)
    }

    /// A value kept as an object: it is read back with a cast between classes, a comparison
    /// of type metadata (from `any Sendable` the cast searched protocol conformances).
    private final class Box<T: Sendable>: Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    private let slots = Mutex<[String: Slot]>([:])

    /// Whether a value is kept under `key` (false while it is still being computed).
    func contains(_ key: String) -> Bool {
        guard let slot = slots.withLock({ $0[key] }) else { return false }
        return slot.value.withLockIfAvailable { $0 != nil } ?? false
    }

    func value<T: Sendable>(_ key: String, _ compute: () -> T) -> T {
        let slot = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.value.withLock { value in
            if let found = value as? Box<T> { return found.value }
            let computed = compute()
            value = Box(computed)
            return computed
        }
    }
}
