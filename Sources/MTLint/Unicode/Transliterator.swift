import CICU
import Synchronization

/// An ICU transliterator ("Russian-Latin/BGN", "Any-Latin"). ICU transliterators are not
/// thread-safe, so calls are serialized; they are rare (once per leftover run).
public final class Transliterator: Sendable {
    private let handle: Mutex<OpaquePointer?>

    /// Opens a transliterator by ICU id. The first one opened in a process builds ICU's
    /// transliterator registry, which costs 25-35 ms.
    public init?(_ identifier: String) {
        guard let opened = mtl_translit_open(identifier) else { return nil }
        handle = Mutex(opened)
    }

    private init(opened: sending OpaquePointer) {
        handle = Mutex(opened)
    }

    /// ICU's "Russian-Latin/BGN", opened from its rules in ICU's data without building the
    /// registry (a millisecond or two instead of 25-35); same output as
    /// `Transliterator("Russian-Latin/BGN")`. Nil if ICU's rules are not shaped as expected.
    public static func russianLatinBGN() -> Transliterator? {
        bgn("ru-ru_Latn/BGN")
    }

    /// ICU's "Ukrainian-Latin/BGN", opened the same way; same output as
    /// `Transliterator("Ukrainian-Latin/BGN")`.
    public static func ukrainianLatinBGN() -> Transliterator? {
        bgn("uk-uk_Latn/BGN")
    }

    private static func bgn(_ rulesID: String) -> Transliterator? {
        guard let opened = mtl_translit_open_bgn(rulesID) else { return nil }
        return Transliterator(opened: opened)
    }

    deinit {
        handle.withLock { pointer in
            if let pointer { mtl_translit_close(pointer) }
        }
    }

    public func callAsFunction(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let output: [UInt8]? = handle.withLock { pointer in
            guard let pointer else { return nil }
            return bytes.withBytes { input, length in
                icuOutput(initialCapacity: bytes.count * 2) { out, capacity in
                    mtl_translit(pointer, input, length, out, capacity)
                }
            }
        }
        return output.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
