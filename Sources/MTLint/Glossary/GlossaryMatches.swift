extension Glossary {
    /// The glossary's terms found in an English document (``TermMatcher/matches(words:bytes:keys:keyOfWord:)``),
    /// found once per document and glossary and shared by the checks that need them. Keys are
    /// worked out once per distinct folded word, and the words are walked only when one of
    /// them begins a term.
    func matches(in document: Document) -> [TermMatcher.Match] {
        document.memoized("Glossary.matches.\(UInt(bitPattern: ObjectIdentifier(self)))") {
            let index = document.wordIndex
            // Read once: a struct of arrays, copied (and each array retained) at every access
            // through the class.
            let terms = self.terms
            let keys = terms.englishWordKeys(ofEach: index.terms)
            guard keys.anyBeginsTerm else { return [] }
            return terms.matches(words: document.words, bytes: document.utf8, keys: keys, keyOfWord: document.termKeyOfWord)
        }
    }
}
