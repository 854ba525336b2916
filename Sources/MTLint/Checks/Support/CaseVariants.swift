/// A multi-word term capitalized one way and written another way elsewhere ("Foreign
/// Ministry" / "foreign ministry"). Terms are maximal runs of capitalized words (with "of",
/// "and", "on", "for", "the" inside); a sentence- or line-initial capital says nothing.
enum CaseVariants {
    static let connectors: Set<String> = ["of", "and", "on", "for", "the", "de"]
    /// Words whose capital at the start of a run says nothing ("In Paris", "The Fifth Element").
    static let leading: Set<String> = ["the", "a", "an", "in", "at", "on", "of", "for", "to", "by", "from", "with", "and", "but", "or", "as"]

    static func hits(_ document: Document, facts: WordFacts) -> [Hit] {
        let words = document.words
        let bytes = document.utf8
        var terms: [String: Set<Int>] = [:] // first folded word -> lengths
        var keys: Set<String> = []
        var index = 0
        while index < words.count {
            guard facts.capitalized[index] && facts.latin[index] else { index += 1; continue }
            var last = index
            var probe = index
            while probe + 1 < words.count && TermMatcher.joins(bytes, words[probe].end, words[probe + 1].start) {
                if facts.capitalized[probe + 1] && facts.latin[probe + 1] {
                    last = probe + 1
                } else if !Self.connectors.contains(facts.folded[probe + 1]) {
                    break
                }
                probe += 1
            }
            var start = index
            if facts.initial[start] { start += 1 }
            // "The Fifth Element" and "the Fifth Element" are one title.
            while start < last && Self.leading.contains(facts.folded[start]) { start += 1 }
            let run = start..<last + 1
            if run.count >= 2 && run.count <= 8 && facts.capitalized[start] && run.count(where: { facts.capitalized[$0] }) >= 2
                && !run.allSatisfy({ facts.allCaps[$0] || Self.connectors.contains(facts.folded[$0]) }) {
                let key = facts.folded[run].concatenated(separator: " ")
                keys.insert(key)
                terms[facts.folded[start], default: []].insert(run.count)
            }
            index = last + 1
        }
        guard !keys.isEmpty else { return [] }
        var groups = SpellingGroups()
        for start in words.indices where !facts.initial[start] {
            guard let lengths = terms[facts.folded[start]] else { continue }
            for length in lengths.sorted() where start + length <= words.count {
                let span = start..<start + length
                guard span.dropFirst().allSatisfy({ TermMatcher.joins(bytes, words[$0 - 1].end, words[$0].start) }) else { continue }
                let key = facts.folded[span].concatenated(separator: " ")
                guard keys.contains(key), !span.allSatisfy({ facts.allCaps[$0] || Self.connectors.contains(facts.folded[$0]) }) else { continue }
                let range = words[start].start..<words[start + length - 1].end
                let spelling = document.string(range).split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
                groups.add(key: key, spelling: spelling, range: range)
            }
        }
        return groups.hits(message: { minority, majority, count in
            "“\(minority)” is capitalized “\(majority)” elsewhere in this document (\(count) \(count == 1 ? "time" : "times"))"
        })
    }
}
