import CICU

/// A character's UAX #29 Sentence_Break class, as ICU's property data gives it (raw values are
/// CICU's MTL_SB_* numbers; `unknown` also stands for a class this code does not know).
enum SentenceBreakClass: UInt8 {
    case other = 0, aTerm, close, format, lower, numeric, oLetter, sep, sp, sTerm, upper, cr, extend, lf, sContinue, unknown
    /// Not a class: marks a byte from 0x80 in `byteTable`, the lead of a character to decode.
    case nonASCII

    /// ICU's class of a scalar.
    init(scalar: UInt32) {
        self = SentenceBreakClass(rawValue: UInt8(truncatingIfNeeded: mtl_sentence_break_class(scalar))) ?? .unknown
    }

    /// ICU's class of every ASCII byte by byte value; `nonASCII` from 0x80 (raw values, to be
    /// read through an unsafe buffer in the segmenting loop). After the 256 bytes, the classes
    /// of the scalars in `tableRanges` (see `tableClass`).
    static let byteTable: [UInt8] = (0...255).map { byte in
        byte < 0x80 ? SentenceBreakClass(scalar: UInt32(byte)).rawValue : SentenceBreakClass.nonASCII.rawValue
    } + tableRanges.flatMap { range in range.map { SentenceBreakClass(scalar: $0).rawValue } }

    /// Cyrillic and General Punctuation, the non-ASCII characters English translations hold
    /// most (untranslated Russian words, "—", "“", "’"): a look-up in `byteTable` instead of a
    /// call into ICU of about 60 instructions (0.9 M on the 5 MB head), for a set-up of 368
    /// calls once.
    static let tableRanges: [ClosedRange<UInt32>] = [0x0400...0x04FF, 0x2000...0x206F]

    /// `byteTable`'s class of a non-ASCII `scalar` (`classes` is its storage), or nil if the
    /// table does not hold it. The ranges are written out again: reading `tableRanges` here
    /// would cost a lazy-global check at every character.
    @inline(__always)
    static func tableClass(of scalar: UInt32, in classes: UnsafeBufferPointer<UInt8>) -> SentenceBreakClass? {
        let raw: UInt8
        if scalar &- 0x0400 < 0x100 {
            raw = classes[256 + Int(scalar &- 0x0400)]
        } else if scalar &- 0x2000 < 0x70 {
            raw = classes[512 + Int(scalar &- 0x2000)]
        } else {
            return nil
        }
        return unsafeBitCast(raw, to: SentenceBreakClass.self)
    }

    /// Paragraph separators (SB4): a sentence always ends after them.
    var isParaSep: Bool { self == .cr || self == .lf || self == .sep }

    /// SATerm: ATerm or STerm, the classes that can end a sentence (SB9-SB11).
    var isSATerm: Bool { self == .aTerm || self == .sTerm }

    /// Classes the fast path's rules do not cover: Extend and Format (SB5 attaches them to what
    /// precedes them) and anything unknown. A paragraph with one of these goes to ICU.
    /// Inlined by force: the rules called it at 34,500 characters looked at on the peer subset.
    @inline(__always)
    var isUnhandled: Bool { self == .extend || self == .format || self == .unknown || self == .nonASCII }
}
