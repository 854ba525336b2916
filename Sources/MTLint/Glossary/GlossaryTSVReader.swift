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
        // The fields of a row as byte ranges, reused from row to row (as the bounds between
        // them, with the byte before the row: an array of ranges had its type made at run
        // time, a sixth of reading the shipped glossary).
        var bounds: [Int] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            bounds.removeAll(keepingCapacity: true)
            bounds.append(line.startIndex - 1)
            for index in line.indices where bytes[index] == 0x09 { bounds.append(index) }
            bounds.append(line.endIndex)
            let fields = FieldBounds(bounds: bounds)
            guard let header = columns else {
                columns = try Self.header((0..<fields.count).map { Self.trimmed(bytes[fields[$0]]) }, path: path, line: lineNumber)
                continue
            }
            concepts.append(try Self.concept(fields, of: bytes, columns: header, origin: GlossaryOrigin(path: path, line: lineNumber)))
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

    /// The byte ranges of a row's fields, from the bounds around them.
    private struct FieldBounds {
        let bounds: [Int]
        var count: Int { bounds.count - 1 }
        subscript(index: Int) -> Range<Int> { bounds[index] + 1..<bounds[index + 1] }
    }

    private static func concept(_ fields: FieldBounds, of bytes: [UInt8], columns: [Column], origin: GlossaryOrigin) throws(GlossaryError) -> GlossaryConcept {
        func fail(_ message: String) -> GlossaryError { GlossaryError(path: origin.path, line: origin.line, message: message) }
        if fields.count > columns.count {
            throw fail("\(fields.count) tab-separated fields, but the header names \(columns.count) columns")
        }
        if fields.count == 1 && columns.count > 1 {
            throw fail("no tab in this row; the header names \(columns.count) tab-separated columns")
        }
        var concept = GlossaryConcept(target: "", origin: origin)
        for (index, column) in columns.prefix(fields.count).enumerated() {
            let field = fields[index]
            switch column {
            case .target: concept.target = Self.trimmed(bytes[field])
            case .source: concept.sources = Self.variants(bytes[field])
            case .forbidden: concept.forbidden = Self.variants(bytes[field])
            case .admitted: concept.admitted = Self.variants(bytes[field])
            case .note:
                let note = Self.trimmed(bytes[field])
                concept.note = note.isEmpty ? nil : note
            case .case:
                let value = Self.trimmed(bytes[field])
                switch value.lowercased() {
                case "", "insensitive": concept.caseSensitive = false
                case "sensitive": concept.caseSensitive = true
                default: throw fail("case must be 'sensitive' or 'insensitive', not '\(value)'")
                }
            }
        }
        if concept.target.isEmpty { throw fail("empty target term") }
        // A "|" byte is needed for a "|" Character (which a combining mark may have joined).
        if concept.target.utf8.contains(UInt8(ascii: "|")) && concept.target.contains("|") {
            throw fail("the target holds one term; put alternatives in 'admitted' or 'forbidden'")
        }
        return concept
    }

    /// The variants of a field: its trimmed text split at `|`, each part trimmed, empty ones
    /// left out.
    private static func variants(_ field: ArraySlice<UInt8>) -> [String] {
        // Where the field's trimmed text is its middle bytes, they are split in place.
        guard let kept = plainTrimmedRange(field) else { return variants(of: Self.trimmed(field)) }
        var variants: [String] = []
        var partStart = kept.lowerBound
        for index in kept.lowerBound...kept.upperBound where index == kept.upperBound || field[index] == UInt8(ascii: "|") {
            let variant = Self.trimmed(field[partStart..<index])
            if !variant.isEmpty { variants.append(variant) }
            partStart = index + 1
        }
        return variants
    }

    private static func variants(of field: String) -> [String] {
        Array(field.utf8).split(separator: UInt8(ascii: "|")).map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// The text of a field without leading and trailing white space (by Characters).
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        guard let kept = plainTrimmedRange(bytes) else { return String(decoding: bytes, as: UTF8.self).trimmingSpaces }
        return String(decoding: bytes[kept], as: UTF8.self)
    }

    /// The bytes of valid UTF-8 text that trimming its white space by Characters keeps, when
    /// that is the bytes between its ASCII white space: when the first and last bytes that
    /// are not ASCII white space begin and end a character that is no white space and joins
    /// no neighbour into one Character — ASCII, or a Cyrillic letter U+0400...U+047F (lead
    /// byte 0xD0 or 0xD1). Nil otherwise. Trimming every field by Characters was half of
    /// loading the shipped glossary; trimming its Russian fields so, a sixth.
    static func plainTrimmedRange(_ bytes: ArraySlice<UInt8>) -> Range<Int>? {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return bytes.startIndex..<bytes.startIndex
        }
        let isCyrillicLead = { (byte: UInt8) in byte == 0xD0 || byte == 0xD1 }
        let startsPlain = bytes[first] < 0x80 || isCyrillicLead(bytes[first])
        let endsPlain = bytes[last] < 0x80 || (last > first && isCyrillicLead(bytes[last - 1]))
        return startsPlain && endsPlain ? first..<last + 1 : nil
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
