/// Reads the glossary TSV of the contract: UTF-8, tab-separated, `#` comments and blank
/// lines skipped, a header row naming the columns in any order (`target` required;
/// `source`, `forbidden`, `note`, `case`, and mtlint's `admitted`), `|` between variants.
public enum GlossaryTSVReader {
    enum Column: String, CaseIterable {
        case target, source, forbidden, admitted, note, `case`
    }

    public static func read(_ bytes: [UInt8], path: String) throws(GlossaryError) -> [GlossaryConcept] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw GlossaryError(path: path, line: Self.firstInvalidLine(body), message: "not valid UTF-8")
        }
        return try read(text, path: path)
    }

    public static func read(_ text: String, path: String) throws(GlossaryError) -> [GlossaryConcept] {
        var columns: [Column]?
        var concepts: [GlossaryConcept] = []
        var lineNumber = 0
        // Lines and fields are split on bytes: a tab, CR or LF never occurs inside a UTF-8
        // sequence, and this is far cheaper than splitting Characters on large glossaries.
        let bytes = Array(text.utf8)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map(Self.trimmed)
            guard let header = columns else {
                columns = try Self.header(fields, path: path, line: lineNumber)
                continue
            }
            concepts.append(try Self.concept(fields, columns: header, origin: GlossaryOrigin(path: path, line: lineNumber)))
        }
        if columns == nil { throw GlossaryError(path: path, line: 0, message: "no header row (expected tab-separated column names, e.g. target\tforbidden\tnote)") }
        return concepts
    }

    private static func header(_ fields: [String], path: String, line: Int) throws(GlossaryError) -> [Column] {
        var columns: [Column] = []
        for field in fields {
            guard let column = Column(rawValue: field.lowercased()) else {
                let known = Column.allCases.map(\.rawValue).joined(separator: ", ")
                throw GlossaryError(path: path, line: line, message: "unknown column '\(field)' in the header (known: \(known))")
            }
            if columns.contains(column) { throw GlossaryError(path: path, line: line, message: "column '\(field)' appears twice in the header") }
            columns.append(column)
        }
        if !columns.contains(.target) { throw GlossaryError(path: path, line: line, message: "the header has no 'target' column") }
        return columns
    }

    private static func concept(_ fields: [String], columns: [Column], origin: GlossaryOrigin) throws(GlossaryError) -> GlossaryConcept {
        func fail(_ message: String) -> GlossaryError { GlossaryError(path: origin.path, line: origin.line, message: message) }
        if fields.count > columns.count {
            throw fail("\(fields.count) tab-separated fields, but the header names \(columns.count) columns")
        }
        if fields.count == 1 && columns.count > 1 {
            throw fail("no tab in this row; the header names \(columns.count) tab-separated columns")
        }
        var concept = GlossaryConcept(target: "", origin: origin)
        for (column, field) in zip(columns, fields) {
            switch column {
            case .target: concept.target = field
            case .source: concept.sources = Self.variants(field)
            case .forbidden: concept.forbidden = Self.variants(field)
            case .admitted: concept.admitted = Self.variants(field)
            case .note: concept.note = field.isEmpty ? nil : field
            case .case:
                switch field.lowercased() {
                case "", "insensitive": concept.caseSensitive = false
                case "sensitive": concept.caseSensitive = true
                default: throw fail("case must be 'sensitive' or 'insensitive', not '\(field)'")
                }
            }
        }
        if concept.target.isEmpty { throw fail("empty target term") }
        if concept.target.contains("|") { throw fail("the target holds one term; put alternatives in 'admitted' or 'forbidden'") }
        return concept
    }

    private static func variants(_ field: String) -> [String] {
        Array(field.utf8).split(separator: UInt8(ascii: "|")).map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// The text of a field without leading and trailing white space. Where the field's
    /// first and last bytes that are not ASCII white space are ASCII, those are the bytes to
    /// keep (an ASCII character is a whole Character, and no ASCII white space joins one);
    /// otherwise the Characters are trimmed. Trimming every field by Characters was half of
    /// loading the shipped glossary.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        guard bytes[first] < 0x80 && bytes[last] < 0x80 else { return String(decoding: bytes, as: UTF8.self).trimmingSpaces }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    private static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
