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

    /// ``ByteInterner/find(_:hash:)`` given a string's hash finds what ``ByteInterner/find(_:)``
    /// finds: every string interned, and every prefix of them, interned or not.
    @Test func aLookUpWithItsHashFindsWhatTheLookUpFinds() {
        var generator = SplitMix64(seed: 29)
        var interner = ByteInterner()
        var strings: [[UInt8]] = []
        for trial in 0..<600 {
            let string: [UInt8] = (0..<(1 + trial % 24)).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 4) }
            strings.append(string)
            if trial % 2 == 0 { _ = string.withUnsafeBufferPointer { interner.intern($0) } }
        }
        var found = 0
        for string in strings {
            string.withUnsafeBufferPointer { string in
                for end in 1...string.count {
                    let prefix = UnsafeBufferPointer(rebasing: string[..<end])
                    let expected = interner.find(prefix)
                    #expect(interner.find(prefix, hash: ByteInterner.hash(prefix)) == expected)
                    if expected != nil { found += 1 }
                }
            }
        }
        #expect(found > strings.count / 2)
    }
}
