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
        // Each check's hits, read in place: flattened into one array and taken out of it
        // again, each hit (three Strings) was copied twice on its way to a finding (100 MB
        // file: 82,000 hits).
        let hitsOfEachCheck = hitsOfEachCheck(document, context: context, threads: threads)
        // Where each check's hits start among all, in the checks' order.
        var firstOfCheck: [Int] = []
        var hitCount = 0
        for hits in hitsOfEachCheck {
            firstOfCheck.append(hitCount)
            hitCount += hits.count
        }
        // In text order (by start, then end, then as found): the hits' ranges and indices,
        // over all checks in order, packed into values that sort in that order, which are
        // cheap to compare and to move.
        var order: [HitOrder] = []
        order.reserveCapacity(hitCount)
        for (check, hits) in hitsOfEachCheck.enumerated() {
            hits.withUnsafeBufferPointer { hits in
                for index in hits.indices { order.append(HitOrder(range: hits[index].range, index: firstOfCheck[check] + index)) }
            }
        }
        order.sort()
        // Each hit's place in text order.
        var rank = [Int](repeating: 0, count: hitCount)
        for (position, hit) in order.enumerated() { rank[hit.index] = position }
        let locations = Self.locations(of: hitsOfEachCheck, rank: rank, in: document)
        // Each check's findings written at their hits' places: every place once.
        let findings = [Finding](unsafeUninitializedCapacity: hitCount) { findings, initialized in
            for (check, hits) in hitsOfEachCheck.enumerated() {
                let configured = checks[check]
                hits.withUnsafeBufferPointer { hits in
                    for index in hits.indices {
                        let position = rank[firstOfCheck[check] + index]
                        let start = locations[3 * position]
                        let end = locations[3 * position + 1]
                        let related = hits[index].relatedOffset.map { _ in locations[3 * position + 2] }
                        let severity = hits[index].severity == .info ? .info : (configured.severity ?? hits[index].severity ?? configured.description.defaultSeverity)
                        let range = hits[index].range
                        (findings.baseAddress! + position).initialize(to: Finding(
                            check: hits[index].checkID ?? configured.description.id, severity: severity, start: start, end: end,
                            text: document.string(range), message: hits[index].message, suggestion: hits[index].suggestion,
                            related: related, offsets: range, unit: document.origin?.unit(at: range.lowerBound)))
                    }
                }
            }
            initialized = hitCount
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

    /// Line and column of every offset the hits mention, three per hit at its place in text
    /// order, `rank` (start, end, related offset; the last unset without one), found in one
    /// ascending pass so that many findings on one long line cost one scan of it, not one
    /// scan each. Ends are located just past their last byte: the same place in plain text,
    /// but text extracted from markup may continue elsewhere in the file. At one offset ends
    /// come before starts, and each distinct (offset, kind) is located once: the locator sees
    /// the calls it always saw.
    private static func locations(of hitsOfEachCheck: [[Hit]], rank: [Int], in document: Document) -> [TextLocation] {
        var queries: [LocationQuery] = []
        queries.reserveCapacity(rank.count * 2)
        var flatIndex = 0
        for hits in hitsOfEachCheck {
            hits.withUnsafeBufferPointer { hits in
                for hit in hits {
                    let slot = 3 * rank[flatIndex]
                    queries.append(LocationQuery(offset: hit.range.lowerBound, isStart: true, slot: slot))
                    queries.append(LocationQuery(offset: hit.range.upperBound, isStart: false, slot: slot + 1))
                    if let related = hit.relatedOffset { queries.append(LocationQuery(offset: related, isStart: true, slot: slot + 2)) }
                    flatIndex += 1
                }
            }
        }
        queries.sort()
        var result = [TextLocation](repeating: TextLocation(line: 0, column: 0), count: 3 * rank.count)
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
