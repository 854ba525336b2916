import Testing
@testable import MTLint

/// The interner's hash of a short string given as one machine word is its hash from the bytes.
@Suite struct ByteInternerHashTests {
    /// ``ByteInterner/hash(word:count:)`` of the bytes loaded little-endian, the bytes past
    /// them zero (as ``ShortWordCache`` keys a word), is ``ByteInterner/hash(_:)`` of the
    /// bytes, for every length up to eight and bytes of every kind, zero bytes among them.
    @Test func aWordsHashIsItsBytesHash() {
        var generator = SplitMix64(seed: 23)
        let alphabet: [UInt8] = [0x00, 0x01, 0x27, 0x41, 0x61, 0x7A, 0x7F, 0x80, 0xD0, 0xFF]
        for trial in 0..<20_000 {
            let count = trial % 9
            let bytes: [UInt8] = (0..<count).map { _ in
                trial % 3 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(truncatingIfNeeded: generator.next())
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
            let expected = bytes.withUnsafeBufferPointer { ByteInterner.hash($0) }
            #expect(ByteInterner.hash(word: word, count: count) == expected, "\(bytes)")
        }
    }
}
