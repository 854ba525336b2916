/// Writes reports as the contract's JSON: one object per input, or an array of them, keys in
/// the contract's order. Reading them back uses `Report`'s `Decodable` conformance.
public enum JSONReportWriter {
    public static func encode(_ reports: [Report]) -> [UInt8] {
        var writer = JSONWriter(pretty: true)
        writer.beginArray()
        for report in reports { write(report, to: &writer) }
        writer.endArray()
        var bytes = writer.takeBytes()
        bytes.append(0x0A)
        return bytes
    }

    public static func encode(_ report: Report) -> [UInt8] {
        var writer = JSONWriter(pretty: true)
        write(report, to: &writer)
        var bytes = writer.takeBytes()
        bytes.append(0x0A)
        return bytes
    }

    /// One report as an element of the array ``encode(_:)-([Report])`` writes (indented one
    /// level, without a final newline), passed to `emit` in pieces of about `piece` bytes as
    /// they are written: a report of a long text (tens of megabytes) is never held whole.
    /// ``OrderedJSONArray`` puts such elements together.
    public static func writeElement(_ report: Report, piece: Int = 1 << 20, emit: (UnsafeRawBufferPointer) -> Void) {
        var writer = JSONWriter(pretty: true, baseIndent: 1)
        write(report, to: &writer, flushingEvery: piece, emit: emit)
        writer.flush(emit)
    }

    public static func write(_ report: Report, to writer: inout JSONWriter) {
        write(report, to: &writer, flushingEvery: nil, emit: { _ in })
    }

    private static func write(_ report: Report, to writer: inout JSONWriter, flushingEvery piece: Int?, emit: (UnsafeRawBufferPointer) -> Void) {
        // A finding takes about 500 bytes (measured on the benchmark corpus and the WMT outputs).
        writer.reserve(min(512 * report.findings.count, piece ?? .max) + 512)
        writer.beginObject()
        writer.member("file", report.file)
        writer.key("encoding")
        if let encoding = report.encoding { writer.string(encoding) } else { writer.null() }
        if let source = report.source { writer.member("source", source) }
        if let error = report.error { writer.member("error", error) }
        writer.key("findings")
        writer.beginArray()
        // Each finding read in place (a `for` over the array, or a subscript of it, copied
        // each one and its four Strings: on the 100 MB file 82,000 times).
        report.findings.withUnsafeBufferPointer { findings in
            for finding in findings {
                write(finding, to: &writer)
                if let piece, writer.count >= piece { writer.flush(emit) }
            }
        }
        writer.endArray()
        writer.key("summary")
        writer.beginObject()
        writer.member("words", report.summary.words)
        writer.member("errors", report.summary.errors)
        writer.member("warnings", report.summary.warnings)
        writer.member("infos", report.summary.infos)
        writer.endObject()
        writer.endObject()
    }

    public static func write(_ finding: Finding, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(FindingKey.check, finding.check)
        writer.member(FindingKey.severity, finding.severity.rawValue)
        writer.member(FindingKey.line, finding.line)
        writer.member(FindingKey.column, finding.column)
        writer.member(FindingKey.endLine, finding.endLine)
        writer.member(FindingKey.endColumn, finding.endColumn)
        writer.member(FindingKey.text, finding.text)
        writer.member(FindingKey.message, finding.message)
        if let suggestion = finding.suggestion { writer.member(FindingKey.suggestion, suggestion) }
        if let related = finding.related {
            writer.key(FindingKey.related)
            writer.beginObject()
            writer.member(FindingKey.line, related.line)
            writer.member(FindingKey.column, related.column)
            writer.endObject()
        }
        if let unit = finding.unit { writer.member(FindingKey.unit, unit) }
        writer.member(FindingKey.offset, finding.offset)
        writer.member(FindingKey.endOffset, finding.endOffset)
        writer.endObject()
    }

    /// A finding's keys, in the contract's order, each checked once to need no escape.
    private enum FindingKey {
        static let check = JSONWriter.PlainKey("check"), severity = JSONWriter.PlainKey("severity")
        static let line = JSONWriter.PlainKey("line"), column = JSONWriter.PlainKey("column")
        static let endLine = JSONWriter.PlainKey("endLine"), endColumn = JSONWriter.PlainKey("endColumn")
        static let text = JSONWriter.PlainKey("text"), message = JSONWriter.PlainKey("message")
        static let suggestion = JSONWriter.PlainKey("suggestion"), related = JSONWriter.PlainKey("related")
        static let unit = JSONWriter.PlainKey("unit")
        static let offset = JSONWriter.PlainKey("offset"), endOffset = JSONWriter.PlainKey("endOffset")
    }
}
