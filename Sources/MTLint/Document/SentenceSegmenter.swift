/// Splits paragraphs into ICU sentences (English, with ICU's abbreviation filter: "Mr.",
/// "U.S.A."), trimmed of surrounding whitespace; empty ones are dropped.
///
/// ICU's iterator costs about 10% of a large English run, so paragraphs are segmented here
/// by the same rules (`SentenceRules`, with ICU's filter rebuilt from ICU's own list in
/// `SentenceBreakFilter`), giving exactly ICU's boundaries: tests compare the two on the
/// corpus, on random paragraphs and on every short combination of the characters whose rules
/// differ. A paragraph the rules do not cover (one with a combining mark, a soft hyphen or a
/// joiner after anything but a letter, a digit or Other) goes to ICU: one cloned iterator
/// over each such paragraph as UTF-16, which ICU segments about 40% faster than UTF-8 text.
enum SentenceSegmenter {
    static func sentences(in utf8: TextBytes, paragraphs: [Range<Int>]) -> CompactRanges {
        sentences(in: utf8, paragraphs: paragraphs, fastPath: true)
    }

    /// With `fastPath` false, every paragraph goes to ICU (what tests compare against).
    static func sentences(in utf8: TextBytes, paragraphs: [Range<Int>], fastPath: Bool) -> CompactRanges {
        var sentences = CompactRanges()
        guard !paragraphs.isEmpty else { return sentences }
        // Room for a sentence per 64 bytes and a paragraph's 64 boundaries up front: growing
        // both arrays from empty took 3,760 reallocations on the peer subset (1.8 M instructions).
        // English sentences run about 110 bytes; one per 128 still left 494 reallocations on
        // the peer subset and one of 0.6 M instructions on the 5 MB head.
        sentences.reserveCapacity(utf8.count / 64 + 16)
        let filter = fastPath ? SentenceBreakFilter.english : nil
        var icu: ICUSentenceBreaker?
        var icuOpened = false
        var boundaries: [Int] = []
        boundaries.reserveCapacity(64)
        utf8.withUnsafeBufferPointer { buffer in
            SentenceBreakClass.byteTable.withUnsafeBufferPointer { classes in
                for paragraph in paragraphs {
                    let text = UnsafeBufferPointer(rebasing: buffer[paragraph])
                    boundaries.removeAll(keepingCapacity: true)
                    if let filter, SentenceRules(text: text, classes: classes).boundaries(into: &boundaries, filter: filter) {
                        // Segmented by the rules.
                    } else {
                        if !icuOpened { (icu, icuOpened) = (ICUSentenceBreaker(), true) }
                        boundaries.removeAll(keepingCapacity: true)
                        guard let icu, icu.boundaries(text, into: &boundaries) else {
                            viaUText(utf8, paragraphs: [paragraph], into: &sentences)
                            continue
                        }
                    }
                    var start = paragraph.lowerBound
                    for boundary in boundaries {
                        let end = paragraph.lowerBound + boundary
                        let trimmed = trimmingWhitespace(buffer, start..<end)
                        if !trimmed.isEmpty { sentences.append(trimmed) }
                        start = end
                    }
                }
            }
        }
        return sentences
    }

    /// The boundaries of one paragraph (offsets after each sentence) by the rules; nil if the
    /// paragraph goes to ICU.
    static func ruleBoundaries(_ paragraph: [UInt8]) -> [Int]? {
        guard let filter = SentenceBreakFilter.english else { return nil }
        var boundaries: [Int] = []
        let covered = paragraph.withUnsafeBufferPointer { text in
            SentenceBreakClass.byteTable.withUnsafeBufferPointer { classes in
                SentenceRules(text: text, classes: classes).boundaries(into: &boundaries, filter: filter)
            }
        }
        return covered ? boundaries : nil
    }

    /// The boundaries of one paragraph by ICU; nil if ICU fails.
    static func icuBoundaries(_ paragraph: [UInt8]) -> [Int]? {
        guard let icu = ICUSentenceBreaker() else { return nil }
        var boundaries: [Int] = []
        let segmented = paragraph.withUnsafeBufferPointer { icu.boundaries($0, into: &boundaries) }
        return segmented ? boundaries : nil
    }

    /// The same segmentation over UTF-8 text (for text that is not well-formed UTF-8).
    static func viaUText(_ utf8: TextBytes, paragraphs: [Range<Int>], into sentences: inout CompactRanges) {
        utf8.withUnsafeBufferPointer { buffer in
            for paragraph in paragraphs {
                Segmenter.segments(.sentence, in: buffer, range: paragraph) { start, end, _ in
                    let trimmed = trimmingWhitespace(buffer, start..<end)
                    if !trimmed.isEmpty { sentences.append(trimmed) }
                }
            }
        }
    }

    private static func trimmingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
