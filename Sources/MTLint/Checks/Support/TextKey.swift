/// A run of words as a dictionary key: their interned ids, hashed in one call rather than
/// word by word, and without the Unicode normalization that hashing a `String` implies.
struct TextKey: Hashable {
    let ids: [Int32]

    func hash(into hasher: inout Hasher) {
        ids.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
