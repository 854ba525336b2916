import CWordScan

/// Finds glossary terms in a text in one pass: a trie over folded words, walked from each
/// word of the text, longest match first. Thousands of terms cost one hash lookup per word
/// of text, not one regular expression per term.
struct TermMatcher: Sendable {
    /// A term as stored: its words as written (for case-sensitive terms) and what it is.
    struct Entry: Sendable {
        let words: [String]
        let concept: Int
        let role: TermRole
        let caseSensitive: Bool
    }

    /// A term found in a text.
    struct Match: Sendable {
        /// Indices into the words given to ``matches(words:bytes:keys:)``.
        let words: Range<Int>
        /// Bytes of the text, without a possessive or plural ending of the last word.
        let range: Range<Int>
        /// Indices into ``entries``: every term of that wording (several concepts may share one).
        let entries: [Int]
    }

    private(set) var entries: [Entry] = []
    /// Every word (key) of every term, by id (looked up by bytes: no String hashing per word
    /// of a text).
    private var vocabulary = ByteInterner(expectedCount: 64)
    /// The shapes of the vocabulary's words, asked before a word is looked up in it.
    private var vocabularyShapes = WordShapeFilter()
    /// The shapes of the vocabulary's words and of their plurals and possessives
    /// (``TermKey/formsReducing(to:)``): the only words that can have keys.
    private var keyedShapes = WordShapeFilter()
    /// The trie's edges, (node, word id) to child node, in one table of pairs: a step costs
    /// a multiplication and a probe, where a Dictionary per node hashed with SipHash and
    /// retained the node's table.
    private var edges = WordPairTable()
    private var childOfEdge: [Int32] = []
    /// By node: whether some edge leaves it.
    private var hasChildren = [false]
    private var terminals: [[Int32]] = [[]]

    var isEmpty: Bool { entries.isEmpty }

    /// Adds a term given as its words as written and their keys (folded words or stems).
    mutating func insert(words: [String], keys: [String], concept: Int, role: TermRole, caseSensitive: Bool) {
        guard !keys.isEmpty else { return }
        var node = 0
        for var key in keys {
            // The key's own bytes (a copy into an array was an allocation per word).
            let id = key.withUTF8 { key in
                vocabularyShapes.insert(key)
                keyedShapes.insert(key)
                TermKey.forEachFormReducing(to: key) { keyedShapes.insert($0) }
                return vocabulary.intern(key)
            }
            let edge = edges.insert(Int32(node), id)
            if edge == childOfEdge.count {
                childOfEdge.append(Int32(terminals.count))
                terminals.append([])
                hasChildren.append(false)
                hasChildren[node] = true
            }
            node = Int(childOfEdge[edge])
        }
        terminals[node].append(Int32(entries.count))
        entries.append(Entry(words: words, concept: concept, role: role, caseSensitive: caseSensitive))
    }

    /// A word's keys as ids: the exact form, then each reduced form not tried yet.
    func wordKeys(_ key: TermKey) -> WordKeys {
        var reduced: [(id: Int32, trim: Int)] = []
        for (offset, (form, trim)) in key.reduced.enumerated()
        where form != key.exact && !key.reduced[..<offset].contains(where: { $0.key == form }) {
            if let id = id(of: form) { reduced.append((id, trim)) }
        }
        return WordKeys(exact: id(of: key.exact) ?? -1, reduced: reduced)
    }

    /// The keys of the folded English words of `words` (``TermKey/english(folded:)``) that
    /// have any, by id. A word whose shape is not among the vocabulary's words, their plurals
    /// and possessives, has none, and nearly every word of a document is turned away so,
    /// with one load; the others take a lookup or a few.
    func englishWordKeys(ofEach words: ByteInterner) -> KeyTable {
        // Read once for all the words: each access copies the table (and retains its arrays).
        // Variables, to be lent to ``asciiWordKeys(of:in:shapes:)``.
        var table = vocabulary
        var shapes = vocabularyShapes
        var result = KeyTable(count: words.count)
        keyedShapes.forEachWord(mayContain: words) { id, bytes in
            let keys: WordKeys
            if let last = bytes.last, last == 0x73 || last == 0x27 {
                keys = bytes.allSatisfy({ $0 < 0x80 })
                    ? Self.asciiWordKeys(of: bytes, in: &table, shapes: &shapes)
                    : wordKeys(TermKey.english(folded: String(decoding: bytes, as: UTF8.self)))
            } else {
                keys = WordKeys(exact: shapes.mayContain(bytes) ? table.find(bytes) ?? -1 : -1)
            }
            if !keys.isEmpty { result.add(Int32(id), keys, beginsTerm: beginsTerm(keys)) }
        }
        return result
    }

    /// The keys of an ASCII word ending in "s" or "'": ``TermKey/reducedForms(of:)`` on the
    /// bytes, looked up without Strings. (The forms differ in length or last letter, so none
    /// repeats another.) The tables are `inout` so that the closure takes them by address:
    /// captured by value, they were copied (and their arrays retained) for every such word
    /// (peer subset, 13.7 M instructions).
    @inline(__always)
    private static func asciiWordKeys(of bytes: UnsafeBufferPointer<UInt8>, in table: inout ByteInterner, shapes: inout WordShapeFilter) -> WordKeys {
        var keys = WordKeys(exact: shapes.mayContain(bytes) ? table.find(bytes) ?? -1 : -1)
        TermKey.forEachReducedASCIIForm(of: bytes) { form, trim in
            if shapes.mayContain(form), let id = table.find(form) { keys.append(id, trim: trim) }
        }
        return keys
    }

    private func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { vocabulary.find($0) }
    }

    /// Whether some form of a word (the exact one, or a reduced one) leaves the trie's root.
    private func beginsTerm(_ keys: WordKeys) -> Bool {
        var begins = keys.exact >= 0 && edges.id(0, keys.exact) != nil
        keys.forEachReduced { form, _ in begins = begins || edges.id(0, form) != nil }
        return begins
    }

    /// A table of `keys`, the keys of ids 0, 1, 2...
    private func keyTable(_ keys: [WordKeys]) -> KeyTable {
        var table = KeyTable(count: keys.count)
        for (id, keys) in keys.enumerated() where !keys.isEmpty {
            table.add(Int32(id), keys, beginsTerm: beginsTerm(keys))
        }
        return table
    }

    /// Every longest, non-overlapping occurrence of a term among `words` of `bytes`, given
    /// each word's keys as `keys[keyOfWord[i]]`. The words of a multi-word term may be
    /// separated only by spaces, one line break or hyphens.
    func matches(words: [Word], bytes: TextBytes, keys: [WordKeys], keyOfWord: [Int32]) -> [Match] {
        matches(words: words, bytes: bytes, keys: keyTable(keys), keyOfWord: keyOfWord)
    }

    /// ``matches(words:bytes:keys:keyOfWord:)`` with the keys in a table: searches begin only
    /// at the words whose keys the table marks (not at "of" or "the", which only continue
    /// terms), and in a text without one, nowhere.
    func matches(words: [Word], bytes: TextBytes, keys: KeyTable, keyOfWord: [Int32]) -> [Match] {
        guard keys.anyBeginsTerm else { return [] }
        let keyed = KeyedWords(words: words, keys: keys, keyOfWord: keyOfWord)
        return keyOfWord.withUnsafeBufferPointer { keyOfWord in
            keys.slots.withUnsafeBufferPointer { slots in
                words.withUnsafeBufferPointer { words in
                    bytes.withUnsafeBufferPointer { text in
                        longestMatches(in: keyed, bytes: bytes) { Self.forEachWord(keyOfWord: keyOfWord, beginningTermsBy: slots, words: words, text: text, $0) }
                    }
                }
            }
        }
    }

    /// ``matches(words:bytes:keys:keyOfWord:)`` with one key per word, the plain way that
    /// the others are held to: each word's keys worked out for it, a search from every word.
    func matches(words: [Word], bytes: TextBytes, keys: [TermKey]) -> [Match] {
        let keyed = KeyedWords(words: words, keys: keyTable(keys.map(wordKeys)), keyOfWord: (0..<Int32(keys.count)).map { $0 })
        return longestMatches(in: keyed, bytes: bytes) { body in words.indices.forEach(body) }
    }

    /// The longest match at each word `candidates` gives (in order) that no match before it
    /// covers.
    private func longestMatches(in words: KeyedWords, bytes: TextBytes, candidates: ((Int) -> Void) -> Void) -> [Match] {
        var result: [Match] = []
        // Where the next match may start (a match's words are not looked at again).
        var next = 0
        candidates { index in
            guard index >= next, let match = longestMatch(at: index, words: words, bytes: bytes) else { return }
            result.append(match)
            next = match.words.upperBound
        }
        return result
    }

    /// The words of a text with the way to their keys.
    private struct KeyedWords {
        let words: [Word]
        let keys: KeyTable
        let keyOfWord: [Int32]

        var count: Int { words.count }
        subscript(index: Int) -> Word { words[index] }
        func keys(ofWord index: Int) -> WordKeys { keys[keyOfWord[index]] }
    }

    /// Calls `body`, in order, with each word whose key may begin a term (a negative slot in
    /// the key table, ``KeyTable/slots``). Few do: they are found in C, sixteen words a step
    /// with two gathers (eight words' marks tested at once here, with a branch only when one
    /// of them was marked, took 4.4 instructions a word: peer subset 2.3 M). They are found a
    /// batch at a time, and each one's word and the text after it asked for before any is
    /// looked at (``mtl_prefetch``): on a text larger than the caches, reading them one word
    /// at a time waited for memory twice a word (most of this walk's time on the 100 MB file).
    private static func forEachWord(keyOfWord: UnsafeBufferPointer<Int32>, beginningTermsBy slots: UnsafeBufferPointer<Int32>,
                                    words: UnsafeBufferPointer<Word>, text: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        let count = keyOfWord.count
        precondition(words.count == count, "a key for each word")
        guard let keys = keyOfWord.baseAddress, let slots = slots.baseAddress, let firstWord = words.baseAddress else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: candidateBatch) { batch in
            var position = 0
            while position < count {
                var found = 0
                while found < batch.count {
                    position = mtl_first_negative(slots, keys, position, count)
                    guard position < count else { break }
                    mtl_prefetch(firstWord + position)
                    batch[found] = position
                    found += 1
                    position += 1
                }
                if let firstByte = text.baseAddress {
                    for candidate in batch[..<found] { mtl_prefetch(firstByte + words[candidate].end) }
                }
                for candidate in batch[..<found] { body(candidate) }
            }
        }
    }

    /// How many words that may begin a term ``forEachWord(keyOfWord:beginningTermsBy:words:text:_:)`` finds at a time.
    private static let candidateBatch = 32

    private func longestMatch(at start: Int, words: KeyedWords, bytes: TextBytes) -> Match? {
        var best: Match?
        walk(node: 0, index: start, start: start, words: words, bytes: bytes, best: &best)
        return best
    }

    /// Follows every form of the word at `index` that continues a term (the exact form, and
    /// its reduced forms); keeps the longest match.
    private func walk(node: Int, index: Int, start: Int, words: KeyedWords, bytes: TextBytes, best: inout Match?) {
        guard index < words.count else { return }
        if index > start && !Self.joins(bytes, words[index - 1].end, words[index].start) { return }
        let key = words.keys(ofWord: index)
        if key.exact >= 0 {
            visit(form: key.exact, trim: 0, node: node, index: index, start: start, words: words, bytes: bytes, best: &best)
        }
        key.forEachReduced { form, trim in
            visit(form: form, trim: trim, node: node, index: index, start: start, words: words, bytes: bytes, best: &best)
        }
    }

    private func visit(form: Int32, trim: Int, node: Int, index: Int, start: Int, words: KeyedWords, bytes: TextBytes, best: inout Match?) {
        guard let edge = edges.id(Int32(node), form) else { return }
        let child = Int(childOfEdge[edge])
        if !terminals[child].isEmpty && (best.map { $0.words.upperBound < index + 1 } ?? true) {
            let end = Self.end(of: words[index], trimming: trim, in: bytes)
            let found = terminals[child].map(Int.init).filter {
                !entries[$0].caseSensitive || writtenAlike(entries[$0].words, words.words[start...index], lastEnd: end, bytes: bytes)
            }
            if !found.isEmpty { best = Match(words: start..<index + 1, range: words[start].start..<end, entries: found) }
        }
        // A reduced form ("kiev" of "kiev's") ends a term; only whole words lead on.
        if trim == 0 && hasChildren[child] {
            walk(node: child, index: index + 1, start: start, words: words, bytes: bytes, best: &best)
        }
    }

    private func writtenAlike(_ expected: [String], _ found: ArraySlice<Word>, lastEnd: Int, bytes: TextBytes) -> Bool {
        guard expected.count == found.count else { return false }
        for (word, (offset, actual)) in zip(expected, found.enumerated()) {
            let end = offset == found.count - 1 ? lastEnd : actual.end
            if !word.utf8.elementsEqual(bytes[actual.start..<end]) { return false }
        }
        return true
    }

    /// True when only spaces, at most one line break, or hyphens separate two words.
    static func joins(_ bytes: TextBytes, _ from: Int, _ to: Int) -> Bool {
        bytes.withUnsafeBufferPointer { WordGap($0, from, to).contains(.joins) }
    }

    /// The end of `word` without its last `trim` Unicode scalars.
    static func end(of word: Word, trimming trim: Int, in bytes: TextBytes) -> Int {
        var end = word.end
        var remaining = trim
        while remaining > 0 && end > word.start {
            end -= 1
            while end > word.start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            remaining -= 1
        }
        return end
    }
}
