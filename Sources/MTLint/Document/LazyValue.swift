import Synchronization

/// A value computed on first use and then shared, safe to read from any thread. Reads after
/// the first are one atomic load (no lock), so properties backed by it can sit in inner loops.
/// The first read computes under a lock: a thread that asks meanwhile waits for that result
/// (the checks of one document may run side by side, and the words of a long text take a
/// tenth of its checking).
final class LazyValue<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let compute: @Sendable () -> Value
    private let storage = Atomic<UInt>(0)
    private let computing = Mutex<Void>(())

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    deinit {
        let bits = storage.load(ordering: .acquiring)
        if bits != 0 { Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release() }
    }

    var value: Value {
        let bits = storage.load(ordering: .acquiring)
        if bits != 0 { return Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).takeUnretainedValue().value }
        return computing.withLock { _ in
            let bits = storage.load(ordering: .acquiring)
            if bits != 0 { return Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).takeUnretainedValue().value }
            let box = Unmanaged.passRetained(Box(compute()))
            storage.store(UInt(bitPattern: box.toOpaque()), ordering: .releasing)
            return box.takeUnretainedValue().value
        }
    }
}
