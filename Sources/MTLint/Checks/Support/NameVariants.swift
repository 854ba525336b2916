/// Transliteration variants of one capitalized name within a document ("Nebenzya" and
/// "Nebenzia"). A capitalized word that also occurs in lower case is an ordinary English
/// word, not a name; a group needs one spelling used mid-sentence, where a capital means a name.
enum NameVariants {
    /// A capitalized word taken for a name: its transliteration key and its spelling (without
    /// a possessive "'s"), both interned.
    private struct Candidate {
        let key: Int32
        let spelling: Int32
        let trim: Int
    }

    static func hits(_ document: Document, facts: WordFacts, minimumLength: Int, ignored: Set<String>, glossary: Glossary?) -> [Hit] {
        let words = document.words
        var lowercaseTerms = [Bool](repeating: false, count: facts.vocabularyCount)
        for position in words.indices where facts.latin(position) && !facts.capitalized(position) {
            lowercaseTerms[Int(facts.folded[position])] = true
        }
        let isLowercase = { (folded: ArraySlice<UInt8>) in folded.withUnsafeBufferPointer { facts.index.terms.find($0) }.map { lowercaseTerms[Int($0)] } ?? false }
        // Per form: nil until seen, then the candidate or none.
        var candidates = [Candidate??](repeating: nil, count: facts.index.forms.count)
        var keys = ByteInterner()
        // By key: whether some occurrence is mid-sentence, where a capital means a name.
        var named: [Bool] = []
        var spellings = ByteInterner()
        func candidate(_ position: Int) -> Candidate? {
            let form = facts.index.form(ofWord: position)
            if let known = candidates[form] { return known }
            // Latin words are ASCII: the checks below read the folded bytes, and a String is
            // made only for a word that passes them.
            let term = facts.folded[position]
            let foldedBytes = facts.index.terms.bytes(term)
            let trim = foldedBytes.count >= 2 && foldedBytes.suffix(2).elementsEqual("'s".utf8) ? 2 : 0
            let kept = foldedBytes.dropLast(trim)
            var found: Candidate?
            if kept.count >= minimumLength,
               !(trim == 0 ? lowercaseTerms[Int(term)] : isLowercase(kept)),
               ignored.isEmpty || !ignored.contains(String(decoding: kept, as: UTF8.self)) {
                var key = TransliterationKey.key(String(decoding: kept, as: UTF8.self))
                let word = words[position]
                let keyID = key.withUTF8 { keys.intern($0) }
                if Int(keyID) == named.count { named.append(false) }
                let spellingID = document.utf8.withUnsafeBufferPointer { bytes in
                    spellings.intern(UnsafeBufferPointer(rebasing: bytes[word.start..<TermMatcher.end(of: word, trimming: trim, in: document.utf8)]))
                }
                found = Candidate(key: keyID, spelling: spellingID, trim: trim)
            }
            candidates[form] = .some(found)
            return found
        }
        let text = { (spelling: Int32) in spellings.string(spelling) }
        var groups = SpellingGroups<Int32, Int32>()
        for (position, word) in words.enumerated()
        where facts.capitalized(position) && !facts.allCaps(position) && facts.latin(position) {
            guard let name = candidate(position) else { continue }
            let range = name.trim == 0 ? word.range : word.start..<TermMatcher.end(of: word, trimming: name.trim, in: document.utf8)
            groups.add(key: name.key, spelling: name.spelling, range: range)
            if !facts.initial(position) { named[Int(name.key)] = true }
        }
        return groups.hits(keep: { key, found in
            // Spellings that differ only in case are one spelling here; forbidden variants are
            // glossary-forbidden's to report.
            named[Int(key)]
                && Set(found.keys.map { text($0).lowercased() }).count > 1
                && !found.keys.contains { glossary?.isForbiddenWord(TermKey.fold(text($0))) ?? false }
        }, render: text, message: { minority, majority, count in
            "“\(minority)” is spelled “\(majority)” elsewhere in this document (\(count) \(count == 1 ? "time" : "times"))"
        })
    }
}
