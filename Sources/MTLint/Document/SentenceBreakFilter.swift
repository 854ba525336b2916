import CICU

/// ICU's abbreviation filter for sentence breaks (`SimpleFilteredSentenceBreakIterator`, what
/// "en@ss=standard" adds to the sentence iterator), rebuilt from ICU's own list and matched
/// the way ICU matches it, quirks included:
/// - a break is suppressed when the text before it (less one U+0020, if the break follows
///   one) ends with an abbreviation, compared case-sensitively and with no word boundary in
///   front: "XMr. Smith" is suppressed like "Mr. Smith"; after two spaces, a tab or a line
///   break nothing is;
/// - an abbreviation with an inner "." ("U.S.", "Ph.D.") is matched backwards only up to its
///   first "." ("U."), then forwards from there over the text, past the break and to the
///   paragraph's end if need be: the break stays unless the text there spells a whole entry
///   of the group that shares that prefix; once grouped so, even an entry that is the prefix
///   itself ("U.", "S.") needs the forward match, which the following space spoils, so "U.
///   Smith" and "the U.S. Army" break;
/// - the longest backward match decides, even if a shorter one was a plain abbreviation.
/// The paragraph's last boundary is never suppressed (the caller's business).
struct SentenceBreakFilter: Sendable {
    private static let partial: Int8 = 1
    private static let match: Int8 = 2

    /// Reversed abbreviations (value `match`) and reversed prefixes up to the first "." of
    /// the grouped ones (value `partial`): ".rM" for "Mr.", ".U" for "U.S.".
    private var backward = AbbreviationTrie()
    /// The grouped abbreviations, forwards ("U.S.", "U.S.A.", "U.").
    private var forward = AbbreviationTrie()
    /// The ASCII bytes the backward walk can take a first step on (bit `byte`; in English
    /// only "."): a break after a line feed, a quote or a letter stays without the walk.
    private var firstSteps: (low: UInt64, high: UInt64) = (0, 0)

    /// The filter for English, from ICU's data; nil if ICU has none or it is not all ASCII
    /// (the fast path then leaves every paragraph to ICU).
    static let english: SentenceBreakFilter? = SentenceBreakFilter(locale: "en")

    init?(locale: String) {
        guard let list = Self.abbreviations(locale: locale) else { return nil }
        self.init(abbreviations: list)
    }

    /// Builds the tries as ICU's `SimpleFilteredBreakIteratorBuilder::build` does, from the
    /// abbreviations sorted and without duplicates (ICU keeps them in a sorted set). The
    /// grouping depends on that order, so it is followed step by step.
    init?(abbreviations: [[UInt8]]) {
        guard abbreviations.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else { return nil }
        // ASCII, so byte order is ICU's UTF-16 order.
        let strings = Array(Set(abbreviations)).sorted { $0.lexicographicallyPrecedes($1) }
        let suppressInReverse = 1
        let addToForward = 2
        var partials = [Int](repeating: 0, count: strings.count)
        for (index, string) in strings.enumerated() {
            guard let dot = string.firstIndex(of: 0x2E), dot + 1 != string.count else { continue }
            let prefix = string[...dot]
            var sameAs = -1
            for (other, otherString) in strings.enumerated() where other != index && otherString.starts(with: prefix) {
                if partials[other] == 0 {
                    partials[other] = suppressInReverse | addToForward
                } else if partials[other] & suppressInReverse != 0 {
                    sameAs = other
                }
            }
            if sameAs == -1 && partials[index] == 0 {
                guard backward.add(prefix.reversed(), value: Self.partial) else { return nil }
                partials[index] = suppressInReverse | addToForward
            }
        }
        for (index, string) in strings.enumerated() {
            let added = partials[index] == 0
                ? backward.add(string.reversed(), value: Self.match)
                : forward.add(string, value: Self.match)
            guard added else { return nil }
        }
        guard !backward.isEmpty else { return nil }
        for byte in 0..<UInt8(128) where backward.child(of: 0, byte) != nil {
            if byte < 64 { firstSteps.low |= 1 << UInt64(byte) } else { firstSteps.high |= 1 << UInt64(byte - 64) }
        }
    }

    /// Whether ICU suppresses the break at `boundary` (0 < boundary < text.count) of a
    /// paragraph.
    @inline(__always)
    func suppresses(in text: UnsafeBufferPointer<UInt8>, at boundary: Int) -> Bool {
        let start = text[boundary - 1] == 0x20 ? boundary - 1 : boundary
        guard start > 0 else { return false }
        let last = text[start - 1]
        guard last < 0x80, (last < 64 ? firstSteps.low : firstSteps.high) >> UInt64(last & 63) & 1 != 0 else { return false }
        return walkSuppresses(in: text, from: start)
    }

    /// `suppresses` without the first-step check: ICU's walk backward from `start` (the
    /// boundary, or the space before it).
    func walkSuppresses(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        // Non-ASCII bytes have no edge in either trie, so walking bytes instead of code points
        // stops exactly where ICU stops.
        var position = start
        var node = 0
        var best = -1
        var bestValue: Int8 = -1
        while position > 0 {
            position -= 1
            guard let next = backward.child(of: node, text[position]) else { break }
            node = next
            if let value = backward.value(at: node) {
                best = position
                bestValue = value
            }
            if !backward.hasNext(node) { break }
        }
        guard best >= 0 else { return false }
        if bestValue == Self.match { return true }
        guard bestValue == Self.partial, !forward.isEmpty else { return false }
        return forwardMatches(in: text, from: best)
    }

    /// ICU's forward walk: as far as the trie goes on; a match if it stopped on a value, or
    /// ran out of text on a node with a value and more to come.
    private func forwardMatches(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var node = 0
        var matches = true
        var position = start
        while position < text.count {
            guard let next = forward.child(of: node, text[position]) else { return false }
            position += 1
            node = next
            matches = forward.value(at: node) != nil
            if !forward.hasNext(node) { break }
        }
        return matches
    }

    /// ICU's list for `locale`, each abbreviation as UTF-8; nil if ICU has none.
    static func abbreviations(locale: String) -> [[UInt8]]? {
        // ICU 72's English list takes 722 bytes: one call nearly always does.
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let capacity = buffer.count
            let needed = buffer.withUnsafeMutableBufferPointer { out in
                out.withMemoryRebound(to: CChar.self) { Int(mtl_sentence_break_exceptions(locale, $0.baseAddress, Int32(capacity))) }
            }
            guard needed > 0 else { return nil }
            if needed <= capacity {
                return buffer[..<needed].split(separator: 0, omittingEmptySubsequences: true).map(Array.init)
            }
            buffer = [UInt8](repeating: 0, count: needed)
        }
    }
}
