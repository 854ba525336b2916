import Testing
@testable import MTLint

/// Spelling groups report what grouping every occurrence by key and spelling in dictionaries
/// reports: each minority spelling's reportable occurrences against the most frequent one.
@Suite struct SpellingGroupsTests {
    private struct Added {
        let key: Int32
        let spelling: Int32
        let range: Range<Int>
        let reportable: Bool
    }

    /// The hits by the definition: occurrences grouped in dictionaries, keys in order of first
    /// occurrence, spellings ranked by count and then by first use.
    private static func expectedHits(_ added: [Added], keep: (Int32, Set<Int32>) -> Bool) -> [Hit] {
        var keys: [Int32] = []
        var grouped: [Int32: [Int32: [Added]]] = [:]
        for occurrence in added {
            if grouped[occurrence.key] == nil { keys.append(occurrence.key) }
            grouped[occurrence.key, default: [:]][occurrence.spelling, default: []].append(occurrence)
        }
        var hits: [Hit] = []
        for key in keys {
            let spellings = grouped[key]!
            guard spellings.count > 1, keep(key, Set(spellings.keys)) else { continue }
            let ranked = spellings.sorted {
                ($0.value.count, -$0.value[0].range.lowerBound) > ($1.value.count, -$1.value[0].range.lowerBound)
            }
            let majority = ranked[0]
            for (spelling, occurrences) in ranked.dropFirst() {
                for occurrence in occurrences where occurrence.reportable {
                    hits.append(Hit(range: occurrence.range, message: "\(spelling) \(majority.key) \(majority.value.count)",
                                    suggestion: "\(majority.key)", relatedOffset: majority.value[0].range.lowerBound))
                }
            }
        }
        return hits
    }

    @Test func randomOccurrencesGiveTheDictionaryGrouping() {
        var generator = SplitMix64(seed: 12)
        for _ in 0..<2_000 {
            var added: [Added] = []
            var offset = 0
            let keyCount = 1 + generator.next() % 40
            for _ in 0..<Int(generator.next() % 120) {
                offset += 1 + Int(generator.next() % 5)
                added.append(Added(key: Int32(generator.next() % keyCount) * 3, spelling: Int32(generator.next() % 4),
                                   range: offset..<offset + 2, reportable: generator.next() % 5 != 0))
            }
            var groups = SpellingGroups<Int32>()
            for occurrence in added {
                groups.add(key: occurrence.key, spelling: occurrence.spelling, range: occurrence.range, reportable: occurrence.reportable)
            }
            // Keys whose spellings include 3 are dropped.
            let found = groups.hits(keep: { _, spellings in !spellings.contains(3) }, render: { "\($0)" },
                                    message: { minority, majority, count in "\(minority) \(majority) \(count)" })
            #expect(found == Self.expectedHits(added, keep: { _, spellings in !spellings.contains(3) }))
        }
    }

    /// Ranges added in a space of their own (word positions) and located at the hits give the
    /// hits of the located ranges added: locating keeps their order.
    @Test func locatedRangesGiveTheHitsOfRangesAddedLocated() {
        var generator = SplitMix64(seed: 13)
        let locate = { (range: Range<Int>) in 3 * range.lowerBound + 1..<3 * range.upperBound }
        let message = { (minority: String, majority: String, count: Int) in "\(minority) \(majority) \(count)" }
        for _ in 0..<500 {
            var inPositions = SpellingGroups<Int32>(), located = SpellingGroups<Int32>()
            var position = 0
            for _ in 0..<Int(generator.next() % 80) {
                position += Int(generator.next() % 3)
                let range = position..<position + 1 + Int(generator.next() % 3)
                let key = Int32(generator.next() % 6), spelling = Int32(generator.next() % 3)
                inPositions.add(key: key, spelling: spelling, range: range)
                located.add(key: key, spelling: spelling, range: locate(range))
            }
            #expect(inPositions.hits(render: { "\($0)" }, locate: locate, message: message) == located.hits(render: { "\($0)" }, message: message))
        }
    }
}
