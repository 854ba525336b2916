import CICU

/// UTS #39 confusable detection through ICU's spoof checker. Safe to share across threads.
public final class SpoofChecker: @unchecked Sendable {
    // ICU documents a configured USpoofChecker as thread-safe for its const check functions.
    private let handle: OpaquePointer

    public init() {
        guard let handle = mtl_spoof_open() else { fatalError("ICU spoof checker unavailable") }
        self.handle = handle
    }

    deinit { mtl_spoof_close(handle) }

    /// The confusable skeleton of `text` (e.g. Cyrillic "о" -> Latin "o").
    public func skeleton(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let output = bytes.withBytes { input, length in
            icuOutput(initialCapacity: bytes.count * 2) { out, capacity in
                mtl_spoof_skeleton(handle, input, length, out, capacity)
            }
        }
        return output.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// True when ICU's restriction-level or mixed-script-confusable check rejects `text`.
    public func isSuspicious(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withBytes { mtl_spoof_check(handle, $0, $1) } > 0
    }
}
