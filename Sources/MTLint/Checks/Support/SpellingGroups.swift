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

    /// An occurrence added: its key's number, its spelling, and its range as two 32-bit
    /// offsets with `reportable` in the end's top bit. Sixteen bytes with an `Int32` spelling,
    /// not thirty-two: a long text adds hundreds of thousands (the 100 MB file: some 20 MB of
    /// records, touched page by page).
    private struct Record {
        let key: Int32
        let spelling: Spelling
        private let start: UInt32
        private let endAndReportable: UInt32
        private static var reportableBit: UInt32 { 1 << 31 }

        init(key: Int32, spelling: Spelling, range: Range<Int>, reportable: Bool) {
            precondition(range.lowerBound >= 0 && range.upperBound < 1 << 31, "offsets beyond 2 GB")
            self.key = key
            self.spelling = spelling
            start = UInt32(truncatingIfNeeded: range.lowerBound)
            endAndReportable = UInt32(truncatingIfNeeded: range.upperBound) | (reportable ? Self.reportableBit : 0)
        }

        var occurrence: Occurrence {
            Occurrence(range: Int(start)..<Int(endAndReportable & ~Self.reportableBit), reportable: endAndReportable & Self.reportableBit != 0)
        }

        var lowerBound: Int { Int(start) }
    }

    /// A key seen: its first spelling, and whether it has been seen with two or more.
    private struct Group {
        let key: Key
        let firstSpelling: Spelling
        var varied: Bool
    }

    /// Keys in order of first occurrence, numbered by position.
    private var groups: [Group] = []
    /// By key, its number (-1: not seen yet): an array lookup for each occurrence, where a
    /// Dictionary hashed every occurrence of a long text's terms with SipHash.
    private var numbers: [Int32] = []
    private var records: [Record] = []

    /// (Not inlined: inlined into the case variants' walk, it left the walk's own helpers out
    /// of line, 5 MB head 47.0 → 47.5 M instructions there.)
    @inline(never)
    mutating func add(key: Key, spelling: Spelling, range: Range<Int>, reportable: Bool = true) {
        precondition(key >= 0, "spelling group keys are ids")
        if Int(key) >= numbers.count { growNumbers(past: key) }
        let number: Int32
        let known = numbers[Int(key)]
        if known >= 0 {
            number = known
            if !groups[Int(known)].varied && groups[Int(known)].firstSpelling != spelling { groups[Int(known)].varied = true }
        } else {
            number = Int32(groups.count)
            numbers[Int(key)] = number
            groups.append(Group(key: key, firstSpelling: spelling, varied: false))
        }
        records.append(Record(key: number, spelling: spelling, range: range, reportable: reportable))
    }

    /// Room in ``numbers`` for `key`. The first time, room for some keys and records at once:
    /// a document's groups are made for a few dozen occurrences, and growing each array from
    /// empty cost more than the occurrences' own work (some 800 instructions an occurrence of
    /// a compound, peer subset).
    @inline(never)
    private mutating func growNumbers(past key: Key) {
        if numbers.isEmpty {
            groups.reserveCapacity(Self.firstRoom)
            records.reserveCapacity(Self.firstRoom)
        }
        numbers += repeatElement(-1, count: max(Int(key) + 1, 2 * numbers.count, Self.firstRoom) - numbers.count)
    }

    private static var firstRoom: Int { 32 }

    /// One hit per occurrence of each minority spelling of each key with two or more
    /// spellings that `keep` accepts (given the key and its spellings in order of first use);
    /// `message(minority, majority, majorityCount)`. `render` gives a spelling's text, and
    /// `locate` the text's range of an occurrence's range as added: a caller may add ranges of
    /// its own that grow with the text's (word positions), and have only the reported ones
    /// and the majority's first located (a compound's words were read at each of its
    /// occurrences, a cache miss each on a long text).
    func hits(keep: (Key, [Spelling]) -> Bool = { _, _ in true }, render: (Spelling) -> String,
              locate: (Range<Int>) -> Range<Int> = { $0 },
              message: (String, String, Int) -> String) -> [Hit] {
        // The records of the keys that vary, by key number in text order (a counting sort),
        // and each key's few spellings found by a linear search: nested dictionaries hashed
        // every record twice (5 MB head: 19,000 records, 10 M instructions).
        var firstRecord = [Int](repeating: 0, count: groups.count + 1)
        for record in records where groups[Int(record.key)].varied { firstRecord[Int(record.key) + 1] += 1 }
        for number in groups.indices { firstRecord[number + 1] += firstRecord[number] }
        var sorted = [Int](repeating: 0, count: firstRecord[groups.count])
        var next = firstRecord
        for (index, record) in records.enumerated() where groups[Int(record.key)].varied {
            sorted[next[Int(record.key)]] = index
            next[Int(record.key)] += 1
        }
        var hits: [Hit] = []
        // A key's spellings in order of first use, each with its count and its first record:
        // one list for all keys, and each minority spelling's occurrences found again among
        // the key's records rather than gathered in an array of its own (growing an array for
        // each spelling cost some 500 instructions a hit, 5 MB head).
        var spellings: [(spelling: Spelling, count: Int, first: Int)] = []
        for (number, group) in groups.enumerated() where group.varied {
            let key = group.key
            // The key's records are `sorted[keyRecords]`; a spelling's first is its place there.
            let keyRecords = firstRecord[number]..<firstRecord[number + 1]
            spellings.removeAll(keepingCapacity: true)
            for place in keyRecords {
                let spelling = records[sorted[place]].spelling
                if let known = spellings.firstIndex(where: { $0.spelling == spelling }) {
                    spellings[known].count += 1
                } else {
                    spellings.append((spelling, 1, place))
                }
            }
            guard keep(key, spellings.map(\.spelling)) else { continue }
            // Most frequent wins; on a tie, the one used first.
            let start = { (place: Int) in records[sorted[place]].lowerBound }
            let ranked = spellings.sorted { ($0.count, -start($0.first)) > ($1.count, -start($1.first)) }
            let majority = ranked[0]
            let majoritySpelling = render(majority.spelling)
            let majorityStart = locate(records[sorted[majority.first]].occurrence.range).lowerBound
            for minority in ranked.dropFirst() {
                // One message for all the spelling's occurrences: interpolated for each, it
                // cost some 4,000 instructions a hit (5 MB head: 2,400 hits, 10 M).
                let text = message(render(minority.spelling), majoritySpelling, majority.count)
                for place in minority.first..<keyRecords.upperBound where records[sorted[place]].spelling == minority.spelling {
                    let occurrence = records[sorted[place]].occurrence
                    guard occurrence.reportable else { continue }
                    hits.append(Hit(range: locate(occurrence.range), message: text, suggestion: majoritySpelling, relatedOffset: majorityStart))
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
