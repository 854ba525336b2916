/// Occurrences of what is taken to be one name or term, by spelling. The most frequent
/// spelling is the majority; every occurrence of another spelling is reported against it.
struct SpellingGroups<Key: Hashable, Spelling: Hashable> {
    struct Occurrence {
        let range: Range<Int>
        /// False for occurrences that are counted but never reported (e.g. sentence-initial).
        let reportable: Bool
    }

    private var groups: [Key: [Spelling: [Occurrence]]] = [:]
    private var order: [Key] = []

    mutating func add(key: Key, spelling: Spelling, range: Range<Int>, reportable: Bool = true) {
        if groups[key] == nil { order.append(key) }
        groups[key, default: [:]][spelling, default: []].append(Occurrence(range: range, reportable: reportable))
    }

    /// Spellings per key, for filtering before reporting.
    func spellings(of key: Key) -> [Spelling: [Occurrence]] { groups[key] ?? [:] }

    var keys: [Key] { order }

    /// One hit per occurrence of each minority spelling of each key with two or more
    /// spellings that `keep` accepts; `message(minority, majority, majorityCount)`.
    /// `render` gives a spelling's text.
    func hits(keep: (Key, [Spelling: [Occurrence]]) -> Bool = { _, _ in true }, render: (Spelling) -> String,
              message: (String, String, Int) -> String) -> [Hit] {
        var hits: [Hit] = []
        for key in order {
            guard let spellings = groups[key], spellings.count > 1, keep(key, spellings) else { continue }
            // Most frequent wins; on a tie, the one used first.
            let ranked = spellings.sorted {
                ($0.value.count, -$0.value[0].range.lowerBound) > ($1.value.count, -$1.value[0].range.lowerBound)
            }
            let majority = ranked[0]
            let majoritySpelling = render(majority.key)
            for (spelling, occurrences) in ranked.dropFirst() {
                let minority = render(spelling)
                for occurrence in occurrences where occurrence.reportable {
                    hits.append(Hit(range: occurrence.range, message: message(minority, majoritySpelling, majority.value.count),
                                    suggestion: majoritySpelling, relatedOffset: majority.value[0].range.lowerBound))
                }
            }
        }
        return hits
    }
}

extension SpellingGroups where Spelling == String {
    /// One hit per occurrence of each minority spelling (see ``hits(keep:render:message:)``).
    func hits(keep: (Key, [String: [Occurrence]]) -> Bool = { _, _ in true }, message: (String, String, Int) -> String) -> [Hit] {
        hits(keep: keep, render: { $0 }, message: message)
    }
}
