/// The encoding a file declares for itself, read before decoding: HTML's `<meta charset>`
/// (or `http-equiv="Content-Type"`), found the way browsers prescan the first kilobyte, and
/// the XML declaration's `encoding`. Unknown or UTF-16 names (impossible in an 8-bit
/// prescan) are ignored, leaving the choice to detection.
enum DeclaredEncoding {
    static func html(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(2048))
        var index = 0
        while index < head.count {
            if head[index...].starts(with: Array("<!--".utf8)) {
                index = find(Array("-->".utf8), in: head, from: index + 4) ?? head.count
                continue
            }
            guard head[index] == UInt8(ascii: "<"), index + 5 < head.count,
                  String(decoding: head[(index + 1)..<(index + 5)], as: UTF8.self).lowercased() == "meta",
                  !MarkdownInlineScanner.isASCIILetter(head[index + 5]) else {
                index += 1
                continue
            }
            let close = head[index...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let attributes = Self.attributes(head[(index + 5)..<close])
            if let charset = attributes["charset"], let name = usable(charset) { return name }
            if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
               let range = content.lowercased().firstRange(of: "charset=") {
                let lowered = content.lowercased()
                let value: Substring = lowered[range.upperBound...].prefix { (character: Character) -> Bool in
                    character != ";" && character != " " && character != "\"" && character != "'"
                }
                if let name = usable(String(value)) { return name }
            }
            index = close
        }
        return nil
    }

    static func xml(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: bytes, from: 5) else { return nil }
        return attributes(bytes[5..<end])["encoding"].flatMap(usable)
    }

    private static func usable(_ name: String) -> String? {
        let trimmed = name.trimming(" \t\"'")
        guard !trimmed.isEmpty, !trimmed.lowercased().hasPrefix("utf-16"), !trimmed.lowercased().hasPrefix("utf-32") else { return nil }
        guard (try? TextDecoder.canonicalName(trimmed)) != nil else { return nil }
        return trimmed.lowercased() == "utf8" ? "UTF-8" : trimmed
    }

    /// `name=value` pairs of a tag, names lower-cased, values unquoted.
    private static func attributes(_ slice: ArraySlice<UInt8>) -> [String: String] {
        let text = String(decoding: slice, as: UTF8.self)
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "/" }.last.map { $0.lowercased() } ?? ""
            var valueStart = rest.index(after: equals)
            while valueStart < rest.endIndex, rest[valueStart] == " " { valueStart = rest.index(after: valueStart) }
            guard valueStart < rest.endIndex else { break }
            let quote = rest[valueStart]
            let value: Substring
            if quote == "\"" || quote == "'" {
                let body = rest[rest.index(after: valueStart)...]
                let close = body.firstIndex(of: quote) ?? body.endIndex
                value = body[..<close]
                rest = close < body.endIndex ? body[body.index(after: close)...] : ""
            } else {
                let end = rest[valueStart...].firstIndex { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "/" } ?? rest.endIndex
                value = rest[valueStart..<end]
                rest = rest[end...]
            }
            if !name.isEmpty, result[name] == nil { result[name] = String(value) }
        }
        return result
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from index: Int) -> Int? {
        var position = index
        while position + needle.count <= bytes.count {
            if bytes[position..<position + needle.count].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }
}
