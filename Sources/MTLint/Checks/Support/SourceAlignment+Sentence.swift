/// Where in a translation a place in its original most likely sits, without a line
/// alignment: the paragraph sharing the most numbers and Latin words with the original's
/// paragraph, else the one at the same relative position; then its best sentence.
extension SourceAlignment {
    static func sentence(in document: Document, near offset: Int, of source: Document) -> Range<Int> {
        guard !document.paragraphs.isEmpty, !document.sentences.isEmpty else { return 0..<min(document.utf8.count, 1) }
        let sourceIndex = min(source.paragraphs.count - 1, source.paragraphs.partitioningIndex { $0.upperBound > offset })
        let anchors = sourceIndex >= 0 ? Self.anchors(source, source.paragraphs[sourceIndex]) : []
        let fraction = (Double(max(sourceIndex, 0)) + 0.5) / Double(max(source.paragraphs.count, 1))
        let proportional = min(document.paragraphs.count - 1, Int(fraction * Double(document.paragraphs.count)))
        var best = proportional
        var bestScore = 0
        if !anchors.isEmpty {
            for (index, paragraph) in document.paragraphs.enumerated() {
                let score = Self.anchors(document, paragraph).intersection(anchors).count
                if score > bestScore || (score == bestScore && score > 0 && abs(index - proportional) < abs(best - proportional)) {
                    best = index
                    bestScore = score
                }
            }
        }
        let paragraph = document.paragraphs[best]
        let sentences = document.sentences.filter { paragraph.contains($0.lowerBound) }
        return sentences.max { Self.anchors(document, $0).intersection(anchors).count < Self.anchors(document, $1).intersection(anchors).count }
            ?? sentences.first ?? document.sentences[0]
    }

    /// Numbers and Latin-letter words (case-folded) of a stretch of text.
    private static func anchors(_ document: Document, _ range: Range<Int>) -> Set<String> {
        var result: Set<String> = []
        for word in document.words(in: range) where word.kind == .number || document.utf8[word.start] < 0x80 {
            result.insert(TermKey.fold(document.utf8[word.range]))
        }
        return result
    }
}
