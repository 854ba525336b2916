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

    private(set) var entries: [Entry] = []
    /// Every word (key) of every term, by id (looked up by bytes: no String hashing per word
    /// of a text).
    private var vocabulary = ByteInterner(expectedCount: 64)
    /// The shapes of the vocabulary's words, asked before a word is looked up in it.
    private var vocabularyShapes = WordShapeFilter()
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

    /// The keys of each folded English word of `words` (``TermKey/english(folded:)``), by id.
    /// Words without a plural or possessive ending, nearly all, take one lookup, and most of
    /// those none: their shape is not among the glossary's words.
    func englishWordKeys(ofEach words: ByteInterner) -> [WordKeys] {
        // Read once for all the words: each access copies the table (and retains its arrays).
        // Variables, to be lent to ``asciiWordKeys(of:in:shapes:)``.
        var table = vocabulary
        var shapes = vocabularyShapes
        // Every word starts with no keys, and only words that have some are written: mapping
        // the ids built and stored each word's 20 bytes (peer subset, 1.9 M instructions).
        var result = [WordKeys](repeating: WordKeys(exact: -1), count: words.count)
        words.arena.withUnsafeBufferPointer { arena in
            words.starts.withUnsafeBufferPointer { starts in
                result.withUnsafeMutableBufferPointer { result in
                    for id in 0..<words.count {
                        let start = Int(starts[id])
                        let bytes = UnsafeBufferPointer(start: arena.baseAddress! + start, count: Int(starts[id + 1]) - start)
                        guard let last = bytes.last, last == 0x73 || last == 0x27 else {
                            if shapes.mayContain(bytes), let exact = table.find(bytes) { result[id] = WordKeys(exact: exact) }
                            continue
                        }
                        guard bytes.allSatisfy({ $0 < 0x80 }) else {
                            result[id] = wordKeys(TermKey.english(folded: String(decoding: bytes, as: UTF8.self)))
                            continue
                        }
                        let keys = Self.asciiWordKeys(of: bytes, in: &table, shapes: &shapes)
                        if !keys.isEmpty { result[id] = keys }
                    }
                }
            }
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

    /// Every longest, non-overlapping occurrence of a term among `words` of `bytes`, given
    /// each word's keys as `keys[keyOfWord[i]]`. The words of a multi-word term may be
    /// separated only by spaces, one line break or hyphens.
    func matches(words: [Word], bytes: [UInt8], keys: [WordKeys], keyOfWord: [Int32]) -> [Match] {
        matches(words: words, bytes: bytes, keys: keys, keyOfForm: (0..<Int32(keys.count)).map { $0 }, formOfWord: keyOfWord)
    }

    /// ``matches(words:bytes:keys:keyOfWord:)`` with each word's keys as
    /// `keys[keyOfForm[formOfWord[i]]]`: a document's keys by distinct folded word, reached
    /// through its forms, are not copied out for each form (20 bytes a form: peer subset,
    /// 6.0 M instructions).
    func matches(words: [Word], bytes: [UInt8], keys: [WordKeys], keyOfForm: [Int32], formOfWord: [Int32]) -> [Match] {
        var result: [Match] = []
        // Whether a word can begin a term (some form of it leaves the trie's root), as a flat
        // table by form: the walk over every word reads it without copying (and retaining) each
        // word's keys, and does not start a search at "of" or "the", which only continue terms.
        // Filled by plain loops: `map`s here appended each element after a uniqueness check
        // (peer subset: 12 M instructions more).
        var keyBeginsTerm = [UInt8](repeating: 0, count: keys.count)
        var beginsTerm = [UInt8](repeating: 0, count: keyOfForm.count)
        keys.withUnsafeBufferPointer { keys in
            keyBeginsTerm.withUnsafeMutableBufferPointer { keyBeginsTerm in
                for index in keys.indices where !keys[index].isEmpty {
                    let key = keys[index]
                    var begins = key.exact >= 0 && edges.id(0, key.exact) != nil
                    key.forEachReduced { form, _ in begins = begins || edges.id(0, form) != nil }
                    keyBeginsTerm[index] = begins ? 1 : 0
                }
                keyOfForm.withUnsafeBufferPointer { keyOfForm in
                    beginsTerm.withUnsafeMutableBufferPointer { beginsTerm in
                        for form in keyOfForm.indices { beginsTerm[form] = keyBeginsTerm[Int(keyOfForm[form])] }
                    }
                }
            }
        }
        let words = KeyedWords(words: words, keys: keys, keyOfForm: keyOfForm, formOfWord: formOfWord)
        // Where the next match may start (a match's words are not looked at again).
        var next = 0
        Self.forEachWord(beginning: beginsTerm, keyOfWord: formOfWord) { index in
            guard index >= next, let match = longestMatch(at: index, words: words, bytes: bytes) else { return }
            result.append(match)
            next = match.words.upperBound
        }
        return result
    }

    /// The words of a text with the way to their keys.
    private struct KeyedWords {
        let words: [Word]
        let keys: [WordKeys]
        let keyOfForm: [Int32]
        let formOfWord: [Int32]

        var count: Int { words.count }
        subscript(index: Int) -> Word { words[index] }
        func keys(ofWord index: Int) -> WordKeys { keys[Int(keyOfForm[Int(formOfWord[index])])] }
    }

    /// Calls `body`, in order, with each word whose key `begins` marks (the words that begin
    /// a term come irregularly).
    private static func forEachWord(beginning begins: [UInt8], keyOfWord: [Int32], _ body: (Int) -> Void) {
        begins.withUnsafeBufferPointer { begins in
            keyOfWord.withUnsafeBufferPointer { keyOfWord in
                MarkedPositions.forEach(in: keyOfWord.indices, mark: { Int(begins[Int(keyOfWord[$0])]) }, body)
            }
        }
    }

    /// ``matches(words:bytes:keys:keyOfWord:)`` with one key per word.
    func matches(words: [Word], bytes: [UInt8], keys: [TermKey]) -> [Match] {
        matches(words: words, bytes: bytes, keys: keys.map(wordKeys), keyOfWord: (0..<Int32(keys.count)).map { $0 })
    }

    private func longestMatch(at start: Int, words: KeyedWords, bytes: [UInt8]) -> Match? {
        var best: Match?
        walk(node: 0, index: start, start: start, words: words, bytes: bytes, best: &best)
        return best
    }

    /// Follows every form of the word at `index` that continues a term (the exact form, and
    /// its reduced forms); keeps the longest match.
    private func walk(node: Int, index: Int, start: Int, words: KeyedWords, bytes: [UInt8], best: inout Match?) {
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

    private func visit(form: Int32, trim: Int, node: Int, index: Int, start: Int, words: KeyedWords, bytes: [UInt8], best: inout Match?) {
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

    private func writtenAlike(_ expected: [String], _ found: ArraySlice<Word>, lastEnd: Int, bytes: [UInt8]) -> Bool {
        guard expected.count == found.count else { return false }
        for (word, (offset, actual)) in zip(expected, found.enumerated()) {
            let end = offset == found.count - 1 ? lastEnd : actual.end
            if !word.utf8.elementsEqual(bytes[actual.start..<end]) { return false }
        }
        return true
    }

    /// True when only spaces, at most one line break, or hyphens separate two words.
    static func joins(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        bytes.withUnsafeBufferPointer { WordGap($0, from, to).contains(.joins) }
    }

    /// The end of `word` without its last `trim` Unicode scalars.
    static func end(of word: Word, trimming trim: Int, in bytes: [UInt8]) -> Int {
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
