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
        // Each check's hits, read in place: flattened into one array, each hit (three
        // Strings) was copied twice more on its way to a finding (100 MB file: 82,000 hits).
        let hitsOfEachCheck = hitsOfEachCheck(document, context: context, threads: threads)
        // In text order (by start, then end, then as found): the hits' ranges and places
        // packed into values that sort in that order, which are cheap to compare and to move.
        var order: [HitOrder] = []
        order.reserveCapacity(hitsOfEachCheck.reduce(0) { $0 + $1.count })
        for (check, hits) in hitsOfEachCheck.enumerated() {
            for index in hits.indices { order.append(HitOrder(range: hits[index].range, index: HitPlace(check: check, index: index).packed)) }
        }
        order.sort()
        let places = order.map { HitPlace(packed: $0.index) }
        let locations = Self.locations(of: places, in: hitsOfEachCheck, document: document)
        var findings: [Finding] = []
        findings.reserveCapacity(places.count)
        for (position, place) in places.enumerated() {
            let check = place.check
            let hit = hitsOfEachCheck[check][place.index]
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

    /// Line and column of every offset the hits mention, three per hit in `places`' order
    /// (start, end, related offset; the last unset without one), found in one ascending pass
    /// so that many findings on one long line cost one scan of it, not one scan each. Ends
    /// are located just past their last byte: the same place in plain text, but text
    /// extracted from markup may continue elsewhere in the file. At one offset ends come
    /// before starts, and each distinct (offset, kind) is located once: the locator sees the
    /// calls it always saw.
    private static func locations(of places: [HitPlace], in hitsOfEachCheck: [[Hit]], document: Document) -> [TextLocation] {
        var queries: [LocationQuery] = []
        queries.reserveCapacity(places.count * 2)
        for (position, place) in places.enumerated() {
            let range = hitsOfEachCheck[place.check][place.index].range
            queries.append(LocationQuery(offset: range.lowerBound, isStart: true, slot: 3 * position))
            queries.append(LocationQuery(offset: range.upperBound, isStart: false, slot: 3 * position + 1))
            if let related = hitsOfEachCheck[place.check][place.index].relatedOffset {
                queries.append(LocationQuery(offset: related, isStart: true, slot: 3 * position + 2))
            }
        }
        queries.sort()
        var result = [TextLocation](repeating: TextLocation(line: 0, column: 0), count: 3 * places.count)
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

/// Where a hit is among the checks' hits: its check's index and its index there, packed
/// into one `Int` for ``HitOrder``.
struct HitPlace {
    let check: Int
    let index: Int

    init(check: Int, index: Int) {
        precondition(check >= 0 && check < 1 << 16 && index >= 0 && index < 1 << 47, "hit place out of range")
        self.check = check
        self.index = index
    }

    init(packed: Int) {
        check = packed >> 47
        index = packed & (1 << 47 - 1)
    }

    var packed: Int { check << 47 | index }
}
