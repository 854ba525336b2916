/// Occurrences of what is taken to be one name or term, by spelling. The most frequent
/// spelling is the majority; every occurrence of another spelling is reported against it.
struct SpellingGroups {
    struct Occurrence {
        let range: Range<Int>
        /// False for occurrences that are counted but never reported (e.g. sentence-initial).
        let reportable: Bool
    }

    private var groups: [String: [String: [Occurrence]]] = [:]
    private var order: [String] = []

    mutating func add(key: String, spelling: String, range: Range<Int>, reportable: Bool = true) {
        if groups[key] == nil { order.append(key) }
        groups[key, default: [:]][spelling, default: []].append(Occurrence(range: range, reportable: reportable))
    }

    /// Spellings per key, for filtering before reporting.
    func spellings(of key: String) -> [String: [Occurrence]] { groups[key] ?? [:] }

    var keys: [String] { order }

    /// One hit per occurrence of each minority spelling of each key with two or more
    /// spellings that `keep` accepts; `message(minority, majority, majorityCount)`.
    func hits(keep: (String, [String: [Occurrence]]) -> Bool = { _, _ in true },
              message: (String, String, Int) -> String) -> [Hit] {
        var hits: [Hit] = []
        for key in order {
            guard let spellings = groups[key], spellings.count > 1, keep(key, spellings) else { continue }
            // Most frequent wins; on a tie, the one used first.
            let ranked = spellings.sorted {
                ($0.value.count, -$0.value[0].range.lowerBound) > ($1.value.count, -$1.value[0].range.lowerBound)
            }
            let majority = ranked[0]
            for (spelling, occurrences) in ranked.dropFirst() {
                for occurrence in occurrences where occurrence.reportable {
                    hits.append(Hit(range: occurrence.range, message: message(spelling, majority.key, majority.value.count),
                                    suggestion: majority.key, relatedOffset: majority.value[0].range.lowerBound))
                }
            }
        }
        return hits
    }
}
