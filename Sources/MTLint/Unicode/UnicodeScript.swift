import CICU

/// The scripts mtlint distinguishes; everything else is `.other`.
public enum UnicodeScript: Sendable, Equatable {
    case common, inherited, latin, cyrillic, greek, other

    /// The script of a scalar, per ICU (`uscript_getScript`), with an ASCII fast path.
    public init(of scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            self = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A ? .latin : .common
            return
        }
        if value >= 0x0400 && value <= 0x04FF { self = .cyrillic; return }
        switch mtl_script(value) {
        case 0: self = .common
        case 1: self = .inherited
        case 8: self = .cyrillic
        case 14: self = .greek
        case 25: self = .latin
        default: self = .other
        }
    }
}

extension Unicode.Scalar {
    /// The Unicode character name, e.g. "CYRILLIC SMALL LETTER O".
    public var icuName: String {
        var buffer = [CChar](repeating: 0, count: 128)
        let length = mtl_char_name(value, &buffer, 128)
        guard length > 0 else { return "" }
        return String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// "U+043E" style code point label.
    public var codePointLabel: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
