/// A multi-word term capitalized one way and written another way elsewhere ("Foreign
/// Ministry" / "foreign ministry"). Terms are maximal runs of capitalized words (with "of",
/// "and", "on", "for", "the" inside); a sentence- or line-initial capital says nothing.
enum CaseVariants {
    static let connectors = ["of", "and", "on", "for", "the", "de"]
    /// Words whose capital at the start of a run says nothing ("In Paris", "The Fifth Element").
    static let leading = ["the", "a", "an", "in", "at", "on", "of", "for", "to", "by", "from", "with", "and", "but", "or", "as"]
    /// Both lists as bytes, each word with its bit (``connectorBit``, ``leadingBit``).
    private static let listed: [(word: [UInt8], bit: UInt8)] = connectors.map { (Array($0.utf8), connectorBit) } + leading.map { (Array($0.utf8), leadingBit) }
    static let connectorBit: UInt8 = 1, leadingBit: UInt8 = 2

    /// By vocabulary entry, its bits of ``listed``: one table, made from bytes, where a mask
    /// for each list made from a set of Strings cost some 3,000 instructions a document
    /// (peer subset: 1.9 M).
    static func listedBits(_ facts: WordFacts) -> [UInt8] {
        var bits = [UInt8](repeating: 0, count: facts.vocabularyCount)
        for (word, bit) in listed {
            if let id = word.withUnsafeBufferPointer({ facts.index.terms.find($0) }) { bits[Int(id)] |= bit }
        }
        return bits
    }

    static func hits(_ document: Document, facts: WordFacts) -> [Hit] {
        let words = document.words
        let bytes = document.utf8
        let folded = facts.folded
        let bits = facts.bits
        let listed = Self.listedBits(facts)
        let connector = { (position: Int) in listed[Int(folded[position])] & Self.connectorBit != 0 }
        let capitalizedLatin: WordFacts.Bits = [.capitalized, .latin]
        // By folded word, one machine word: for each word it begins a term with, the bit of
        // that word's id modulo 64 (see ``forEachPossibleStart``); and term lengths (bit n:
        // n words) by pair of first two folded words. The second pass looks a term up only
        // where both agree.
        var secondsOf = [UInt64](repeating: 0, count: facts.vocabularyCount)
        var pairs = WordPairTable()
        var lengthsOfPair: [UInt16] = []
        lengthsOfPair.reserveCapacity(64)
        // Terms of three words or more, as a tree of their words from their pair: an edge
        // from a pair (its id) or from a node (its id, complemented: negative) to the node of
        // the next folded word, with the nodes where some term ends. A term's key is its
        // pair's id if it has two words, else the pairs' count plus its last node's id: most
        // terms have two words. (The longer ones interned as runs of ids, each occurrence of a
        // pair that begins one hashed its words: on the 100 MB file 570,000 times, a fifth of
        // this check's second pass.)
        var longTerms = WordPairTable()
        var longTermEnds: [Bool] = []
        facts.forEach(having: capitalizedLatin) { index in
            var last = index
            var probe = index
            while probe + 1 < words.count && facts.joinsNext(probe) {
                if bits[probe + 1].isSuperset(of: capitalizedLatin) {
                    last = probe + 1
                } else if !connector(probe + 1) {
                    break
                }
                probe += 1
            }
            var start = index
            if facts.initial(start) { start += 1 }
            // "The Fifth Element" and "the Fifth Element" are one title.
            while start < last && listed[Int(folded[start])] & Self.leadingBit != 0 { start += 1 }
            let run = start..<last + 1
            if run.count >= 2 && run.count <= 8 && facts.capitalized(start) && run.count(where: { facts.capitalized($0) }) >= 2
                && !run.allSatisfy({ facts.allCaps($0) || connector($0) }) {
                let pair = pairs.insert(folded[start], folded[start + 1])
                if pair == lengthsOfPair.count { lengthsOfPair.append(0) }
                if run.count > 2 {
                    var parent = Int32(pair)
                    for position in start + 2..<last + 1 {
                        let node = longTerms.insert(parent, folded[position])
                        if node == longTermEnds.count { longTermEnds.append(false) }
                        parent = ~Int32(node)
                    }
                    longTermEnds[Int(~parent)] = true
                }
                secondsOf[Int(folded[start])] |= 1 &<< UInt64(folded[start + 1])
                lengthsOfPair[pair] |= 1 << run.count
            }
            return last + 1
        }
        guard pairs.count > 0 else { return [] }
        let pairCount = pairs.count, keyCount = pairCount + longTerms.count
        // What the second pass reads of the first, as constants: variables captured by its
        // local functions were checked for exclusive access at each use.
        let termLengths = lengthsOfPair, longTermTree = longTerms, longTermEnd = longTermEnds
        // Occurrences of the terms, in text order, and by key what its first occurrence was
        // (see ``Occurrences``).
        var found = Occurrences(keyCount: keyCount)
        let forms = facts.index.formOfWord
        let plainGap: WordGap = [.joins, .space]
        // (Spans have two words or more. `dropLast` on a range was a call for each span.)
        let plain = { (span: Range<Int>) in (span.lowerBound..<span.upperBound - 1).allSatisfy { facts.gap(after: $0) == plainGap } }
        // Whether the span of `length` words from `start`, whose first word is of form
        // `firstForm`, has the forms of `firstForms[at...]` (the generic comparison of two
        // array slices cost a tenth of this check's time on a long text).
        let sameForms = { (start: Int, firstForm: Int32, firstForms: UnsafeBufferPointer<Int32>, at: Int, length: Int) in
            forms.withUnsafeBufferPointer { forms in
                firstForm == firstForms[at] && (1..<length).allSatisfy { forms[start + $0] == firstForms[at + $0] }
            }
        }
        func record(start: Int, form: Int32, pair: Int, into found: inout Occurrences) {
            // The pair's term lengths (bit n: n words), shortest first; how far the words from
            // `start` join; and, for the longer terms, how far down their tree from the pair the
            // words lead, a word at a time. A gap that does not join, or a word with no edge,
            // ends every longer term too.
            var lengths = UInt32(termLengths[pair])
            var joined = start
            var parent = Int32(pair), depth = 2
            while lengths != 0 {
                let length = lengths.trailingZeroBitCount
                lengths &= lengths - 1
                guard start + length <= words.count else { break }
                while joined < start + length - 1 && facts.joinsNext(joined) { joined += 1 }
                guard joined == start + length - 1 else { break }
                while depth < length, let node = longTermTree.id(parent, folded[start + depth]) {
                    parent = ~Int32(node)
                    depth += 1
                }
                guard depth == length else { break }
                let span = start..<start + length
                guard length == 2 || longTermEnd[Int(~parent)], !span.allSatisfy({ facts.allCaps($0) || connector($0) }) else { continue }
                let key = length == 2 ? Int32(pair) : Int32(pairCount) + ~parent
                found.list.append((Int32(start), Int32(length), key))
                let first = found.first[Int(key)]
                if first >= 0 {
                    if !(plain(span) && found.firstForms.withUnsafeBufferPointer({ sameForms(start, form, $0, Int(first), length) })) {
                        found.first[Int(key)] = Occurrences.mayVary
                    }
                } else if first == Occurrences.unseen {
                    if plain(span) {
                        found.first[Int(key)] = Int32(found.firstForms.count)
                        found.firstForms.append(form)
                        for offset in 1..<length { found.firstForms.append(forms[start + offset]) }
                    } else {
                        found.first[Int(key)] = Occurrences.firstNotPlain
                    }
                } else if first == Occurrences.firstNotPlain {
                    found.first[Int(key)] = Occurrences.mayVary
                }
            }
        }
        // Each possible start's pair is looked up in the table, which outgrows the cache on a
        // long text: the lookups go in batches, all first slots (and the starts' forms, which
        // the comparison of spellings reads) read before any is looked at, so that their
        // cache misses overlap (forms read at the comparison: a tenth of this check's time on
        // the 100 MB file).
        // (The table is a constant here, and the batch is handed to the lookup rather than
        // captured by it: variables captured by a local function were checked for exclusive
        // access at every start: 5 MB head 737.7 → 733.8 M instructions.)
        let pairTable = pairs
        // The batch is written through a pointer into room on the stack: appended to an
        // array, each possible start checked the array's uniqueness and capacity (5 MB head:
        // 108,000 starts).
        typealias Lookup = (start: Int32, form: Int32, probe: WordPairTable.Probe)
        func lookUp(_ batch: UnsafeMutableBufferPointer<Lookup>, count: Int, into found: inout Occurrences) {
            for (start, form, probe) in batch[..<count] {
                if let pair = pairTable.id(of: probe) { record(start: Int(start), form: form, pair: pair, into: &found) }
            }
        }
        withUnsafeTemporaryAllocation(of: Lookup.self, capacity: Self.batch) { batch in
            var count = 0
            forms.withUnsafeBufferPointer { forms in
                forEachPossibleStart(folded: folded, bits: bits, secondsOf: secondsOf) { start in
                    guard let probe = pairTable.probe(folded[start], folded[start + 1]) else { return }
                    (batch.baseAddress! + count).initialize(to: (Int32(truncatingIfNeeded: start), forms[start], probe))
                    count += 1
                    if count == Self.batch {
                        lookUp(batch, count: count, into: &found)
                        count = 0
                    }
                }
            }
            lookUp(batch, count: count, into: &found)
        }
        guard found.first.contains(Occurrences.mayVary) else { return [] }
        // The occurrences of the keys that may vary, and their ranges: gathered in a loop of
        // their own, whose reads of scattered words overlap, before any is spelled out (read
        // one occurrence after another, the words were a tenth of this check's time on the
        // 100 MB file).
        var varying: [(key: Int32, span: Range<Int32>, range: Range<Int32>)] = []
        words.withUnsafeBufferPointer { words in
            for occurrence in found.list where found.first[Int(occurrence.key)] == Occurrences.mayVary {
                let end = occurrence.start + occurrence.length
                varying.append((occurrence.key, occurrence.start..<end,
                                Int32(truncatingIfNeeded: words[Int(occurrence.start)].start)..<Int32(truncatingIfNeeded: words[Int(end) - 1].end)))
            }
        }
        var groups = SpellingGroups<Int32>()
        // Spellings as written, line breaks read as spaces, interned.
        var spellings = ByteInterner()
        var spelling: [UInt8] = []
        bytes.withUnsafeBufferPointer { bytes in
            for occurrence in varying {
                let span = Int(occurrence.span.lowerBound)..<Int(occurrence.span.upperBound)
                let range = Int(occurrence.range.lowerBound)..<Int(occurrence.range.upperBound)
                // Words one space apart are their own spelling, read in place.
                if plain(span) {
                    groups.add(key: occurrence.key, spelling: spellings.intern(UnsafeBufferPointer(rebasing: bytes[range])), range: range)
                    continue
                }
                spelling.removeAll(keepingCapacity: true)
                for byte in bytes[range] {
                    let lineBreak = byte == 0x0A || byte == 0x0D
                    if !lineBreak {
                        spelling.append(byte)
                    } else if spelling.last != 0x0A {
                        spelling.append(0x0A)
                    }
                }
                // One space for each run of line breaks.
                for index in spelling.indices where spelling[index] == 0x0A { spelling[index] = 0x20 }
                let id = spelling.withUnsafeBufferPointer { spellings.intern($0) }
                groups.add(key: occurrence.key, spelling: id, range: range)
            }
        }
        return groups.hits(render: spellings.string, message: Self.message)
    }

    /// A minority spelling's message: "“minority” is capitalized “majority” elsewhere in this
    /// document (N times)". Its bytes are put together in one buffer and made a String once:
    /// interpolated, each of its five parts was appended to a growing String (some 2,000
    /// instructions a message; 5 MB head: 600 messages).
    static func message(minority: String, majority: String, count: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(minority.utf8.count + majority.utf8.count + 80)
        bytes.append(contentsOf: "“".utf8)
        bytes.append(contentsOf: minority.utf8)
        bytes.append(contentsOf: "” is capitalized “".utf8)
        bytes.append(contentsOf: majority.utf8)
        bytes.append(contentsOf: "” elsewhere in this document (".utf8)
        bytes.append(contentsOf: String(count).utf8)
        bytes.append(contentsOf: count == 1 ? " time)".utf8 : " times)".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The occurrences of a document's terms, in text order, and by key what its first
    /// occurrence was: ``unseen`` before it, ``firstNotPlain`` if its words were not one space
    /// apart, else where its forms start in ``firstForms``; ``mayVary`` once a later one
    /// differs, form for form or in its spaces. A key whose occurrences all repeat its first
    /// one form for form, single spaces between, has one spelling: only the others are
    /// spelled out (nearly every key has one spelling, and reading every occurrence's text
    /// again cost more than finding it). The first occurrence's forms are kept here, in a
    /// table of the terms' size, rather than read again where it stands: on a long text that
    /// was far back, out of the cache, at each later occurrence. Handed to the lookups, not
    /// captured by them: captured variables were checked for exclusive access at each
    /// occurrence (peer subset: 10,000 checks).
    struct Occurrences {
        static let unseen: Int32 = -1
        static let mayVary: Int32 = -2
        static let firstNotPlain: Int32 = -3
        var list: [(start: Int32, length: Int32, key: Int32)] = []
        var first: [Int32]
        /// The forms of each key's first occurrence (where that was plain), one after another.
        var firstForms: [Int32] = []

        init(keyCount: Int) {
            list.reserveCapacity(64)
            firstForms.reserveCapacity(2 * keyCount)
            first = [Int32](repeating: Self.unseen, count: keyCount)
        }
    }

    /// Pair lookups made together.
    private static let batch = 32

    /// Calls `body`, in text order, with each position that is not first in a sentence or a
    /// line and whose word and the next may begin a term by `secondsOf`. A third of a long
    /// text's words begin some term, in some case; far fewer with the next word.
    private static func forEachPossibleStart(folded: [Int32], bits: [WordFacts.Bits], secondsOf: [UInt64], _ body: (Int) -> Void) {
        let initial = WordFacts.Bits.initial.rawValue
        folded.withUnsafeBufferPointer { folded in
            bits.withUnsafeBufferPointer { bits in
                secondsOf.withUnsafeBufferPointer { secondsOf in
                    // Words are marked by `secondsOf` alone, and the few marked ones first in a
                    // sentence or a line are passed over after: testing every word for it was a
                    // fifth of the marking (5 MB head: 2.4 M instructions).
                    MarkedPositions.forEach(in: 0..<max(0, folded.count - 1), mark: { position in
                        // (Ids are not negative, and the position is not the last: converted and added
                        // without a test; 5 MB head 742.0 → 741.1 M instructions.)
                        Int(truncatingIfNeeded: secondsOf[Int(folded[position])] &>> UInt64(truncatingIfNeeded: folded[position &+ 1]) & 1)
                    }, { position in
                        if bits[position].rawValue & initial == 0 { body(position) }
                    })
                }
            }
        }
    }
}
