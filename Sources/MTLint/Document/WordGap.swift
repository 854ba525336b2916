/// What separates a word from the next one, classified once from the bytes between them:
/// the glossary matcher and the term checks ask whether two words may belong to one term,
/// the compound check whether a single hyphen or space joins them, and the sentence-start
/// logic whether a line break comes between.
struct WordGap: OptionSet, Sendable {
    let rawValue: UInt8
    /// Only spaces, at most one line break, or hyphens: the words may be one term.
    static let joins = WordGap(rawValue: 1 << 0)
    /// Exactly one hyphen ("-", U+2010 or U+2011).
    static let hyphen = WordGap(rawValue: 1 << 1)
    /// Exactly one space.
    static let space = WordGap(rawValue: 1 << 2)
    /// Holds a line feed.
    static let lineBreak = WordGap(rawValue: 1 << 3)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The gap between a word ending at `from` and the next starting at `to`. Nearly every gap
    /// is one space: that case costs two comparisons.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        if to - from == 1 {
            switch bytes[from] {
            case 0x20: self = [.joins, .space]
            case 0x2D: self = [.joins, .hyphen]
            case 0x0A: self = [.joins, .lineBreak]
            case 0x09, 0x0D: self = .joins
            default: self = []
            }
            return
        }
        // The next most common gaps, ", ", ". " and ".\n" (a text of one sentence a line),
        // join nothing (as the long way finds).
        if to - from == 2 && (bytes[from] == 0x2C || bytes[from] == 0x2E) && (bytes[from + 1] == 0x20 || bytes[from + 1] == 0x0A) {
            self = bytes[from + 1] == 0x0A ? .lineBreak : []
            return
        }
        self = Self.longGap(bytes, from, to)
    }

    /// The gap read byte by byte (what the short cuts above must agree with).
    static func longGap(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> WordGap {
        var gap: WordGap = []
        var breaks = 0
        var joins = from < to
        var offset = from
        while offset < to {
            switch bytes[offset] {
            case 0x20, 0x09, 0x2D, 0x0D: offset += 1
            case 0x0A: breaks += 1; offset += 1
            case 0xC2 where offset + 1 < to && bytes[offset + 1] == 0xA0: offset += 2 // no-break space
            case 0xE2 where offset + 2 < to && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0x90 || bytes[offset + 2] == 0x91 || bytes[offset + 2] == 0xAF):
                offset += 3 // U+2010, U+2011 hyphens, U+202F narrow no-break space
            default:
                // No join; only a line break still matters (sentence-initial words).
                joins = false
                while offset < to && bytes[offset] != 0x0A { offset += 1 }
            }
        }
        if joins && breaks <= 1 { gap.insert(.joins) }
        if breaks > 0 { gap.insert(.lineBreak) }
        if to - from == 3 && bytes[from] == 0xE2 && bytes[from + 1] == 0x80 && (bytes[from + 2] == 0x90 || bytes[from + 2] == 0x91) {
            gap.insert(.hyphen)
        }
        return gap
    }
}
