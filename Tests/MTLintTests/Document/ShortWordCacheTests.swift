import Testing
@testable import MTLint

/// The cache in front of the word interner gives every word the id the interner alone gives
/// it: short and long words, words that collide in the cache's small table, and words that
/// end within sixteen bytes of the text's end (where the wide loads are not made).
@Suite struct ShortWordCacheTests {
    /// With the smallest tables, and with those of a long text (where the long words' table is
    /// the smaller one).
    @Test(arguments: [64, 1 << 20])
    func idsAreTheInternersOwn(tablesForWords wordCount: Int) {
        var generator = SplitMix64(seed: 23)
        // A small alphabet and a small vocabulary: many repeats, and (the second half) long
        // words that share their first eight bytes and differ after them, more of them than
        // the table has slots.
        let letters = { (count: Int) in (0..<count).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 3) } }
        let shortAndLong = (0..<300).map { _ in letters(1 + Int(generator.next() % 20)) }
        let sharedHeads = (0..<300).map { _ in Array("internat".utf8) + letters(1 + Int(generator.next() % 10)) }
        let vocabulary = shortAndLong + sharedHeads
        var text: [UInt8] = []
        var ranges: [Range<Int>] = []
        for _ in 0..<20_000 {
            let word = vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
            ranges.append(text.count..<text.count + word.count)
            text += word
            text.append(0x20)
        }
        // The text ends right after its last word.
        text.removeLast()
        let words = ranges.map { Word($0, kind: .letters) }
        // Runs of every length from one word, as the word index makes them, into an interner
        // that starts tiny and grows between them.
        var runLength = 0
        let (ids, cached) = Self.cachedIDs(of: words, in: text, tablesForWords: wordCount) {
            runLength = runLength * 3 % 2_000 + 1
            return runLength
        }
        var plain = ByteInterner()
        let expected = text.withUnsafeBufferPointer { bytes in ranges.map { plain.intern(UnsafeBufferPointer(rebasing: bytes[$0])) } }
        #expect(ids == expected)
        #expect(cached.count == plain.count)
        // Every word was put in the table with its bytes' own hash, whichever way the cache
        // hashed it: a lookup by bytes finds it.
        for word in vocabulary {
            guard let id = word.withUnsafeBufferPointer({ plain.find($0) }) else { continue }
            #expect(word.withUnsafeBufferPointer { cached.find($0) } == id, "\(word)")
        }
    }

    /// Texts that end in a few short and long words of every length, interned in one run and
    /// in runs that end at each word: the words near the text's end, which go apart from the
    /// others, get the interner's ids in their places.
    @Test func wordsNearTheTextsEndGetTheirIdsInPlace() {
        var generator = SplitMix64(seed: 29)
        for _ in 0..<300 {
            var text: [UInt8] = []
            var ranges: [Range<Int>] = []
            for _ in 0..<(1 + Int(generator.next() % 12)) {
                let word = (0..<(1 + Int(generator.next() % 19))).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 2) }
                ranges.append(text.count..<text.count + word.count)
                text += word
                text.append(0x20)
            }
            if generator.next() % 2 == 0 { text.removeLast() }
            let words = ranges.map { Word($0, kind: .letters) }
            var plain = ByteInterner()
            let expected = text.withUnsafeBufferPointer { bytes in ranges.map { plain.intern(UnsafeBufferPointer(rebasing: bytes[$0])) } }
            for runLength in [words.count, 1] {
                let ids = Self.cachedIDs(of: words, in: text) { runLength }.ids
                #expect(ids == expected, "\(String(decoding: text, as: UTF8.self).debugDescription)")
            }
        }
    }

    /// The words' ids from the cache (its tables sized for `wordCount` words) in front of an
    /// interner that starts tiny, interned in runs as the word index makes them: each run as
    /// long as `nextRunLength` says.
    private static func cachedIDs(of words: [Word], in text: [UInt8], tablesForWords wordCount: Int = 64, nextRunLength: () -> Int) -> (ids: [Int32], interner: ByteInterner) {
        var cached = ByteInterner(expectedCount: 1)
        var ids = [Int32](repeating: -1, count: words.count)
        let cache = ShortWordCache(wordCount: wordCount)
        text.withUnsafeBufferPointer { bytes in
            words.withUnsafeBufferPointer { words in
                ids.withUnsafeMutableBufferPointer { ids in
                    var runStart = 0
                    while runStart < words.count {
                        let runEnd = min(words.count, runStart + nextRunLength())
                        cached.withInserter(room: runEnd - runStart, bytes: words[runEnd - 1].end - words[runStart].start) { inserter in
                            cache.intern(words[runStart..<runEnd], of: bytes, into: &inserter, ids: ids.baseAddress! + runStart)
                        }
                        runStart = runEnd
                    }
                }
            }
        }
        return (ids, cached)
    }
}
