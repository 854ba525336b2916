/// How an input file is read: which of its text is prose to check.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, html, xliff, tmx

    /// True for bilingual files that carry their own source text.
    public var isBilingual: Bool { self == .xliff || self == .tmx }

    /// The format a file's name says, if it says one.
    public static func byExtension(_ path: String) -> InputFormat? {
        // The extension is ASCII when it is one of these: the bytes after the last dot of the
        // last path component, read without Character work (this runs for every file of a batch).
        let bytes = path.utf8
        let name = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes[bytes.index(after: $0)...] } ?? bytes[...]
        // A name that starts with its only dot (".md") has no extension, as the input
        // collector splits names.
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        switch String(decoding: name[name.index(after: dot)...], as: UTF8.self).lowercased() {
        case "txt", "text": return .text
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        case "xlf", "xliff", "sdlxliff", "mxliff": return .xliff
        case "tmx": return .tmx
        default: return nil
        }
    }

    /// The format of a file: its extension when known, else what its first bytes look like
    /// (an XML root named `xliff` or `tmx`, an HTML doctype or root); otherwise plain text.
    public static func detect(path: String, bytes: [UInt8]) -> InputFormat {
        if let format = byExtension(path) { return format }
        return sniff(bytes) ?? .text
    }

    /// Recognizes markup from the first kilobytes (ASCII-compatible or UTF-16 text).
    public static func sniff(_ bytes: [UInt8]) -> InputFormat? {
        // UTF-16 markup: keep every other byte, which is enough to read ASCII tag names.
        var head = Array(bytes.prefix(4096))
        if head.count >= 2, head[0] == 0xFF || head[0] == 0xFE || head[0] == 0 || head[1] == 0 {
            head = head.filter { $0 != 0 && $0 != 0xFF && $0 != 0xFE }
        }
        let lowered = String(decoding: head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let trimmed = lowered.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard trimmed.hasPrefix("<") else { return nil }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<xliff") || trimmed.hasPrefix("<tmx") {
            if lowered.contains("<xliff") { return .xliff }
            if lowered.contains("<tmx") { return .tmx }
            if lowered.contains("<html") { return .html }
            return nil
        }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<!--") && lowered.contains("<html") {
            return .html
        }
        return nil
    }
}
