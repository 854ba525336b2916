/// Names of a translation and its Russian original: `NAME.ru.EXT` is the original of
/// `NAME.en.EXT` or `NAME.EXT` (the contract's pairing rule, on raw names).
public enum SourcePairing {
    /// True for `NAME.ru.EXT`.
    public static func isSource(_ name: RawName) -> Bool {
        parts(name)?.tag == ".ru"
    }

    /// True for `NAME.en.EXT`: a translation that expects an original to arrive with it.
    public static func expectsSource(_ name: RawName) -> Bool {
        parts(name)?.tag == ".en"
    }

    /// `NAME.ru.EXT` for `NAME.en.EXT` or `NAME.EXT`.
    public static func source(of name: RawName) -> RawName? {
        guard let (stem, tag, ext) = parts(name) ?? plain(name), tag != ".ru" else { return nil }
        return RawName(stem + Array(".ru".utf8) + ext)
    }

    /// The translations a `NAME.ru.EXT` may belong to: `NAME.en.EXT`, then `NAME.EXT`.
    public static func translations(of name: RawName) -> [RawName] {
        guard let (stem, tag, ext) = parts(name), tag == ".ru" else { return [] }
        return [RawName(stem + Array(".en".utf8) + ext), RawName(stem + ext)]
    }

    /// Splits `stem.tag.ext` where tag is a two-letter language tag.
    private static func parts(_ name: RawName) -> (stem: [UInt8], tag: String, ext: [UInt8])? {
        let bytes = name.bytes
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return nil }
        let stemAndTag = bytes[..<dot]
        guard stemAndTag.count > 3, stemAndTag[stemAndTag.endIndex - 3] == UInt8(ascii: ".") else { return nil }
        let tag = String(decoding: stemAndTag.suffix(3), as: UTF8.self).lowercased()
        guard tag == ".ru" || tag == ".en" else { return nil }
        return (Array(stemAndTag.dropLast(3)), tag, Array(bytes[dot...]))
    }

    private static func plain(_ name: RawName) -> (stem: [UInt8], tag: String, ext: [UInt8])? {
        let bytes = name.bytes
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return nil }
        return (Array(bytes[..<dot]), "", Array(bytes[dot...]))
    }
}
