/// The file a document's text was extracted from: its decoded text, its lines, how the
/// extracted text maps back onto it, and (for bilingual files) which unit each part is.
/// Plain-text documents have no origin: their text is the file.
public final class TextOrigin: Sendable {
    /// The input's format.
    public let format: InputFormat
    /// The decoded, NFC-normalized file as UTF-8.
    public let utf8: [UInt8]
    public let text: String
    public let lines: LineTable
    public let map: OriginMap
    /// Translation units (XLIFF, TMX) by extracted byte range, in text order; empty otherwise.
    public let units: [Unit]

    /// A translation unit's part of the extracted text.
    public struct Unit: Sendable, Equatable {
        public let id: String
        public let range: Range<Int>

        public init(id: String, range: Range<Int>) {
            self.id = id
            self.range = range
        }
    }

    public init(format: InputFormat, utf8: [UInt8], map: OriginMap, units: [Unit] = []) {
        self.format = format
        self.utf8 = utf8
        self.text = String(decoding: utf8, as: UTF8.self)
        self.lines = LineTable(utf8)
        self.map = map
        self.units = units
    }

    /// The id of the unit holding the extracted byte at `offset`, if any.
    public func unit(at offset: Int) -> String? {
        let index = units.partitioningIndex { $0.range.upperBound > offset }
        guard index < units.count, units[index].range.lowerBound <= offset else { return nil }
        return units[index].id
    }
}
