/// Writes reports as the contract's JSON: one object per input, or an array of them, keys in
/// the contract's order. Reading them back uses `Report`'s `Decodable` conformance.
public enum JSONReportWriter {
    public static func encode(_ reports: [Report]) -> [UInt8] {
        JSONValue.array(reports.map(value(of:))).serializedUTF8(pretty: true) + [0x0A]
    }

    public static func encode(_ report: Report) -> [UInt8] {
        value(of: report).serializedUTF8(pretty: true) + [0x0A]
    }

    public static func value(of report: Report) -> JSONValue {
        var members: [(String, JSONValue)] = [("file", .string(report.file))]
        members.append(("encoding", report.encoding.map(JSONValue.string) ?? .null))
        if let source = report.source { members.append(("source", .string(source))) }
        if let error = report.error { members.append(("error", .string(error))) }
        members.append(("findings", .array(report.findings.map(value(of:)))))
        members.append(("summary", .object([
            ("words", .int(report.summary.words)), ("errors", .int(report.summary.errors)),
            ("warnings", .int(report.summary.warnings)), ("infos", .int(report.summary.infos)),
        ])))
        return .object(members)
    }

    public static func value(of finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("check", .string(finding.check)), ("severity", .string(finding.severity.rawValue)),
            ("line", .int(finding.line)), ("column", .int(finding.column)),
            ("endLine", .int(finding.endLine)), ("endColumn", .int(finding.endColumn)),
            ("text", .string(finding.text)), ("message", .string(finding.message)),
        ]
        if let suggestion = finding.suggestion { members.append(("suggestion", .string(suggestion))) }
        if let related = finding.related {
            members.append(("related", .object([("line", .int(related.line)), ("column", .int(related.column))])))
        }
        if let unit = finding.unit { members.append(("unit", .string(unit))) }
        members.append(("offset", .int(finding.offset)))
        members.append(("endOffset", .int(finding.endOffset)))
        return .object(members)
    }
}
