/// Splits text into words with ICU's word break rules (UAX #29), keeping only segments that
/// ICU tags as letters or numbers.
enum WordSegmenter {
    // ICU rule-status ranges (ubrk.h): [0,100) none, [100,200) number, [200,500) letter/kana/ideo.
    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 6)
        Segmenter.segments(.word, in: bytes, range: 0..<bytes.count) { start, end, status in
            if status >= 200 && status < 500 {
                words.append(Word(start..<end, kind: .letters))
            } else if status >= 100 && status < 200 {
                words.append(Word(start..<end, kind: .number))
            }
        }
        return words
    }
}
