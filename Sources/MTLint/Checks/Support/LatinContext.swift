/// Decides whether a lone Cyrillic letter stands in Latin surroundings, where it is a
/// look-alike substitution ("50°С", "16 С°", "105х195") rather than leftover Russian.
enum LatinContext {
    static func surroundsLoneLetter(_ range: Range<Int>, in document: Document) -> Bool {
        let bytes = document.utf8
        let before = ScalarScanner.scalar(in: bytes, before: range.lowerBound)
        let after = range.upperBound < bytes.count ? ScalarScanner.scalar(in: bytes, at: range.upperBound).0 : nil
        for neighbour in [before, after].compactMap({ $0 }) {
            if neighbour.isASCIIDigit || neighbour == "°" || UnicodeScript(of: neighbour) == .latin { return true }
        }
        let line = document.lines.range(ofLine: document.lines.lineIndex(of: range.lowerBound))
        let lineWords = document.words(in: line)
        guard let index = lineWords.firstIndex(where: { $0.start >= range.lowerBound }) else { return false }
        let previous = index > lineWords.startIndex ? lineWords[index - 1] : nil
        let next = index + 1 < lineWords.endIndex ? lineWords[index + 1] : nil
        guard previous != nil || next != nil else { return false }
        return [previous, next].compactMap { $0 }.allSatisfy { word in
            !hasCyrillic(document.utf8[word.range])
        }
    }

    static func hasCyrillic(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { UnicodeScript(of: $0) == .cyrillic }
    }
}
