import CWordScan

/// ICU's sentence boundaries of one paragraph, found by the UAX #29 sentence rules themselves
/// (as ICU 72's `sent.txt` has them) and ICU's abbreviation filter, for paragraphs of
/// well-formed UTF-8 whose Extend and Format characters (combining marks, soft hyphens,
/// joiners, emoji modifiers and variation selectors) all follow Other, a letter or Numeric
/// (`attachedLength`); `boundaries` refuses any other paragraph, which goes to ICU.
///
/// There SB5 attaches them to a character no rule below looks at the way through, and the
/// rules come down to this: a sentence ends after a
/// paragraph separator (SB4; CR LF stays together, SB3), and after a terminator run,
/// SATerm Close* Sp* (SB9-SB11), unless
/// - what follows is SContinue or another SATerm (SB8a), or a ParaSep (SB9/10: the sentence
///   then ends after it);
/// - the SATerm is an ATerm followed directly by a Numeric (SB6), or by an Upper with an
///   Upper or Lower before it (SB7: "U.S");
/// - the SATerm is an ATerm and, after the run, the first letter, separator or terminator is
///   a Lower (SB8: "etc. and", "e.g. (1) a").
/// No other position can be a boundary (SB998), and a position inside a run never is (SB9,
/// SB10). Each character's class comes from ICU's property data (`SentenceBreakClass`); the
/// look-ahead of SB8 ends at the next letter or terminator, so the work stays linear.
struct SentenceRules {
    private let text: UnsafeBufferPointer<UInt8>
    private let classes: UnsafeBufferPointer<UInt8>

    /// Classes whose byte stops the main loop's quick skip: those that end or may end a
    /// sentence, and the lead bytes of non-ASCII characters, which must be decoded.
    static let stopMask: UInt32 = [SentenceBreakClass.cr, .lf, .sep, .aTerm, .sTerm, .extend, .format, .unknown, .nonASCII]
        .reduce(0) { $0 | 1 << UInt32($1.rawValue) }

    /// `classes` is `SentenceBreakClass.byteTable`'s storage.
    init(text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.classes = classes
    }

    /// Appends the offsets after each sentence (the last one `text.count`) to `boundaries` and
    /// returns true; or returns false, with `boundaries` in any state, if the paragraph has
    /// a character these rules do not cover. `filter` is a parameter, not a property: a copy
    /// in each paragraph's rules cost four retains and releases (0.6 M instructions on the
    /// peer subset).
    func boundaries(into boundaries: inout [Int], filter: SentenceBreakFilter) -> Bool {
        let count = text.count
        guard count > 0 else { return true }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count / 64 + 1) { stops in
            mtl_sentence_stop_bits(text.baseAddress!, count, stops.baseAddress!)
            return walk(into: &boundaries, filter: filter, stops: UnsafePointer(stops.baseAddress!))
        }
    }

    /// The first stop after `index` (`index < text.count`), the text's count if none:
    /// `stops` is `mtl_sentence_stop_bits`' marks of the text, whose bits from the count on
    /// are set.
    @inline(__always)
    static func nextStop(after index: Int, in stops: UnsafePointer<UInt64>) -> Int {
        let start = index + 1
        var word = start &>> 6
        var bits = stops[word] &>> UInt64(start & 63)
        if bits != 0 { return start + bits.trailingZeroBitCount }
        repeat {
            word += 1
            bits = stops[word]
        } while bits == 0
        return word &<< 6 + bits.trailingZeroBitCount
    }

    private func walk(into boundaries: inout [Int], filter: SentenceBreakFilter, stops: UnsafePointer<UInt64>) -> Bool {
        let count = text.count
        let first = boundaries.count
        var index = 0
        while index < count {
            let byteClass = classes[Int(text[index])]
            if (Self.stopMask >> UInt32(byteClass)) & 1 == 0 {
                // On to the next byte that may stop the loop: `mtl_sentence_stop_bits` marks a
                // fixed superset of the bytes whose class is in `stopMask` (tested against ICU's
                // classes), all in one call, and the walk finds the next mark without a call.
                index = Self.nextStop(after: index, in: stops)
                continue
            }
            guard let (kind, length) = classAt(index) else {
                guard let length = attachedLength(at: index) else { return false }
                index += length
                continue
            }
            switch kind {
            case .cr, .lf, .sep:
                index = afterParaSep(kind, at: index, length: length)
                append(index, to: &boundaries, filter: filter)
            case .aTerm, .sTerm:
                // A terminator right before a line feed, as at the end of nearly every line of
                // text with a sentence a line, ends its sentence after the line feed (SB4, SB11:
                // what `afterTerminator` does for a ParaSep after an empty run). Handled here, it
                // costs no call (5.1 M instructions fewer on the 5 MB head, a sentence a line).
                let after = index + length
                if after < count && text[after] == 0x0A {
                    index = after + 1
                    append(index, to: &boundaries, filter: filter)
                    continue
                }
                guard let next = afterTerminator(kind, at: index, length: length, into: &boundaries, filter: filter) else {
                    return false
                }
                index = next
            default:
                index += length
            }
        }
        if count > 0 && (boundaries.count == first || boundaries.last != count) { boundaries.append(count) }
        return true
    }

    /// Handles the terminator at `index`: appends the boundary its run ends with, if any, and
    /// returns where the main loop goes on (nil for an unhandled character).
    private func afterTerminator(
        _ kind: SentenceBreakClass, at index: Int, length: Int, into boundaries: inout [Int], filter: SentenceBreakFilter
    ) -> Int? {
        let count = text.count
        var end = index + length
        guard end < count, var (next, nextLength) = classAt(end) else { return end < count ? nil : end }
        if kind == .aTerm && (next == .numeric || (next == .upper && letterPrecedes(index))) {
            return end  // SB6, SB7
        }
        // The run: Close* then Sp* (a Close after a Sp is not in it).
        while next == .close {
            end += nextLength
            guard end < count else { return end }
            guard let (found, foundLength) = classAt(end) else { return nil }
            (next, nextLength) = (found, foundLength)
        }
        while next == .sp {
            end += nextLength
            guard end < count else { return end }
            guard let (found, foundLength) = classAt(end) else { return nil }
            (next, nextLength) = (found, foundLength)
        }
        switch next {
        case .cr, .lf, .sep:
            let after = afterParaSep(next, at: end, length: nextLength)
            append(after, to: &boundaries, filter: filter)
            return after
        case .sContinue, .aTerm, .sTerm:
            return end  // SB8a
        default:
            if kind == .aTerm {
                guard let lower = lowerFollows(end) else { return nil }
                if lower { return end }  // SB8
            }
            append(end, to: &boundaries, filter: filter)
            return end
        }
    }

    /// Where a paragraph separator ends (CR LF as one, SB3).
    @inline(__always)
    private func afterParaSep(_ kind: SentenceBreakClass, at index: Int, length: Int) -> Int {
        if kind == .cr && index + 1 < text.count && text[index + 1] == 0x0A { return index + 2 }
        return index + length
    }

    /// Appends a boundary unless the abbreviation filter suppresses it (never the last).
    @inline(__always)
    private func append(_ boundary: Int, to boundaries: inout [Int], filter: SentenceBreakFilter) {
        if boundary < text.count && filter.suppresses(in: text, at: boundary) { return }
        boundaries.append(boundary)
    }

    /// SB8's look-ahead from `start`: whether, past any characters that are not OLetter,
    /// Upper, Lower, ParaSep or SATerm, a Lower comes; nil at an unhandled character.
    private func lowerFollows(_ start: Int) -> Bool? {
        var index = start
        while index < text.count {
            guard let (kind, length) = classAt(index) else { return nil }
            switch kind {
            case .lower: return true
            case .oLetter, .upper, .cr, .lf, .sep, .aTerm, .sTerm: return false
            default: index += length
            }
        }
        return false
    }

    /// SB7's left side: whether the character before `index`, past the Extend and Format
    /// characters attached to it (SB5), is Upper or Lower.
    private func letterPrecedes(_ index: Int) -> Bool {
        var end = index
        while let (kind, start) = classBefore(end) {
            if kind != .extend && kind != .format { return kind == .upper || kind == .lower }
            end = start
        }
        return false
    }

    /// The length of the Extend or Format character at `index` if it attaches (SB5) to a
    /// character of a class whose rules it cannot change: Other, a letter or Numeric, or an
    /// Extend or Format character before it, which the main loop has let through the same way.
    /// Nil for any other character, and for one after a terminator, Close, Sp, SContinue or a
    /// paragraph separator, or at the paragraph's start: those go to ICU. The rules look at
    /// such a character only in the main loop, where it can end no sentence; elsewhere (after
    /// a terminator, in SB8's look-ahead) `classAt` still refuses it. Emoji with U+FE0F were
    /// all the peer subset sent to ICU, at about 25,000 instructions a paragraph there.
    private func attachedLength(at index: Int) -> Int? {
        guard text[index] >= 0x80, let (scalar, length) = scalar(at: index) else { return nil }
        let kind = SentenceBreakClass(scalar: scalar)
        guard kind == .extend || kind == .format, let (base, _) = classBefore(index) else { return nil }
        switch base {
        case .other, .lower, .upper, .oLetter, .numeric, .extend, .format: return length
        default: return nil
        }
    }

    /// The class and start of the character before `index`; nil at the paragraph's start or
    /// for ill-formed UTF-8.
    private func classBefore(_ index: Int) -> (SentenceBreakClass, Int)? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        if text[start] < 0x80 { return (unsafeBitCast(classes[Int(text[start])], to: SentenceBreakClass.self), start) }
        guard let (scalar, _) = scalar(at: start) else { return nil }
        return (SentenceBreakClass(scalar: scalar), start)
    }

    /// The class and length of the character at `index`; nil for ill-formed UTF-8 or a class
    /// the rules do not cover.
    @inline(__always)
    private func classAt(_ index: Int) -> (SentenceBreakClass, Int)? {
        let lead = text[index]
        if lead < 0x80 {
            // The table holds only raw values of cases; `init(rawValue:)` was a call at every
            // character looked at (0.8 M instructions on the 5 MB head).
            let kind = unsafeBitCast(classes[Int(lead)], to: SentenceBreakClass.self)
            return kind.isUnhandled ? nil : (kind, 1)
        }
        guard let (scalar, length) = scalar(at: index) else { return nil }
        let kind = SentenceBreakClass.tableClass(of: scalar, in: classes) ?? SentenceBreakClass(scalar: scalar)
        return kind.isUnhandled ? nil : (kind, length)
    }

    /// Decodes the well-formed UTF-8 sequence at `index` (nil if it is not one).
    @inline(__always)
    private func scalar(at index: Int) -> (UInt32, Int)? {
        let lead = UInt32(text[index])
        let length: Int
        let lowest: UInt32
        switch lead {
        case 0xC2...0xDF: (length, lowest) = (2, 0x80)
        case 0xE0...0xEF: (length, lowest) = (3, 0x800)
        case 0xF0...0xF4: (length, lowest) = (4, 0x10000)
        default: return nil
        }
        guard index + length <= text.count else { return nil }
        var scalar = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let byte = UInt32(text[index + offset])
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | (byte & 0x3F)
        }
        guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return (scalar, length)
    }
}
