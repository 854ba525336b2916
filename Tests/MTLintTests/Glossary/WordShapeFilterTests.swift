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
        // Same length and ends, so the same shape: let through.
        #expect(bytes("kiev") { filter.mayContain($0) })
        for word in ["kiev's", "moscow", "the", "ministries", "b", ""] {
            #expect(!bytes(word) { filter.mayContain($0) }, "\(word)")
        }
    }

    @Test func randomWordsAreNeverTurnedAwayOnceInserted() {
        var generator = SplitMix64(seed: 7)
        var filter = WordShapeFilter()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz'é".utf8)
        let words = (0..<3_000).map { _ in
            (0..<Int(1 + generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        }
        let inserted = Set(words.prefix(500))
        for word in inserted { word.withUnsafeBufferPointer { filter.insert($0) } }
        var turnedAway = 0
        for word in words {
            let passes = word.withUnsafeBufferPointer { filter.mayContain($0) }
            if inserted.contains(word) { #expect(passes) }
            if !passes { turnedAway += 1 }
        }
        // Most words not inserted have a shape no inserted word has.
        #expect(turnedAway > (words.count - inserted.count) / 2)
    }
}
