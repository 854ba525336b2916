import CICU

/// Splits paragraphs into ICU sentences (English, with ICU's abbreviation filter: "Mr.",
/// "e.g."), trimmed of surrounding whitespace; empty ones are dropped. One cloned iterator
/// runs over each paragraph as UTF-16, which ICU segments about 40% faster than UTF-8 text.
enum SentenceSegmenter {
    static func sentences(in utf8: [UInt8], paragraphs: [Range<Int>]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        guard !paragraphs.isEmpty else { return sentences }
        guard let prototype = BreakPrototype.sentence.handle, let breaker = mtl_sentence_breaker_open(prototype) else {
            return viaUText(utf8, paragraphs: paragraphs)
        }
        defer { mtl_sentence_breaker_close(breaker) }
        let longest = paragraphs.map(\.count).max() ?? 0
        var boundaries = [Int32](repeating: 0, count: longest + 1)
        utf8.withUnsafeBufferPointer { buffer in
            boundaries.withUnsafeMutableBufferPointer { out in
                for paragraph in paragraphs {
                    let count = Int(mtl_sentence_boundaries(
                        breaker, buffer.baseAddress! + paragraph.lowerBound, Int32(paragraph.count), out.baseAddress!))
                    guard count >= 0 else {
                        sentences += viaUText(utf8, paragraphs: [paragraph])
                        continue
                    }
                    var start = paragraph.lowerBound
                    for index in 0..<count {
                        let end = paragraph.lowerBound + Int(out[index])
                        let trimmed = trimmingWhitespace(buffer, start..<end)
                        if !trimmed.isEmpty { sentences.append(trimmed) }
                        start = end
                    }
                }
            }
        }
        return sentences
    }

    /// The same segmentation over UTF-8 text (for text that is not well-formed UTF-8).
    static func viaUText(_ utf8: [UInt8], paragraphs: [Range<Int>]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        utf8.withUnsafeBufferPointer { buffer in
            for paragraph in paragraphs {
                Segmenter.segments(.sentence, in: buffer, range: paragraph) { start, end, _ in
                    let trimmed = trimmingWhitespace(buffer, start..<end)
                    if !trimmed.isEmpty { sentences.append(trimmed) }
                }
            }
        }
        return sentences
    }

    private static func trimmingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
