/// Finds whether an offset lies inside a URL or e-mail address, where Cyrillic is legitimate
/// (internationalized domain names such as премияарсеньева.рф).
enum AddressSpans {
    private static let cyrillicTopLevelDomains = ["рф", "рус", "укр", "бел", "срб", "мкд", "бг", "қаз", "мон", "москва", "онлайн", "сайт", "дети", "орг", "ком"]

    /// The whitespace-delimited chunk around `offset`.
    static func chunk(in bytes: TextBytes, around offset: Int) -> Range<Int> {
        var start = offset
        while start > 0, !isSpace(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
        return start..<end
    }

    static func isAddress(_ bytes: TextBytes, around offset: Int) -> Bool {
        let range = chunk(in: bytes, around: offset)
        // Every form below needs a "." or a ":" (a scheme, "www.", "mailto:", a domain): most
        // chunks (a Russian caption's words) have neither and skip the String work.
        guard bytes[range].contains(where: { $0 == 0x2E || $0 == 0x3A }) else { return false }
        // … and a letter ("www", a scheme, a domain) or an "@" or "://": a number such as
        // "14.2" or "10:30," is not an address either.
        guard bytes[range].contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 || $0 == 0x40 || $0 == 0x2F }) else { return false }
        let text = String(decoding: bytes[range], as: UTF8.self)
            .trimming("\"'«»“”()[]<>,;")
            .lowercased()
        if text.contains("://") || text.hasPrefix("www.") || text.hasPrefix("mailto:") { return true }
        if let at = text.firstIndex(of: "@"), text[at...].contains(".") , at != text.startIndex { return true }
        let withoutPath = text.split(separator: "/", maxSplits: 1).first.map(String.init) ?? text
        let labels = withoutPath.split(separator: ".")
        if labels.count >= 2, let top = labels.last.map({ String($0).trimming(".:") }),
           cyrillicTopLevelDomains.contains(top) {
            return true
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension String {
    /// Drops leading and trailing characters found in `characters`.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
