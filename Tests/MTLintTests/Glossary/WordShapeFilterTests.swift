import Testing
@testable import MTLint

/// The shape filter may let a word through that is not there, but never turns one away that is.
@Suite struct WordShapeFilterTests {
    private func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func insertedWordsAlwaysPassAndOtherShapesDoNot() {
        var filter = WordShapeFilter()
        let vocabulary = ["kyiv", "nebenzia", "ministry", "foreign", "a", "ü", "intergovernmental"]
        for word in vocabulary { bytes(word) { filter.insert($0) } }
        for word in vocabulary { #expect(bytes(word) { filter.mayContain($0) }, "\(word)") }
        for word in ["kiev", "kiev's", "moscow", "the", "ministries", "nerenzia", "b", ""] {
            #expect(!bytes(word) { filter.mayContain($0) }, "\(word)")
        }
    }

    @Test func randomWordsAreNeverTurnedAwayOnceInserted() {
        var generator = SplitMix64(seed: 7)
        var filter = WordShapeFilter()
        let words = Self.randomWords(3_000, using: &generator)
        let inserted = Set(words.prefix(500))
        for word in inserted { word.withUnsafeBufferPointer { filter.insert($0) } }
        var turnedAway = 0
        for word in words {
            let passes = word.withUnsafeBufferPointer { filter.mayContain($0) }
            if inserted.contains(word) { #expect(passes) }
            if !passes { turnedAway += 1 }
        }
        // Most words not inserted have hash bits no inserted word has.
        #expect(turnedAway > (words.count - inserted.count) * 9 / 10)
    }

    /// The walk over an interner's words in blocks gives the ids that ``WordShapeFilter/mayContain(_:)``
    /// lets through, in order, with their bytes, whether the interner kept its hashes or not.
    @Test func walkOverInternedWordsGivesTheWordsLetThrough() {
        var generator = SplitMix64(seed: 11)
        for count in [0, 1, 255, 256, 257, 1_000] {
            var words = ByteInterner()
            for word in Self.randomWords(count, using: &generator) { _ = word.withUnsafeBufferPointer { words.intern($0) } }
            // The hashes read from the interner where it kept them (as a document's term keys), else made.
            if count % 2 == 1 {
                words.keepHashes((0..<words.count).map { id in Array(words.bytes(Int32(id))).withUnsafeBufferPointer { ByteInterner.hash($0) } })
            }
            // Every other word, and the last, let through (the ends of blocks among them).
            var filter = WordShapeFilter()
            for id in 0..<words.count where id % 2 == 1 || id == words.count - 1 {
                Array(words.bytes(Int32(id))).withUnsafeBufferPointer { filter.insert($0) }
            }
            var expected: [Int] = []
            for id in 0..<words.count where Array(words.bytes(Int32(id))).withUnsafeBufferPointer({ filter.mayContain($0) }) { expected.append(id) }
            var found: [Int] = []
            filter.forEachWord(mayContain: words) { id, bytes in
                found.append(id)
                #expect(Array(bytes) == Array(words.bytes(Int32(id))))
            }
            #expect(found == expected, "\(count) words")
            #expect(found.count >= words.count / 2)
        }
    }

    private static func randomWords(_ count: Int, using generator: inout SplitMix64, maximumLength: UInt64 = 24) -> [[UInt8]] {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz'é".utf8)
        return (0..<count).map { _ in
            (0..<Int(1 + generator.next() % maximumLength)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        }
    }
}
