import Foundation
import Testing
@testable import MTLint

/// The word index must give equal ids to equal spellings only, and per-spelling facts equal
/// to what the checks computed per word before (Character properties, String folding).
@Suite struct WordIndexTests {
    private func intern(_ texts: [String], into interner: inout ByteInterner) -> [Int32] {
        texts.map { text in Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) } }
    }

    @Test func equalBytesShareAnIdAcrossGrowth() {
        // Start tiny so the table grows several times while strings are added.
        var interner = ByteInterner(expectedCount: 1)
        // Every length a string is copied in by a different path: 1-3, 4-7, 8-16 bytes and more.
        let lengths = [1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 40].map { String(repeating: "y", count: $0) }
        let texts = (0..<5_000).map { "word\($0 % 1_700)" } + ["", "", "Ünïcödé", "ünïcödé", "a\u{0}b", "a\u{0}c", String(repeating: "x", count: 40)]
            + lengths + lengths.map { $0 + "z" } + lengths
        let ids = intern(texts, into: &interner)
        var seen: [String: Int32] = [:]
        for (text, id) in zip(texts, ids) {
            if let earlier = seen[text] { #expect(earlier == id, "\(text)") } else { seen[text] = id }
            #expect(Array(interner.bytes(id)) == Array(text.utf8))
        }
        #expect(Set(ids).count == Set(texts).count)
        #expect(interner.count == Set(texts).count)
        #expect(Array("word7".utf8).withUnsafeBufferPointer { interner.find($0) } == seen["word7"])
        #expect(Array("absent".utf8).withUnsafeBufferPointer { interner.find($0) } == nil)
    }

    /// Interning through an inserter, in scopes of every size and between plain interns, gives
    /// each string the id of its first appearance (as a dictionary numbers them), and leaves
    /// the same table: the same bytes, offsets and lookups.
    @Test func insertersGiveThePlainInternsIds() {
        var generator = SplitMix64(seed: 31)
        let texts: [[UInt8]] = (0..<6_000).map { _ in
            let length = Int(generator.next() % 24)
            return (0..<length).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 3) }
        }
        var interner = ByteInterner(expectedCount: 1)
        var ids: [Int32] = []
        var position = 0
        var scope = 0
        while position < texts.count {
            let end = min(texts.count, position + scope % 700 + 1)
            if scope % 3 == 0 {
                for text in texts[position..<end] { ids.append(text.withUnsafeBufferPointer { interner.intern($0) }) }
            } else {
                let bytes = texts[position..<end].reduce(0) { $0 + $1.count }
                interner.withInserter(room: end - position, bytes: bytes) { inserter in
                    for text in texts[position..<end] { ids.append(text.withUnsafeBufferPointer { inserter.intern($0) }) }
                }
            }
            position = end
            scope += 1
        }
        let expected = expectInternsLikePlainInterning(interner, texts: texts, ids: ids)
        #expect(Array("abcd".utf8).withUnsafeBufferPointer { interner.find($0) } == nil)
        // Interning with the strings' hashes given (as the word index does a form's key whose
        // hash it has) gives the same ids.
        let hashes = (0..<Int32(interner.count)).map { id in Array(interner.bytes(id)).withUnsafeBufferPointer { ByteInterner.hash($0) } }
        var rehashed = ByteInterner(expectedCount: 1)
        let rehashedIDs = rehashed.withInserter(room: texts.count, bytes: texts.reduce(0) { $0 + $1.count }) { inserter in
            zip(texts, expected).map { text, id in text.withUnsafeBufferPointer { inserter.intern($0, hash: hashes[Int(id)]) } }
        }
        #expect(rehashedIDs == expected)
        #expect(Array("abc".utf8).withUnsafeBufferPointer { rehashed.find($0) } == Array("abc".utf8).withUnsafeBufferPointer { interner.find($0) })
    }

    /// The hash reads every byte of a string of any length (each string below differs from
    /// the others in one byte), and spreads words over a table as a random one would.
    @Test func hashesTellStringsApartAndSpreadThem() {
        var strings: Set<[UInt8]> = []
        for length in 1...40 {
            let base = [UInt8](repeating: UInt8(ascii: "e"), count: length)
            strings.insert(base)
            for position in 0..<length {
                for byte in Array("Qs'".utf8) {
                    var changed = base
                    changed[position] = byte
                    strings.insert(changed)
                }
            }
        }
        let hashes = strings.map { $0.withUnsafeBufferPointer { ByteInterner.hash($0) } }
        #expect(Set(hashes).count == strings.count)
        // 2,000 words in 4,096 slots: a random hash fills about 1,580 of them.
        let words = (0..<2_000).map { Array("w\($0)".utf8) }
        let slots = Set(words.map { $0.withUnsafeBufferPointer { ByteInterner.hash($0) & 4_095 } })
        #expect(slots.count > 1_480)
    }

    @Test func wordsWithNonASCIIAreExactlyThoseWithAByteOutsideASCII() {
        var generator = SplitMix64(seed: 5)
        let pieces = ["the", "Moscow", "Mоscow", "Кремль", "café", " ", " ", ". ", "\n", "—", "’s", "12", "x", "ё"]
        for _ in 0..<300 {
            let text = (0..<Int(generator.next() % 40)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let document = Document(text: text)
            let expected = document.words.indices.filter { document.utf8[document.words[$0].range].contains { $0 >= 0x80 } }
            #expect(document.wordsWithNonASCII == expected, "\(text.debugDescription)")
        }
    }

    @Test func spellingFactsMatchCharacterProperties() throws {
        let text = try String(contentsOf: TestPaths.seedArticle, encoding: .utf8)
            + " TO to US us CMPC HAMAS Hamas O'Neil o’neil Kiev’s ÉCOLE école Москва МОСКВА СВО x2 2x A1 _a a_ İstanbul ǅemal ß"
        let document = Document(text: text)
        let index = document.wordIndex
        #expect(index.formOfWord.count == document.words.count)
        for (position, word) in document.words.enumerated() {
            let spelling = document.string(word.range)
            let bytes = document.utf8[word.range]
            let flags = index.flags(ofWord: position)
            #expect(flags.contains(.startsUppercase) == (spelling.first?.isUppercase ?? false), "\(spelling)")
            #expect(flags.contains(.startsLowercase) == (spelling.first?.isLowercase ?? false), "\(spelling)")
            let abbreviation = spelling.count >= 2 && spelling.contains(where: \.isLetter) && !spelling.contains(where: \.isLowercase)
            #expect(flags.contains(.abbreviation) == abbreviation, "\(spelling)")
            #expect(flags.contains(.noUppercase) == spelling.allSatisfy { !$0.isUppercase }, "\(spelling)")
            #expect(index.termKey(text: index.termKey(ofWord: position)) == TermKey.fold(bytes), "\(spelling)")
            #expect(index.repeatKey(text: index.repeatKeyOfForm[index.form(ofWord: position)]) == WordTokens.key(spelling), "\(spelling)")
        }
        // One form per distinct spelling.
        let spellings = document.words.map { document.string($0.range) }
        #expect(index.forms.count == Set(spellings.map { Array($0.utf8) }).count)
    }

    /// Values a check memoizes on a document must not refer back to it: a cycle would keep
    /// every checked document (and its tables) alive for the rest of a batch or of the daemon.
    @Test func checkedDocumentsAreFreed() throws {
        weak var released: Document?
        do {
            let glossary = Glossary(concepts: try GlossaryTSVReader.read("target\tforbidden\nKyiv\tKiev\n", path: "<test>"))
            let checker = try Checker(glossary: glossary)
            let document = Document(text: "The the cat sat. The cat sat.\n\nKiev and Kyiv; Nebenzia and Nebenzya; Tel Aviv and Tel-Aviv.")
            released = document
            let report = checker.check(document)
            #expect(!report.findings.isEmpty)
        }
        #expect(released == nil)
    }

    /// The one-pass flags of ASCII forms equal the general ones, and the key it writes is
    /// the form lowercased, on every string of up to three characters from letters of both
    /// cases, digits, the apostrophe and "-".
    @Test func asciiFlagsEqualTheGeneralOnes() {
        let alphabet = Array("aZq'0-".utf8)
        var strings: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 0..<3 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
            strings += frontier
        }
        strings += [Array("Moscow's".utf8), Array("CMPC".utf8), Array("NATO'S".utf8), Array("iPhone".utf8)]
        for bytes in strings {
            let (flags, key) = folded(bytes)
            #expect(flags == WordIndex.flags(of: bytes[...]), "\(String(decoding: bytes, as: UTF8.self))")
            #expect(key == Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8), "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(folded(Array("Mоscow".utf8)).flags == nil)
    }

    /// ``WordIndex/foldASCII(_:into:classes:)`` of `bytes`: the flags and the key it wrote.
    private func folded(_ bytes: [UInt8]) -> (flags: WordIndex.Flags?, key: [UInt8]) {
        var key = [UInt8](repeating: 0, count: max(bytes.count, 1))
        let flags = bytes.withUnsafeBufferPointer { bytes in
            key.withUnsafeMutableBufferPointer { key in
                WordIndex.asciiByteClasses.withUnsafeBufferPointer { classes in
                    WordIndex.foldASCII(bytes, into: key.baseAddress!, classes: classes.baseAddress!)
                }
            }
        }
        return (flags, Array(key[..<bytes.count]))
    }

    /// A form whose repetition key differs from its term key ("ʼ", U+02BC, is an apostrophe
    /// for repetitions only) gives the repetition keys their own table, ids in form order.
    @Test func repetitionKeysGetTheirOwnTableWhenAFormsKeysDiffer() {
        let document = Document(text: "Kyivʼs and kyiv's and Kyiv’s", path: "keys.txt")
        let index = document.wordIndex
        let forms = document.words.indices.map { index.form(ofWord: $0) }
        #expect(forms.count == 5)
        let repeatKeys = forms.map { index.repeatKey(text: index.repeatKeyOfForm[$0]) }
        let termKeys = forms.map { index.termKey(text: index.termKeyOfForm[$0]) }
        #expect(repeatKeys == ["kyiv's", "and", "kyiv's", "and", "kyiv's"])
        #expect(termKeys == ["kyivʼs", "and", "kyiv's", "and", "kyiv's"])
        #expect(index.repeats.count == 2 && index.terms.count == 3)
        #expect(index.repeatKeyOfForm[forms[0]] == index.repeatKeyOfForm[forms[2]])
        #expect(index.termKeyOfForm[forms[0]] != index.termKeyOfForm[forms[2]])
    }

    /// The term keys' hashes kept by the index (for ``WordShapeFilter``) are each key's
    /// ``ByteInterner/hash(_:)``, whichever way the key was made: a letter form lowercase or
    /// capitalized, short or long, other ASCII, Russian, other scripts, and keys of several forms.
    @Test func keptTermKeyHashesAreTheKeysHashes() {
        let text = "The the THE iPhone Ministry ministry's internationalization Internationalisation "
            + "a A 42 x-y Москва москва МОСКВА Ünïcödé ünïcödé Kyivʼs NATO'S seventeen-letters Seventeenletters"
        let terms = Document(text: text, path: "hashes.txt").wordIndex.terms
        #expect(terms.count > 10)
        #expect(terms.hashes.count == terms.count)
        for id in 0..<terms.count {
            let expected = Array(terms.bytes(Int32(id))).withUnsafeBufferPointer { ByteInterner.hash($0) }
            #expect(terms.hashes[id] == expected, "\(terms.string(Int32(id)))")
        }
    }

    /// Hashes kept are extended by a plain intern and dropped by an inserter.
    @Test func keptHashesFollowPlainInternsOnly() {
        var interner = ByteInterner()
        let texts = ["alpha", "beta", "gamma"].map { Array($0.utf8) }
        for text in texts { _ = text.withUnsafeBufferPointer { interner.intern($0) } }
        #expect(interner.hashes.isEmpty)
        interner.keepHashes(texts.map { text in text.withUnsafeBufferPointer { ByteInterner.hash($0) } })
        let added = Array("delta".utf8)
        _ = added.withUnsafeBufferPointer { interner.intern($0) }
        _ = texts[0].withUnsafeBufferPointer { interner.intern($0) }
        #expect(interner.hashes == (texts + [added]).map { text in text.withUnsafeBufferPointer { ByteInterner.hash($0) } })
        interner.withInserter(room: 1, bytes: 8) { inserter in _ = added.withUnsafeBufferPointer { inserter.intern($0) } }
        #expect(interner.hashes.isEmpty)
    }
}

/// Expects `ids`, the ids `interner` gave `texts` in order, to be each string's first
/// appearance as a dictionary numbers them, and `interner` to hold the table plain interning
/// of `texts` makes: the same bytes, offsets and look-ups. Returns the expected ids.
@discardableResult
func expectInternsLikePlainInterning(_ interner: ByteInterner, texts: [[UInt8]], ids: [Int32]) -> [Int32] {
    var firstAppearance: [[UInt8]: Int32] = [:]
    let expected = texts.map { text in
        if let id = firstAppearance[text] { return id }
        firstAppearance[text] = Int32(firstAppearance.count)
        return Int32(firstAppearance.count - 1)
    }
    #expect(ids == expected)
    #expect(interner.count == firstAppearance.count)
    var plain = ByteInterner()
    for text in texts { _ = text.withUnsafeBufferPointer { plain.intern($0) } }
    #expect(Array(interner.starts[...interner.count]) == plain.starts)
    #expect(Array(interner.arena[..<interner.byteCount]) == Array(plain.arena[..<plain.byteCount]))
    for (text, id) in firstAppearance {
        #expect(Array(interner.bytes(id)) == text)
        #expect(text.withUnsafeBufferPointer { interner.find($0) } == id)
    }
    return expected
}
