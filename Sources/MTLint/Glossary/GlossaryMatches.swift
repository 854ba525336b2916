extension Glossary {
    /// The glossary's terms found in an English document (``TermMatcher/matches(words:bytes:keys:keyOfWord:)``),
    /// found once per document and glossary and shared by the checks that need them. Keys are
    /// worked out once per distinct word.
    func matches(in document: Document) -> [TermMatcher.Match] {
        document.memoized("Glossary.matches.\(UInt(bitPattern: ObjectIdentifier(self)))") {
            let index = document.wordIndex
            // Read once: a struct of arrays, copied (and each array retained) at every access
            // through the class.
            let terms = self.terms
            // Keys per distinct folded word, then per form.
            let byTerm = terms.englishWordKeys(ofEach: index.terms)
            let keys = index.termKeyOfForm.map { byTerm[Int($0)] }
            return terms.matches(words: document.words, bytes: document.utf8, keys: keys, keyOfWord: index.formOfWord)
        }
    }
}
