/// A value computed on first use and then shared, safe to read from any thread: a
/// ``LazySlot`` with its computation given once, at creation. Reads after the first are one
/// atomic load (no lock), so properties backed by it can sit in inner loops. The first read
/// computes under a lock: a thread that asks meanwhile waits for that result (the checks of
/// one document may run side by side).
final class LazyValue<Value: Sendable>: Sendable {
    private let compute: @Sendable () -> Value
    private let slot = LazySlot<Value>()

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    var value: Value {
        slot.value(compute)
    }
}
