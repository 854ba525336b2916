import Testing
@testable import MTLint

/// Interning a short string as the machine word it is gives the ids, bytes and offsets that
/// interning its bytes gives.
@Suite struct ByteInternerWordTests {
    /// Strings of one to eight bytes (zero bytes among them, so that only the length tells
    /// "a" from "a\0"), and longer ones between them, interned in scopes of every size, some
    /// by word and some by bytes: the same ids as a dictionary numbers them, and the same
    /// table as plain interning makes.
    @Test func wordsInternAsTheirBytes() {
        var generator = SplitMix64(seed: 8)
        let texts: [[UInt8]] = (0..<8_000).map { _ in
            let length = generator.next() % 5 == 0 ? 9 + Int(generator.next() % 12) : 1 + Int(generator.next() % 8)
            return (0..<length).map { _ in [0x00, 0x61, 0x62, 0xFF][Int(generator.next() % 4)] }
        }
        var interner = ByteInterner(expectedCount: 1)
        var ids: [Int32] = []
        var position = 0
        var scope = 0
        while position < texts.count {
            let end = min(texts.count, position + scope % 500 + 1)
            let bytes = texts[position..<end].reduce(0) { $0 + $1.count }
            interner.withInserter(room: end - position, bytes: bytes) { inserter in
                for (offset, text) in texts[position..<end].enumerated() {
                    let hash = text.withUnsafeBufferPointer { ByteInterner.hash($0) }
                    if text.count <= 8 && (position + offset) % 3 != 0 {
                        let word = text.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
                        ids.append(inserter.intern(word: word, count: text.count, hash: hash))
                    } else {
                        ids.append(text.withUnsafeBufferPointer { inserter.intern($0, hash: hash) })
                    }
                }
            }
            position = end
            scope += 1
        }
        expectInternsLikePlainInterning(interner, texts: texts, ids: ids)
    }
}
