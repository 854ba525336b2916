extension TermMatcher {
    /// The keys of a text's distinct words, by id, kept for the few words that have any, with
    /// a mark on each id that can begin a term.
    ///
    /// A document has hundreds of distinct words, and a handful of them are the glossary's: a
    /// table of every word's keys (20 bytes each, the empty ones too) was written in full, and
    /// read in full to find the ids that begin a term.
    struct KeyTable {
        /// The keys of the ids that have some, in the order they were added.
        private var keys: [WordKeys] = []
        /// By id: 1 + the index of its keys in ``keys``, negated if some key of the id begins
        /// a term, or 0 for none. (A binary search of the ids with keys instead cost the 5 MB
        /// head 0.9 M instructions more; the marks in a table of their own, one more table
        /// to fill for each document, 0.7 M on the peer subset.)
        private(set) var slots: [Int32]
        /// Whether some id begins a term: without one, a text has no match.
        private(set) var anyBeginsTerm = false

        /// A table of `count` ids, none with keys yet.
        init(count: Int) {
            slots = [Int32](repeating: 0, count: count)
            // An article has some fifteen words with keys: room for them at once, where the
            // keys grown from none were reallocated five times (peer subset: 1,500 times).
            keys.reserveCapacity(32)
        }

        /// Records the keys of `id` (not empty, and once).
        mutating func add(_ id: Int32, _ keys: WordKeys, beginsTerm begins: Bool) {
            self.keys.append(keys)
            slots[Int(id)] = begins ? -Int32(self.keys.count) : Int32(self.keys.count)
            if begins { anyBeginsTerm = true }
        }

        /// Whether some key of `id` begins a term (its slot is negative).
        func beginsTerm(_ id: Int32) -> Bool { slots[Int(id)] < 0 }

        /// The keys of `id` (none when it has none).
        subscript(id: Int32) -> WordKeys {
            let slot = Int(slots[Int(id)].magnitude)
            return slot == 0 ? WordKeys(exact: -1) : keys[slot - 1]
        }
    }
}
