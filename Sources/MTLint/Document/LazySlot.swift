import Synchronization

/// A value computed on first use and then shared, safe to read from any thread, held in its
/// owner's storage, its computation given at each read (``LazyValue`` wraps one with its
/// computation fixed). A document has six such values, held without an object each: six
/// objects took twelve allocations and frees for each document.
///
/// Reads after the first are one atomic load (no lock). The first read computes under a lock:
/// a thread that asks meanwhile waits for that result.
struct LazySlot<Value: Sendable>: ~Copyable, Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let storage = Atomic<UInt>(0)
    private let computing = Mutex<Void>(())

    init() {}

    deinit {
        let bits = storage.load(ordering: .acquiring)
        if bits != 0 { Unmanaged<Box>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release() }
    }

    /// Whether the value has been computed.
    var isComputed: Bool { storage.load(ordering: .acquiring) != 0 }

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
