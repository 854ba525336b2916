import Glibc

/// Writes a checked XLIFF file again with each finding as a note in its unit, as CAT tools
/// expect: `<note from="mtlint">` in XLIFF 1.2, `<note category="mtlint">` inside the unit's
/// `<notes>` in XLIFF 2.x. The rest of the file is kept as it was (decoded to UTF-8 and
/// NFC-normalized); the input itself is never written.
public enum XLIFFNoteWriter {
    /// The annotated file's bytes for `report`, the report of the XLIFF file `bytes`.
    public static func annotate(_ bytes: [UInt8], path: String, report: Report, loader: ArticleLoader = ArticleLoader()) throws(InputError) -> [UInt8] {
        let (format, original) = try loader.original(from: bytes, path: path)
        guard format == .xliff else { throw InputError(path: path, message: "notes can be written into XLIFF files only") }
        let file = try BilingualFileReader(bytes: original, path: path, format: format).read()
        var byUnit: [String: [Finding]] = [:]
        for finding in report.findings {
            if let unit = finding.unit { byUnit[unit, default: []].append(finding) }
        }
        let version2 = file.version.map { !$0.hasPrefix("1") } ?? false
        var insertions: [(offset: Int, text: String)] = []
        for (unit, findings) in byUnit {
            guard let placement = file.placements[unit] else { continue }
            var notes = findings.map { note(for: $0, version2: version2) }.joined()
            if placement.kind == .newNotes { notes = "<notes>" + notes + "</notes>" }
            insertions.append((placement.offset, notes))
        }
        var output = original
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            output.insert(contentsOf: Array(insertion.text.utf8), at: insertion.offset)
        }
        return declaringUTF8(output)
    }

    /// Annotates the XLIFF file at `inputPath` into `outputPath`, refusing to write over it.
    public static func write(report: Report, inputPath: String, outputPath: String, loader: ArticleLoader = ArticleLoader()) throws(InputError) {
        if let input = realPath(inputPath), let output = realPath(outputPath), input == output {
            throw InputError(path: outputPath, message: "refusing to overwrite the input with its annotated copy")
        }
        let bytes = try InputFile.read(path: inputPath, maximumSize: loader.maximumSize)
        try AtomicFile.write(annotate(bytes, path: inputPath, report: report, loader: loader), to: outputPath, permissions: 0o644)
    }

    static func note(for finding: Finding, version2: Bool) -> String {
        let priority = switch finding.severity {
        case .error: 1
        case .warning: 3
        case .info: 5
        }
        let attributes = version2
            ? "category=\"mtlint\" appliesTo=\"target\" priority=\"\(priority)\""
            : "from=\"mtlint\" annotates=\"target\" priority=\"\(priority)\""
        var text = "\(finding.severity.rawValue) [\(finding.check)] \(finding.message): “\(finding.text)”"
        if let suggestion = finding.suggestion, !suggestion.isEmpty { text += " (suggestion: \(suggestion))" }
        return "<note \(attributes)>\(escape(text))</note>"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The output is UTF-8: an XML declaration naming another encoding is corrected.
    private static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.starts(with: Array("<?xml".utf8)), let end = bytes.firstIndex(of: UInt8(ascii: ">")) else { return bytes }
        let declaration = String(decoding: bytes[..<end], as: UTF8.self)
        guard let range = declaration.firstRange(of: "encoding=") else { return bytes }
        let valueStart = declaration.index(after: range.upperBound)
        guard valueStart < declaration.endIndex, let close = declaration[valueStart...].firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return bytes }
        let fixed = String(declaration[..<valueStart]) + "UTF-8" + String(declaration[close...])
        return Array(fixed.utf8) + bytes[end...]
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
