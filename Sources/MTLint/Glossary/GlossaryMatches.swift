extension Glossary {
    /// The glossary's terms found in an English document (``TermMatcher/matches(words:bytes:keys:)``),
    /// found once per document and glossary and shared by the checks that need them.
    func matches(in document: Document) -> [TermMatcher.Match] {
        document.memoized("Glossary.matches.\(UInt(bitPattern: ObjectIdentifier(self)))") {
            terms.matches(words: document.words, bytes: document.utf8, keys: TermKey.english(document))
        }
    }
}
