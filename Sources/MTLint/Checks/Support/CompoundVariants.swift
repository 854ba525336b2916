import CWordScan

/// One compound written hyphenated and closed ("co-chairs" / "cochairs") in one document,
/// or, for capitalized names, hyphenated and spaced ("Tel-Aviv" / "Tel Aviv").
///
/// Keys (the folded words run together) and spellings are built on bytes and interned: the
/// spaced form is looked for at every capitalized word that begins a key ("In" begins
/// "indepth"), which must not cost a String each.
enum CompoundVariants {
    /// The hyphenated occurrences after which a document's chains of words are interned (see
    /// below): a short article has a few dozen, nearly all new, and a table for them cost
    /// more than it saved (peer subset: 1.8 M instructions).
    static let chainTableFrom = 64

    static func hits(_ document: Document, facts: WordFacts, ignoredPrefixes: Set<String>, chainTableFrom: Int = Self.chainTableFrom) -> [Hit] {
        let words = document.words
        let folded = facts.folded
        let terms = facts.index.terms
        let termBytes = terms.arena, termStarts = terms.starts
        let latin = { (position: Int) in facts.latin(position) }
        let isIgnoredPrefix = facts.vocabularyMask(ignoredPrefixes)
        var groups = SpellingGroups<Int32>()
        var keys = ByteInterner()
        var spellings = ByteInterner()
        var scratch: [UInt8] = []
        let termLength = { (term: Int32) in Int(termStarts[Int(term) + 1] - termStarts[Int(term)]) }
        /// Copies the bytes of term `term` to `target`; returns their count.
        func copy(_ term: Int32, to target: UnsafeMutablePointer<UInt8>) -> Int {
            termStarts.withUnsafeBufferPointer { starts in
                termBytes.withUnsafeBufferPointer { termBytes in
                    let start = Int(starts[Int(term)]), count = Int(starts[Int(term) + 1]) - start
                    for offset in 0..<count { target[offset] = termBytes[start + offset] }
                    return count
                }
            }
        }
        /// Interns the folded words of `span`, run together (a key) or joined by `separator`,
        /// spelled in `scratch`. (Handed the scratch rather than capturing it: variables
        /// captured by a local function were checked for exclusive access at each use, 5 MB
        /// head 733.8 → 731.0 M instructions.) The words' bytes are copied from the terms'
        /// arena through buffers: appending each word's slice cost a retain, a release and
        /// some 110 instructions.
        func intern(_ span: ClosedRange<Int>, separator: UInt8?, into interner: inout ByteInterner, scratch: inout [UInt8]) -> Int32 {
            termStarts.withUnsafeBufferPointer { starts in
                var length = separator == nil ? 0 : span.count - 1
                for position in span {
                    let term = Int(folded[position])
                    length += Int(starts[term + 1] - starts[term])
                }
                if scratch.count < length { scratch = [UInt8](repeating: 0, count: max(length, 2 * scratch.count)) }
                return scratch.withUnsafeMutableBufferPointer { scratch in
                    var end = 0
                    for position in span {
                        if let separator, position != span.lowerBound {
                            scratch[end] = separator
                            end += 1
                        }
                        end += copy(folded[position], to: scratch.baseAddress! + end)
                    }
                    return interner.intern(UnsafeBufferPointer(rebasing: scratch[..<end]))
                }
            }
        }
        // The chains of hyphenated words seen (their folded words' ids), and by chain its key
        // and its spelling.
        // (Made once a document has ``chainTableFrom`` hyphenated occurrences.)
        var chains = ByteInterner?.none
        var keyAndSpellingOfChain: [(key: Int32, spelling: Int32)] = []
        var hyphenated = 0
        // Nearly no gap is a hyphen: the words are skipped eight at a time.
        let hyphenBits = UInt64(WordFacts.Bits.hyphenNext.rawValue) &* 0x0101_0101_0101_0101
        var index = 0
        while index < words.count {
            if index + 8 < words.count {
                // The folded words are read only at chains, here and there: asked for ahead
                // (a cache line of them every other step), they come from memory as a stream.
                if index & 8 == 0 { folded.withUnsafeBufferPointer { mtl_prefetch($0.baseAddress! + min(index + 256, $0.count - 1)) } }
                let eight = facts.bits.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
                if eight & hyphenBits == 0 { index += 8; continue }
            }
            var end = index
            while end + 1 < words.count && facts.bits[end].contains(.hyphenNext) && latin(end) && latin(end + 1) {
                end += 1
            }
            if end > index && !isIgnoredPrefix[Int(folded[index])] {
                // A chain's key and spelling are those of its folded words: on a long text,
                // spelled out and interned for each chain of words once, not for each
                // occurrence (5 MB head: 1.2 M instructions less).
                let keyAndSpelling: (key: Int32, spelling: Int32)
                if hyphenated < chainTableFrom {
                    hyphenated += 1
                    keyAndSpelling = (intern(index...end, separator: nil, into: &keys, scratch: &scratch),
                                      intern(index...end, separator: UInt8(ascii: "-"), into: &spellings, scratch: &scratch))
                } else {
                    if chains == nil { chains = ByteInterner() }
                    let chain = Int(chains!.intern(ids: folded[index...end]))
                    if chain == keyAndSpellingOfChain.count {
                        keyAndSpellingOfChain.append((intern(index...end, separator: nil, into: &keys, scratch: &scratch),
                                                      intern(index...end, separator: UInt8(ascii: "-"), into: &spellings, scratch: &scratch)))
                    }
                    keyAndSpelling = keyAndSpellingOfChain[chain]
                }
                groups.add(key: keyAndSpelling.key, spelling: keyAndSpelling.spelling, range: index..<end + 1)
            }
            index = end + 1
        }
        guard keys.count > 0 else { return [] }
        // By vocabulary entry: the chain key it spells closed (-1: none), and its roles (see
        // ``Roles``): whether it spells a key closed, whether it begins one. (Chain keys are
        // Latin words, ASCII: their prefixes are byte prefixes.)
        var closedKey = [Int32](repeating: -1, count: facts.vocabularyCount)
        var roles = [UInt16](repeating: Roles.none, count: facts.vocabularyCount)
        var longestKey = 0
        for key in 0..<Int32(keys.count) {
            let bytes = keys.bytes(key)
            longestKey = max(longestKey, bytes.count)
            bytes.withUnsafeBufferPointer { bytes in
                if let id = terms.find(bytes) {
                    closedKey[Int(id)] = key
                    roles[Int(id)] = Roles.addingSpellsKey(roles[Int(id)])
                }
                for end in bytes.indices.dropFirst() {
                    let prefix = UnsafeBufferPointer(rebasing: bytes[..<end])
                    if let id = terms.find(prefix, hash: ByteInterner.hash(prefix)) { roles[Int(id)] = Roles.addingBeginsKey(roles[Int(id)]) }
                }
            }
        }
        // Closed and spaced spellings in one walk: every key already has its hyphenated
        // occurrences, and each spelling's occurrences are still added in text order.
        // By key, the id of its closed spelling once interned (-1: not yet): an array lookup
        // for each closed word, where a Dictionary hashed each with SipHash.
        var closedSpelling = [Int32](repeating: -1, count: keys.count)
        // The words of a spaced spelling run together, copied in place from the terms' arena
        // (appended as slices, a retain, a release and some 100 instructions a word), in
        // room on the stack (an array for it was another allocation an article).
        let capitalizedLatin: WordFacts.Bits = [.capitalized, .latin]
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestKey) { runTogether in
            Self.forEachWord(facts: facts, roles: roles) { start in
                let bits = facts.bits[start]
                guard bits.contains(.latin) else { return }
                let term = Int(folded[start])
                let key = closedKey[term]
                if key >= 0 {
                    var spelling = closedSpelling[Int(key)]
                    if spelling < 0 {
                        spelling = keys.bytes(key).withUnsafeBufferPointer { spellings.intern($0) }
                        closedSpelling[Int(key)] = spelling
                    }
                    groups.add(key: key, spelling: spelling, range: start..<start + 1)
                }
                // A spaced name can spell a chain key only if its first word begins one.
                guard bits.contains(.capitalized) && roles[term] & Roles.beginsKey != 0 else { return }
                // The words run together grow a word at a time, once the next word may join
                // (spelled again for each length: 5 MB head 741.1 → 737.7 M instructions).
                var length = 0
                for last in start + 1..<min(start + 4, words.count) {
                    guard facts.bits[last].isSuperset(of: capitalizedLatin) && facts.gap(after: last - 1).contains(.space) else { break }
                    if last == start + 1 { length = termLength(folded[start]) }
                    guard length + termLength(folded[last]) <= longestKey else { break }
                    if last == start + 1 { _ = copy(folded[start], to: runTogether.baseAddress!) }
                    length += copy(folded[last], to: runTogether.baseAddress! + length)
                    if let key = keys.find(UnsafeBufferPointer(rebasing: runTogether[..<length])) {
                        groups.add(key: key, spelling: intern(start...last, separator: UInt8(ascii: " "), into: &spellings, scratch: &scratch),
                                   range: start..<last + 1)
                    }
                }
            }
        }
        // Occurrences are added as ranges of word positions: only those reported, and each
        // key's majority's first, are read from the words.
        return groups.hits(render: spellings.string, locate: { words[$0.lowerBound].start..<words[$0.upperBound - 1].end }, message: { minority, majority, count in
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

    /// Calls `body`, in text order, with each Latin word that spells a key closed, or is
    /// capitalized and begins one. Most words are neither, but "we", "co" and "well" begin
    /// keys: a branch on each word mispredicted often, so the words are marked without one.
    private static func forEachWord(facts: WordFacts, roles: [UInt16], _ body: (Int) -> Void) {
        facts.bits.withUnsafeBufferPointer { bits in
            facts.folded.withUnsafeBufferPointer { folded in
                roles.withUnsafeBufferPointer { roles in
                    MarkedPositions.forEach(in: bits.indices, mark: { position in
                        Roles.marks(bits[position], roles[Int(folded[position])]) ? 1 : 0
                    }, body)
                }
            }
        }
    }

    /// A vocabulary entry's roles, kept as the word bits an occurrence of it needs to be
    /// looked at: Latin if the entry spells a key closed, else Latin and capitalized if it
    /// begins one, else ``unmarked``, a bit above a word's eight that no word has; and
    /// ``beginsKey`` if it begins a key, a bit every word is given before the comparison.
    /// One table read and one comparison a word, where the two roles were tested one by
    /// one (5 MB head 483.0 → 477.4 M instructions, peer subset 436.1 → 433.3 M).
    enum Roles {
        static let unmarked: UInt16 = 1 << 8, beginsKey: UInt16 = 1 << 9
        static let none = unmarked
        private static let latin = UInt16(WordFacts.Bits.latin.rawValue)
        private static let capitalized = UInt16(WordFacts.Bits.capitalized.rawValue)

        static func addingSpellsKey(_ roles: UInt16) -> UInt16 {
            roles & beginsKey | latin
        }

        static func addingBeginsKey(_ roles: UInt16) -> UInt16 {
            (roles & unmarked != 0 ? latin | capitalized : roles) | beginsKey
        }

        /// Whether a word with `bits` and `roles` is Latin and spells a key closed, or is
        /// Latin, capitalized and begins one.
        @inline(__always)
        static func marks(_ bits: WordFacts.Bits, _ roles: UInt16) -> Bool {
            (UInt16(bits.rawValue) | beginsKey) & roles == roles
        }
    }
}
