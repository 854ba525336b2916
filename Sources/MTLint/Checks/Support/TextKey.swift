/// Normalized text used as a dictionary key: bytes hashed in one call, not byte by byte and
/// without the Unicode normalization that hashing a `String` implies (the text is NFC already).
struct TextKey: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
