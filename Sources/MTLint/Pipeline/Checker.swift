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
        var starts = LineLocator(document)
        var findings: [Finding] = []
        findings.reserveCapacity(stamped.count)
        for (hit, configured) in stamped {
            let start = starts.location(of: hit.range.lowerBound)
            var ends = LineLocator(document)
            let end = ends.location(of: hit.range.upperBound)
            let related = hit.relatedOffset.map { offset -> TextLocation in
                var locator = LineLocator(document)
                return locator.location(of: offset)
            }
            let severity = hit.severity == .info ? .info : (configured.severity ?? hit.severity ?? configured.description.defaultSeverity)
            findings.append(Finding(
                check: hit.checkID ?? configured.description.id, severity: severity, start: start, end: end,
                text: document.string(hit.range), message: hit.message, suggestion: hit.suggestion,
                related: related, offsets: hit.range))
        }
        let words = document.words.count { $0.kind == .letters }
        return Report(file: document.path, encoding: document.encoding, findings: findings, words: words, source: source?.path)
    }
}
