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

    private let compute: (@Sendable () -> Value)?
    private let storage = Atomic<UInt>(0)
    private let computing = Mutex<Void>(())

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    /// A value whose computation is given at each read (``value(_:)``): for a value of an
    /// object that its own initializer cannot yet hand to a closure.
    init() {
        compute = nil
    }

    /// Whether the value has been computed.
    var isComputed: Bool { storage.load(ordering: .acquiring) != 0 }

    deinit {
        let bits = storage.load(ordering: .acquiring)
        if bits != 0 { Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release() }
    }

    var value: Value {
        value(compute!)
    }

    /// The value, computed by `compute` if no read has computed it yet.
    func value(_ compute: () -> Value) -> Value {
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
