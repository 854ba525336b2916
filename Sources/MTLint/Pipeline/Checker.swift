/// Applies the configured checks to documents and turns their hits into findings with
/// ids, severities and line/column positions.
public struct Checker: Sendable {
    private struct ConfiguredCheck: Sendable {
        let check: any Check
        let description: CheckDescription
        let severity: Severity?
    }

    private let checks: [ConfiguredCheck]
    public let services: UnicodeServices
    /// The glossary every document is checked against, if any.
    public let glossary: Glossary?

    public init(configuration: Configuration = Configuration(), services: UnicodeServices = UnicodeServices(), glossary: Glossary? = nil) throws {
        var checks: [ConfiguredCheck] = []
        for type in CheckRegistry.all {
            let description = type.description
            let settings = configuration.settings(for: description.id)
            guard settings.enabled else { continue }
            checks.append(ConfiguredCheck(check: try type.init(options: settings.options),
                                          description: description, severity: settings.severity))
        }
        self.checks = checks
        self.services = services
        self.glossary = glossary
    }

    /// Checks one document (with its Russian original, if there is one).
    public func check(_ document: Document, source: Document? = nil, alignment: SourceAlignment? = nil) -> Report {
        let context = CheckContext(unicode: services, source: source, glossary: glossary,
                                   alignment: alignment ?? source.map { SourceAlignment(target: document, source: $0) })
        var stamped: [(hit: Hit, check: ConfiguredCheck)] = []
        for configured in checks {
            for hit in configured.check.check(document, context: context) {
                stamped.append((hit, configured))
            }
        }
        // Sorted by position through an index (hits are large values; moving them is costly).
        let order = stamped.indices.sorted {
            (stamped[$0].hit.range.lowerBound, stamped[$0].hit.range.upperBound, $0) < (stamped[$1].hit.range.lowerBound, stamped[$1].hit.range.upperBound, $1)
        }
        stamped = order.map { stamped[$0] }
        let locations = Self.locations(of: stamped.map(\.hit), in: document)
        var findings: [Finding] = []
        findings.reserveCapacity(stamped.count)
        for (hit, configured) in stamped {
            let start = locations.starts[hit.range.lowerBound]!
            let end = locations.ends[hit.range.upperBound]!
            let related = hit.relatedOffset.map { locations.starts[$0]! }
            let severity = hit.severity == .info ? .info : (configured.severity ?? hit.severity ?? configured.description.defaultSeverity)
            findings.append(Finding(
                check: hit.checkID ?? configured.description.id, severity: severity, start: start, end: end,
                text: document.string(hit.range), message: hit.message, suggestion: hit.suggestion,
                related: related, offsets: hit.range, unit: document.origin?.unit(at: hit.range.lowerBound)))
        }
        let words = document.words.count { $0.kind == .letters }
        return Report(file: document.path, encoding: document.encoding, findings: findings, words: words, source: source?.path)
    }

    /// Line and column of every offset the hits mention, found in one ascending pass so that
    /// many findings on one long line cost one scan of it, not one scan each. Ends are located
    /// just past their last byte: the same place in plain text, but text extracted from markup
    /// may continue elsewhere in the file.
    private static func locations(of hits: [Hit], in document: Document) -> (starts: [Int: TextLocation], ends: [Int: TextLocation]) {
        var offsets: Set<Int> = []
        var endOffsets: Set<Int> = []
        for hit in hits {
            offsets.insert(hit.range.lowerBound)
            endOffsets.insert(hit.range.upperBound)
            if let related = hit.relatedOffset { offsets.insert(related) }
        }
        var locator = LineLocator(document)
        var starts: [Int: TextLocation] = [:]
        var ends: [Int: TextLocation] = [:]
        starts.reserveCapacity(offsets.count)
        ends.reserveCapacity(endOffsets.count)
        let all = (offsets.map { ($0, 1) } + endOffsets.map { ($0, 0) }).sorted { $0 < $1 }
        for (offset, kind) in all {
            if kind == 0 { ends[offset] = locator.endLocation(of: offset) } else { starts[offset] = locator.location(of: offset) }
        }
        return (starts, ends)
    }
}
