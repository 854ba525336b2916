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
    /// read through an unsafe buffer in the segmenting loop).
    static let byteTable: [UInt8] = (0...255).map { byte in
        byte < 0x80 ? SentenceBreakClass(scalar: UInt32(byte)).rawValue : SentenceBreakClass.nonASCII.rawValue
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
