import CICU

/// Unicode normalization through ICU.
public enum Normalizer {
    /// NFC form of UTF-8 text. ASCII and text ICU quick-checks as NFC are returned unchanged.
    public static func nfc(_ utf8: [UInt8]) -> [UInt8] {
        utf8.withUnsafeBufferPointer(isNFC) ? utf8 : normalizing(utf8)
    }

    /// NFC form of a document's bytes: the same bytes (mapped or not) when they are NFC already.
    public static func nfc(_ utf8: TextBytes) -> TextBytes {
        utf8.withUnsafeBufferPointer(isNFC) ? utf8 : TextBytes(normalizing(utf8.bytes))
    }

    /// Whether text is NFC as it is: all ASCII (told without ICU's tables), or NFC by the
    /// quick check.
    private static func isNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteScan.firstNonASCII(utf8, from: 0) == utf8.count || utf8.withBytes { mtl_is_nfc($0, $1) } == 1
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

    public static func nfc(_ text: String) -> String {
        String(decoding: nfc(Array(text.utf8)), as: UTF8.self)
    }
}
