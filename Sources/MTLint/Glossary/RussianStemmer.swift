import CStemmer
import Glibc

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

    /// How a word of a text is keyed (its UTF-8 bytes): its stem, and its whole lowercase
    /// form (which matches the keys `termKey` gives over-stemmed names).
    func textKey(_ word: UnsafeBufferPointer<UInt8>) -> TermKey {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { buffer in
            guard let lowered = Self.loweredByTable(word, into: buffer) else {
                let lowered = Self.lowered(String(decoding: word, as: UTF8.self))
                let stem = stem(lowered: lowered)
                return TermKey(exact: stem, reduced: stem == lowered ? [] : [(lowered, 0)])
            }
            // Compared as bytes before any String is made (a generic comparison of a String
            // with the buffer cost some 600 instructions a word).
            return withStem(ofLowered: lowered) { stem in
                let same = stem.count == lowered.count && memcmp(stem.baseAddress!, lowered.baseAddress!, lowered.count) == 0
                return TermKey(exact: String(decoding: stem, as: UTF8.self),
                               reduced: same ? [] : [(String(decoding: lowered, as: UTF8.self), 0)])
            }
        }
    }

    /// ``lowered(_:)`` of a word of ASCII and Cyrillic letters, by table into `buffer`: an
    /// original's words went through `String.lowercased()` and an NFC replacement, some
    /// 6,000 instructions a word and most of the cost of checking a text with its original.
    /// Nil for other words (they take the String path).
    private static func loweredByTable(_ word: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard !word.isEmpty, CyrillicWordCase.fold(word, key: buffer) != nil else { return nil }
        // ё (U+0451, D1 91; Ё is lowered to it already) read as е (U+0435, D0 B5). D1 only
        // ever leads a scalar, so the pair is always that letter.
        var index = 0
        while index + 1 < word.count {
            if buffer[index] == 0xD1 && buffer[index + 1] == 0x91 {
                buffer[index] = 0xD0
                buffer[index + 1] = 0xB5
                index += 2
            } else {
                index += 1
            }
        }
        return UnsafeBufferPointer(rebasing: buffer[0..<word.count])
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
        Array(word.utf8).withUnsafeBufferPointer { stem(loweredBytes: $0) }
    }

    /// The stem of the UTF-8 bytes of a word already lowered.
    private func stem(loweredBytes word: UnsafeBufferPointer<UInt8>) -> String {
        withStem(ofLowered: word) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the stem of a word already lowered (the word itself if
    /// Snowball gives none); they are the stemmer's own, valid only during the call.
    private func withStem<Result>(ofLowered word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var length: Int32 = 0
        guard let stem = mtl_stemmer_stem(stemmer, word.baseAddress, Int32(word.count), &length) else { return body(word) }
        return body(UnsafeBufferPointer(start: stem, count: Int(length)))
    }
}
