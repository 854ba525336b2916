/// One compound written hyphenated and closed ("co-chairs" / "cochairs") in one document,
/// or, for capitalized names, hyphenated and spaced ("Tel-Aviv" / "Tel Aviv").
enum CompoundVariants {
    static func hits(_ document: Document, facts: WordFacts, ignoredPrefixes: Set<String>) -> [Hit] {
        let words = document.words
        let bytes = document.utf8
        var groups = SpellingGroups()
        var chainKeys: Set<String> = []
        var index = 0
        while index < words.count {
            var end = index
            while end + 1 < words.count && facts.latin[end] && facts.latin[end + 1] && Self.hyphenOnly(bytes, words[end].end, words[end + 1].start) {
                end += 1
            }
            if end > index && !ignoredPrefixes.contains(facts.folded[index]) {
                let parts = facts.folded[index...end]
                let key = parts.concatenated()
                chainKeys.insert(key)
                groups.add(key: key, spelling: parts.concatenated(separator: "-"), range: words[index].start..<words[end].end)
            }
            index = end + 1
        }
        guard !chainKeys.isEmpty else { return [] }
        for (index, word) in words.enumerated() where facts.latin[index] && chainKeys.contains(facts.folded[index]) {
            groups.add(key: facts.folded[index], spelling: facts.folded[index], range: word.range)
        }
        for start in words.indices where facts.capitalized[start] {
            for length in 2...4 where start + length <= words.count {
                let span = start..<start + length
                guard span.allSatisfy({ facts.capitalized[$0] && facts.latin[$0] }),
                      span.dropFirst().allSatisfy({ Self.spaceOnly(bytes, words[$0 - 1].end, words[$0].start) }) else { break }
                let key = facts.folded[span].concatenated()
                if chainKeys.contains(key) {
                    groups.add(key: key, spelling: facts.folded[span].concatenated(separator: " "), range: words[start].start..<words[start + length - 1].end)
                }
            }
        }
        return groups.hits(message: { minority, majority, count in
            "“\(minority)” is written “\(majority)” elsewhere in this document (\(count) \(count == 1 ? "time" : "times"))"
        }).map { hit in
            // The spelling was folded for grouping; suggest it in the case of the text at hand.
            var hit = hit
            let found = document.string(hit.range)
            if let first = found.first, first.isUppercase, let suggestion = hit.suggestion {
                hit.suggestion = suggestion.prefix(1).uppercased() + suggestion.dropFirst()
            }
            return hit
        }
    }

    private static func hyphenOnly(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        let gap = bytes[from..<to]
        return gap.elementsEqual([0x2D]) || gap.elementsEqual([0xE2, 0x80, 0x90]) || gap.elementsEqual([0xE2, 0x80, 0x91])
    }

    private static func spaceOnly(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        to - from == 1 && bytes[from] == 0x20
    }
}
