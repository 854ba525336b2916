/// Maps byte offsets in text extracted from a marked-up file (HTML, Markdown, XLIFF) back to
/// byte offsets in that file's decoded text. The extracted text is a sequence of pieces, each
/// either copied byte for byte from the file (offsets inside it map one to one) or produced
/// by the extractor (a decoded entity, a paragraph break), which maps to a single place.
public struct OriginMap: Sendable {
    struct Piece: Sendable {
        /// First byte of the piece in the extracted text.
        let extracted: Int
        /// Where the piece comes from in the original text.
        let original: Int
        /// True when the piece is a verbatim copy of the original bytes.
        let verbatim: Bool
        /// For a piece that is not verbatim, the original bytes it stands for (`&amp;`: 5).
        var originalLength = 0
    }

    let pieces: [Piece]

    init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// The original offset of the extracted byte at `offset`.
    public func originalOffset(of offset: Int) -> Int {
        let index = pieces.partitioningIndex { $0.extracted > offset } - 1
        guard index >= 0 else { return pieces.first?.original ?? 0 }
        let piece = pieces[index]
        return piece.verbatim ? piece.original + (offset - piece.extracted) : piece.original
    }

    /// The original offset just past the extracted byte before `offset`: where a range that
    /// ends at `offset` ends in the original.
    public func originalEndOffset(of offset: Int) -> Int {
        guard offset > 0 else { return originalOffset(of: 0) }
        let index = pieces.partitioningIndex { $0.extracted > offset - 1 } - 1
        guard index >= 0 else { return pieces.first?.original ?? 0 }
        let piece = pieces[index]
        return piece.verbatim ? piece.original + (offset - piece.extracted) : piece.original + piece.originalLength
    }
}
