import CICU

/// Unicode normalization through ICU.
public enum Normalizer {
    /// NFC form of UTF-8 text. ASCII and text ICU quick-checks as NFC are returned unchanged.
    public static func nfc(_ utf8: [UInt8]) -> [UInt8] {
        if utf8.withUnsafeBufferPointer({ ByteScan.firstNonASCII($0, from: 0) }) == utf8.count { return utf8 }
        if utf8.withBytes({ mtl_is_nfc($0, $1) }) == 1 { return utf8 }
        return normalizing(utf8)
    }

    /// The NFC form ICU makes of text that is not NFC already.
    private static func normalizing(_ utf8: [UInt8]) -> [UInt8] {
        let normalized = utf8.withBytes { input, length in
            icuOutput(initialCapacity: utf8.count + utf8.count / 8) { out, capacity in
                mtl_nfc(input, length, out, capacity)
            }
        }
        return normalized ?? utf8
    }

    /// NFC form of a document's bytes: the same bytes (mapped or not) when they are NFC already.
    public static func nfc(_ utf8: TextBytes) -> TextBytes {
        if utf8.withUnsafeBufferPointer({ ByteScan.firstNonASCII($0, from: 0) }) == utf8.count { return utf8 }
        if utf8.withBytes({ mtl_is_nfc($0, $1) }) == 1 { return utf8 }
        return TextBytes(normalizing(utf8.bytes))
    }

    public static func nfc(_ text: String) -> String {
        String(decoding: nfc(Array(text.utf8)), as: UTF8.self)
    }
}
