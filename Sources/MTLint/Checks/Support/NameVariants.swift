/// Transliteration variants of one capitalized name within a document ("Nebenzya" and
/// "Nebenzia"). A capitalized word that also occurs in lower case is an ordinary English
/// word, not a name; a group needs one spelling used mid-sentence, where a capital means a name.
enum NameVariants {
    static func hits(_ document: Document, facts: WordFacts, minimumLength: Int, ignored: Set<String>, glossary: Glossary?) -> [Hit] {
        var lowercase: Set<String> = []
        for index in document.words.indices where facts.latin[index] && !facts.capitalized[index] {
            lowercase.insert(facts.folded[index])
        }
        var groups = SpellingGroups()
        var named: Set<String> = []
        for (index, word) in document.words.enumerated() where facts.latin[index] && facts.capitalized[index] && !facts.allCaps[index] {
            var folded = facts.folded[index]
            var range = word.range
            if folded.hasSuffix("'s") {
                folded.removeLast(2)
                range = range.lowerBound..<TermMatcher.end(of: word, trimming: 2, in: document.utf8)
            }
            guard folded.count >= minimumLength, !lowercase.contains(folded), !ignored.contains(folded) else { continue }
            let key = TransliterationKey.key(folded)
            let spelling = document.string(range)
            groups.add(key: key, spelling: spelling, range: range)
            if !facts.initial[index] { named.insert(key) }
        }
        return groups.hits(keep: { key, spellings in
            // Spellings that differ only in case are one spelling here; forbidden variants are
            // glossary-forbidden's to report.
            named.contains(key)
                && Set(spellings.keys.map { $0.lowercased() }).count > 1
                && !spellings.keys.contains { glossary?.isForbiddenWord(TermKey.fold($0)) ?? false }
        }, message: { minority, majority, count in
            "“\(minority)” is spelled “\(majority)” elsewhere in this document (\(count) \(count == 1 ? "time" : "times"))"
        })
    }
}
