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
    public private(set) var glossary: Glossary?

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

    /// The same checks with another glossary: a glossary can be loaded while the checks
    /// are set up.
    public func with(glossary: Glossary?) -> Checker {
        var checker = self
        checker.glossary = glossary
        return checker
    }

    /// Checks one document (with its Russian original, if there is one). With more than one
    /// thread, the checks run side by side (the report is the same): for a long document
    /// checked on a machine with cores to spare.
    public func check(_ document: Document, source: Document? = nil, alignment: SourceAlignment? = nil, threads: Int = 1) -> Report {
        let context = CheckContext(unicode: services, source: source, glossary: glossary,
                                   alignment: alignment ?? source.map { SourceAlignment(target: document, source: $0) })
        // Hits with the index of the check that found them (configured checks are large
        // values: copying one per hit cost more than the hit).
        var hits: [Hit] = []
        var checkOfHit: [Int] = []
        for (index, found) in hitsOfEachCheck(document, context: context, threads: threads).enumerated() {
            hits += found
            checkOfHit += repeatElement(index, count: found.count)
        }
        // In text order (by start, then end, then as found): the hits' ranges and indices packed
        // into values that sort in that order, which are cheap to compare and to move.
        let order = hits.indices.map { HitOrder(range: hits[$0].range, index: $0) }.sorted().map(\.index)
        let locations = Self.locations(of: hits, in: document)
        var findings: [Finding] = []
        findings.reserveCapacity(hits.count)
        for position in order {
            let hit = hits[position]
            let check = checkOfHit[position]
            let start = locations[3 * position]
            let end = locations[3 * position + 1]
            let related = hit.relatedOffset.map { _ in locations[3 * position + 2] }
            let severity = hit.severity == .info ? .info : (checks[check].severity ?? hit.severity ?? checks[check].description.defaultSeverity)
            findings.append(Finding(
                check: hit.checkID ?? checks[check].description.id, severity: severity, start: start, end: end,
                text: document.string(hit.range), message: hit.message, suggestion: hit.suggestion,
                related: related, offsets: hit.range, unit: document.origin?.unit(at: hit.range.lowerBound)))
        }
        let words = document.letterWordCount
        return Report(file: document.path, encoding: document.encoding, findings: findings, words: words, source: source?.path)
    }

    /// Each configured check's hits, in the checks' order. On several threads each check is
    /// taken by the next free thread; what checks share (the words, the word index...) is
    /// computed once, by the first that asks, while the others wait for it (``LazyValue``,
    /// ``DocumentMemo``).
    private func hitsOfEachCheck(_ document: Document, context: CheckContext, threads: Int) -> [[Hit]] {
        Concurrently.map(checks, threads: threads) { $0.check.check(document, context: context) }
    }

    /// Line and column of every offset the hits mention, three per hit (start, end, related
    /// offset; the last unset without one), found in one ascending pass so that many
    /// findings on one long line cost one scan of it, not one scan each. Ends are located
    /// just past their last byte: the same place in plain text, but text extracted from markup
    /// may continue elsewhere in the file. At one offset ends come before starts, and each
    /// distinct (offset, kind) is located once: the locator sees the calls it always saw.
    private static func locations(of hits: [Hit], in document: Document) -> [TextLocation] {
        var queries: [LocationQuery] = []
        queries.reserveCapacity(hits.count * 2)
        for (index, hit) in hits.enumerated() {
            queries.append(LocationQuery(offset: hit.range.lowerBound, isStart: true, slot: 3 * index))
            queries.append(LocationQuery(offset: hit.range.upperBound, isStart: false, slot: 3 * index + 1))
            if let related = hit.relatedOffset { queries.append(LocationQuery(offset: related, isStart: true, slot: 3 * index + 2)) }
        }
        queries.sort()
        var result = [TextLocation](repeating: TextLocation(line: 0, column: 0), count: 3 * hits.count)
        var locator = LineLocator(document)
        var previous: LocationQuery?
        var location = TextLocation(line: 0, column: 0)
        for query in queries {
            if previous == nil || query.offset != previous!.offset || query.isStart != previous!.isStart {
                location = query.isStart ? locator.location(of: query.offset) : locator.endLocation(of: query.offset)
                previous = query
            }
            result[query.slot] = location
        }
        return result
    }
}
