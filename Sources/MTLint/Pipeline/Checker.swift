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
    public func check(_ document: Document, source: Document? = nil) -> Report {
        let context = CheckContext(unicode: services, source: source, glossary: glossary)
        var stamped: [(hit: Hit, check: ConfiguredCheck)] = []
        for configured in checks {
            for hit in configured.check.check(document, context: context) {
                stamped.append((hit, configured))
            }
        }
        stamped.sort { ($0.hit.range.lowerBound, $0.hit.range.upperBound) < ($1.hit.range.lowerBound, $1.hit.range.upperBound) }
        let locations = Self.locations(of: stamped.map(\.hit), in: document)
        var findings: [Finding] = []
        findings.reserveCapacity(stamped.count)
        for (hit, configured) in stamped {
            let start = locations[hit.range.lowerBound]!
            let end = locations[hit.range.upperBound]!
            let related = hit.relatedOffset.map { locations[$0]! }
            let severity = hit.severity == .info ? .info : (configured.severity ?? hit.severity ?? configured.description.defaultSeverity)
            findings.append(Finding(
                check: hit.checkID ?? configured.description.id, severity: severity, start: start, end: end,
                text: document.string(hit.range), message: hit.message, suggestion: hit.suggestion,
                related: related, offsets: hit.range))
        }
        let words = document.words.count { $0.kind == .letters }
        return Report(file: document.path, encoding: document.encoding, findings: findings, words: words, source: source?.path)
    }

    /// Line and column of every offset the hits mention, found in one ascending pass so that
    /// many findings on one long line cost one scan of it, not one scan each.
    private static func locations(of hits: [Hit], in document: Document) -> [Int: TextLocation] {
        var offsets: Set<Int> = []
        for hit in hits {
            offsets.insert(hit.range.lowerBound)
            offsets.insert(hit.range.upperBound)
            if let related = hit.relatedOffset { offsets.insert(related) }
        }
        var locator = LineLocator(document)
        var locations: [Int: TextLocation] = [:]
        locations.reserveCapacity(offsets.count)
        for offset in offsets.sorted() {
            locations[offset] = locator.location(of: offset)
        }
        return locations
    }
}
