/// Occurrences of what is taken to be one name or term, by spelling. The most frequent
/// spelling is the majority; every occurrence of another spelling is reported against it.
///
/// Keys are small non-negative integers (interned ids, concept numbers), numbered through a
/// flat table. Nearly every key has one spelling, so occurrences are appended to one flat
/// list with an array lookup each, and grouped by spelling only for the few keys that vary.
struct SpellingGroups<Spelling: Hashable> {
    typealias Key = Int32

    struct Occurrence {
        let range: Range<Int>
        /// False for occurrences that are counted but never reported (e.g. sentence-initial).
        let reportable: Bool
    }

    private struct Record {
        let key: Int32
        let spelling: Spelling
        let occurrence: Occurrence
    }

    /// Keys in order of first occurrence, numbered by position.
    private var order: [Key] = []
    /// By key, its number (-1: not seen yet): an array lookup for each occurrence, where a
    /// Dictionary hashed every occurrence of a long text's terms with SipHash.
    private var numbers: [Int32] = []
    private var firstSpelling: [Spelling] = []
    /// Whether a key has been seen with two or more spellings.
    private var varied: [Bool] = []
    private var records: [Record] = []

    mutating func add(key: Key, spelling: Spelling, range: Range<Int>, reportable: Bool = true) {
        precondition(key >= 0, "spelling group keys are ids")
        if Int(key) >= numbers.count { numbers += repeatElement(-1, count: max(Int(key) + 1, 2 * numbers.count) - numbers.count) }
        let number: Int32
        let known = numbers[Int(key)]
        if known >= 0 {
            number = known
            if !varied[Int(known)] && firstSpelling[Int(known)] != spelling { varied[Int(known)] = true }
        } else {
            number = Int32(order.count)
            numbers[Int(key)] = number
            order.append(key)
            firstSpelling.append(spelling)
            varied.append(false)
        }
        records.append(Record(key: number, spelling: spelling, occurrence: Occurrence(range: range, reportable: reportable)))
    }

    /// One hit per occurrence of each minority spelling of each key with two or more
    /// spellings that `keep` accepts (given the key and its spellings in order of first use);
    /// `message(minority, majority, majorityCount)`. `render` gives a spelling's text.
    func hits(keep: (Key, [Spelling]) -> Bool = { _, _ in true }, render: (Spelling) -> String,
              message: (String, String, Int) -> String) -> [Hit] {
        // The records of the keys that vary, by key number in text order (a counting sort),
        // and each key's few spellings found by a linear search: nested dictionaries hashed
        // every record twice (5 MB head: 19,000 records, 10 M instructions).
        var firstRecord = [Int](repeating: 0, count: order.count + 1)
        for record in records where varied[Int(record.key)] { firstRecord[Int(record.key) + 1] += 1 }
        for number in order.indices { firstRecord[number + 1] += firstRecord[number] }
        var sorted = [Int](repeating: 0, count: firstRecord[order.count])
        var next = firstRecord
        for (index, record) in records.enumerated() where varied[Int(record.key)] {
            sorted[next[Int(record.key)]] = index
            next[Int(record.key)] += 1
        }
        var hits: [Hit] = []
        for (number, key) in order.enumerated() where varied[number] {
            var spellings: [(spelling: Spelling, occurrences: [Occurrence])] = []
            for index in sorted[firstRecord[number]..<firstRecord[number + 1]] {
                let record = records[index]
                if let known = spellings.firstIndex(where: { $0.spelling == record.spelling }) {
                    spellings[known].occurrences.append(record.occurrence)
                } else {
                    spellings.append((record.spelling, [record.occurrence]))
                }
            }
            guard keep(key, spellings.map(\.spelling)) else { continue }
            // Most frequent wins; on a tie, the one used first.
            let ranked = spellings.sorted {
                ($0.occurrences.count, -$0.occurrences[0].range.lowerBound) > ($1.occurrences.count, -$1.occurrences[0].range.lowerBound)
            }
            let majority = ranked[0]
            let majoritySpelling = render(majority.spelling)
            for (spelling, occurrences) in ranked.dropFirst() {
                // One message for all the spelling's occurrences: interpolated for each, it
                // cost some 4,000 instructions a hit (5 MB head: 2,400 hits, 10 M).
                let text = message(render(spelling), majoritySpelling, majority.occurrences.count)
                for occurrence in occurrences where occurrence.reportable {
                    hits.append(Hit(range: occurrence.range, message: text,
                                    suggestion: majoritySpelling, relatedOffset: majority.occurrences[0].range.lowerBound))
                }
            }
        }
        return hits
    }
}

extension SpellingGroups where Spelling == String {
    /// One hit per occurrence of each minority spelling (see ``hits(keep:render:message:)``).
    func hits(keep: (Key, [String]) -> Bool = { _, _ in true }, message: (String, String, Int) -> String) -> [Hit] {
        hits(keep: keep, render: { $0 }, message: message)
    }
}
