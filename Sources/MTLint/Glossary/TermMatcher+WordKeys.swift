extension TermMatcher {
    /// A word of a text as the trie sees it: the ids of its exact key and of its distinct
    /// reduced forms among the trie's words (-1 / left out when the trie has no such word),
    /// so that walking the text compares integers. Most words of a text are in no term and
    /// have neither. The reduced forms (at most three: "'s", "es" and "ies", "s") are kept
    /// inline: a table of keys for every distinct word of a text holds no references to
    /// retain, release and destroy one by one.
    struct WordKeys: Sendable {
        let exact: Int32
        private var reducedIDs: (Int32, Int32, Int32) = (-1, -1, -1)
        private var reducedTrims: (Int8, Int8, Int8) = (0, 0, 0)
        private var reducedCount: Int8 = 0

        init(exact: Int32, reduced: [(id: Int32, trim: Int)]) {
            self.init(exact: exact)
            for (id, trim) in reduced { append(id, trim: trim) }
        }

        init(exact: Int32) {
            self.exact = exact
        }

        /// Adds a reduced form (at most three).
        mutating func append(_ id: Int32, trim: Int) {
            precondition(reducedCount < 3, "a word has at most three reduced forms")
            switch reducedCount {
            case 0: (reducedIDs.0, reducedTrims.0) = (id, Int8(trim))
            case 1: (reducedIDs.1, reducedTrims.1) = (id, Int8(trim))
            default: (reducedIDs.2, reducedTrims.2) = (id, Int8(trim))
            }
            reducedCount += 1
        }

        var isEmpty: Bool { exact < 0 && reducedCount == 0 }

        /// Calls `body` with each reduced form's id and trim, in order.
        @inline(__always)
        func forEachReduced(_ body: (Int32, Int) -> Void) {
            if reducedCount > 0 { body(reducedIDs.0, Int(reducedTrims.0)) }
            if reducedCount > 1 { body(reducedIDs.1, Int(reducedTrims.1)) }
            if reducedCount > 2 { body(reducedIDs.2, Int(reducedTrims.2)) }
        }
    }
}
