/// A bilingual file's segments, each with its unit id and its source and target text located
/// in the file, and where notes can be written into each unit.
struct BilingualFile {
    enum Side { case source, target }

    struct Segment {
        let unitID: String
        /// Where the unit or segment starts in the file.
        let start: Int
        let source: ExtractedTextBuilder
        let target: ExtractedTextBuilder
    }

    /// Where a note for a unit goes, and what the file needs around it.
    struct NotePlacement: Equatable {
        enum Kind { case beforeEnd, newNotes, insideNotes, tmx }
        let offset: Int
        let kind: Kind
    }

    let format: InputFormat
    var version: String?
    var segments: [Segment] = []
    var placements: [String: NotePlacement] = [:]

    init(format: InputFormat) {
        self.format = format
    }

    /// The targets as one document (one line per segment), the sources as another, aligned
    /// segment by segment; findings know their unit.
    func article(path: String, encoding: String, original: [UInt8]) -> Article {
        var target = ExtractedTextBuilder(capacity: original.count / 2)
        var source = ExtractedTextBuilder(capacity: original.count / 2)
        var units: [TextOrigin.Unit] = []
        for (index, segment) in segments.enumerated() {
            if index > 0 {
                target.newline(at: segment.start)
                source.newline(at: segment.start)
            }
            let start = target.utf8.count
            target.appendShifted(segment.target)
            target.trimEnd()
            source.appendShifted(segment.source)
            source.trimEnd()
            units.append(TextOrigin.Unit(id: segment.unitID, range: start..<max(start, target.utf8.count)))
        }
        let targetText = target.finishKeepingLines(endOffset: original.count)
        let sourceText = source.finishKeepingLines(endOffset: original.count)
        let targetDocument = Document(path: path, encoding: encoding, extracted: targetText.utf8,
                                      origin: TextOrigin(format: format, utf8: original, map: targetText.map, units: units))
        let sourceDocument = Document(path: path, encoding: encoding, extracted: sourceText.utf8,
                                      origin: TextOrigin(format: format, utf8: original, map: sourceText.map, units: units))
        let pairs = segments.indices.map { (target: $0..<$0 + 1, source: $0..<$0 + 1) }
        return Article(format: format, document: targetDocument, source: sourceDocument,
                       alignment: SourceAlignment(lineRanges: pairs, target: targetDocument, source: sourceDocument))
    }
}
