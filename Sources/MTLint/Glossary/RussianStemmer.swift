import CStemmer

/// Snowball's Russian stemmer: "Киева", "Киеве", "Киевом" all stem to "киев". Not
/// thread-safe; make one per check run.
final class RussianStemmer {
    private let stemmer: OpaquePointer

    init() {
        guard let stemmer = mtl_stemmer_open("russian") else { fatalError("libstemmer has no Russian stemmer") }
        self.stemmer = stemmer
    }

    deinit { mtl_stemmer_close(stemmer) }

    /// The stem of one word, lowercased first, with ё read as е (news text drops the dots).
    func stem(_ word: String) -> String {
        let lowered = Array(word.lowercased().replacing("ё", with: "е").utf8)
        var length: Int32 = 0
        let stem = lowered.withUnsafeBufferPointer { mtl_stemmer_stem(stemmer, $0.baseAddress, Int32($0.count), &length) }
        guard let stem else { return String(decoding: lowered, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(start: stem, count: Int(length)), as: UTF8.self)
    }
}
