/// Text decoded from an input's bytes, as UTF-8, with the encoding that was used.
public struct DecodedText: Sendable {
    /// The decoded text as UTF-8 (a byte-order mark removed): the input's own bytes, mapped
    /// or not, when they were valid UTF-8 already.
    public var utf8: TextBytes
    /// The encoding's name as users know it: "UTF-8", "windows-1251", "KOI8-R", "UTF-16LE"...
    public var encoding: String
    /// How the encoding was chosen.
    public var detection: Detection
    /// Byte ranges in `utf8` where undecodable input was replaced by U+FFFD.
    public var replacements: [Range<Int>]

    public enum Detection: String, Sendable, Codable {
        case explicit, byteOrderMark = "bom", utf8Valid = "utf8", utf16Pattern = "utf16-pattern"
        case statistics, utf8Repaired = "utf8-repaired"
    }
}

/// Why an input's bytes could not be turned into text.
public enum DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    case binary(offset: Int)
    case unknownEncoding(String)
    case conversionFailed(String)

    public var description: String {
        switch self {
        case .binary(let offset):
            return "binary data, not text (NUL or control bytes near byte \(offset))"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)'"
        case .conversionFailed(let name):
            return "could not convert from \(name)"
        }
    }
}
