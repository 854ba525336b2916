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

    /// How a word of a glossary source term is keyed: its stem, except where Snowball
    /// over-stems a nominative name ("Киев" -> "ки", "Лавров" -> "лавр" while "Киева" ->
    /// "киев"): then the whole lowercase word, which the inflected forms stem to.
    func termKey(_ word: String) -> String {
        let lowered = Self.lowered(word)
        let stem = stem(word)
        if (lowered.hasSuffix("ов") || lowered.hasSuffix("ев")) && stem.count == lowered.count - 2 { return lowered }
        return stem
    }

    /// How a word of a text is keyed: its stem, and its whole lowercase form (which matches
    /// the keys `termKey` gives over-stemmed names).
    func textKey(_ word: String) -> TermKey {
        let lowered = Self.lowered(word)
        let stem = stem(lowered: lowered)
        return TermKey(exact: stem, reduced: stem == lowered ? [] : [(lowered, 0)])
    }

    static func lowered(_ word: String) -> String {
        word.lowercased().replacingNFC("ё", with: "е")
    }

    /// The stem of one word, lowercased first, with ё read as е (news text drops the dots).
    func stem(_ word: String) -> String {
        stem(lowered: Self.lowered(word))
    }

    /// The stem of a word already lowered by ``lowered(_:)``.
    private func stem(lowered word: String) -> String {
        let lowered = Array(word.utf8)
        var length: Int32 = 0
        let stem = lowered.withUnsafeBufferPointer { mtl_stemmer_stem(stemmer, $0.baseAddress, Int32($0.count), &length) }
        guard let stem else { return String(decoding: lowered, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(start: stem, count: Int(length)), as: UTF8.self)
    }
}
