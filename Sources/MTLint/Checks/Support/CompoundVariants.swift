/// One compound written hyphenated and closed ("co-chairs" / "cochairs") in one document,
/// or, for capitalized names, hyphenated and spaced ("Tel-Aviv" / "Tel Aviv").
enum CompoundVariants {
    static func hits(_ document: Document, facts: WordFacts, ignoredPrefixes: Set<String>) -> [Hit] {
        let words = document.words
        let folded = facts.folded
        let latin = { (position: Int) in facts.latin(position) }
        var groups = SpellingGroups<String, String>()
        var chainKeys: Set<String> = []
        var index = 0
        while index < words.count {
            var end = index
            while end + 1 < words.count && facts.gaps[end].contains(.hyphen) && latin(end) && latin(end + 1) {
                end += 1
            }
            if end > index && !ignoredPrefixes.contains(facts.text(ofTerm: folded[index])) {
                let key = facts.text(index...end)
                chainKeys.insert(key)
                groups.add(key: key, spelling: facts.text(index...end, separator: "-"), range: words[index].start..<words[end].end)
            }
            index = end + 1
        }
        guard !chainKeys.isEmpty else { return [] }
        let isChainKey = facts.vocabularyMask(chainKeys)
        for (index, word) in words.enumerated() where latin(index) && isChainKey[Int(folded[index])] {
            let text = facts.text(ofTerm: folded[index])
            groups.add(key: text, spelling: text, range: word.range)
        }
        // A spaced name can spell a chain key only if its first word begins one.
        // (Chain keys are Latin words, ASCII: their prefixes are byte prefixes.)
        var isChainPrefix = [Bool](repeating: false, count: facts.vocabularyCount)
        for var key in chainKeys {
            key.withUTF8 { bytes in
                for end in bytes.indices.dropFirst() {
                    if let id = facts.index.terms.find(UnsafeBufferPointer(rebasing: bytes[..<end])) { isChainPrefix[Int(id)] = true }
                }
            }
        }
        for start in words.indices where facts.capitalized(start) && isChainPrefix[Int(folded[start])] {
            for length in 2...4 where start + length <= words.count {
                let span = start..<start + length
                guard span.allSatisfy({ facts.capitalized($0) && latin($0) }),
                      span.dropLast().allSatisfy({ facts.gaps[$0].contains(.space) }) else { break }
                let key = facts.text(span)
                if chainKeys.contains(key) {
                    groups.add(key: key, spelling: facts.text(span, separator: " "), range: words[start].start..<words[start + length - 1].end)
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
}
