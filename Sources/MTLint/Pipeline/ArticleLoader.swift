/// Reads an input file into a document: bytes -> decoded text -> NFC document, and for
/// marked-up formats -> the prose, mapped back to the file's lines and columns.
public struct ArticleLoader: Sendable {
    public var encoding: String?
    public var maximumSize: Int
    /// The input format; nil detects it from the file name and content.
    public var format: InputFormat?

    public init(encoding: String? = nil, maximumSize: Int = InputFile.defaultMaximumSize, format: InputFormat? = nil) {
        self.encoding = encoding
        self.maximumSize = maximumSize
        self.format = format
    }

    /// The translation in a file (for a bilingual file, its targets).
    public func load(path: String, displayPath: String? = nil) throws(InputError) -> Document {
        try loadArticle(path: path, displayPath: displayPath).document
    }

    /// A file with everything it carries: the translation and, for XLIFF and TMX, the source.
    ///
    /// `mappingLargeFiles` lets a large file be mapped instead of read (see
    /// `InputFile.contents`); only a caller whose inputs cannot change under it may ask.
    public func loadArticle(path: String, displayPath: String? = nil, mappingLargeFiles: Bool = false) throws(InputError) -> Article {
        let bytes = try InputFile.contents(path: path, maximumSize: maximumSize, mappingLargeFiles: mappingLargeFiles)
        return try article(from: bytes, path: displayPath ?? path)
    }

    public func document(from bytes: [UInt8], path: String) throws(InputError) -> Document {
        try article(from: bytes, path: path).document
    }

    public func article(from bytes: [UInt8], path: String) throws(InputError) -> Article {
        try article(from: TextBytes(bytes), path: path)
    }

    /// A plain-text file's bytes become its document's text as they are when they need no
    /// decoding or normalization (a mapped file stays mapped); other formats work on arrays.
    public func article(from bytes: TextBytes, path: String) throws(InputError) -> Article {
        let format = self.format ?? Self.format(path: path, bytes: bytes)
        let decoded = try decode(bytes, format: format, path: path)
        switch format {
        case .text:
            return Article(format: .text, document: Document(path: path, decoded: decoded))
        case .markdown, .html:
            let original = Normalizer.nfc(decoded.utf8.bytes)
            let extracted = format == .markdown
                ? MarkdownExtractor(bytes: original).extract()
                : try HTMLExtractor(bytes: original, path: path).extract()
            let origin = TextOrigin(format: format, utf8: original, map: extracted.map)
            return Article(format: format, document: Document(path: path, encoding: decoded.encoding, extracted: extracted.utf8, origin: origin))
        case .xliff, .tmx:
            let original = Normalizer.nfc(decoded.utf8.bytes)
            let file = try BilingualFileReader(bytes: original, path: path, format: format).read()
            return file.article(path: path, encoding: decoded.encoding, original: original)
        }
    }

    /// The format by the file's name, else by its first bytes (all that sniffing reads).
    private static func format(path: String, bytes: TextBytes) -> InputFormat {
        InputFormat.detect(path: path, bytes: bytes.isMapped ? Array(bytes.prefix(4096)) : bytes.bytes)
    }

    private static func isMultibyteUTF8(_ bytes: TextBytes) -> Bool {
        let validity = UTF8Validity(bytes)
        return validity.invalidSequences == 0 && validity.validMultibyteSequences > 0
    }

    /// A file's format and its decoded, NFC-normalized text (what origin maps point into).
    func original(from bytes: [UInt8], path: String) throws(InputError) -> (InputFormat, [UInt8]) {
        let format = self.format ?? InputFormat.detect(path: path, bytes: bytes)
        return (format, Normalizer.nfc(try decode(TextBytes(bytes), format: format, path: path).utf8.bytes))
    }

    /// Decodes with, in order of precedence: the user's --encoding, a byte-order mark, the
    /// encoding the file declares (HTML `<meta charset>`, the XML declaration), detection.
    private func decode(_ bytes: TextBytes, format: InputFormat, path: String) throws(InputError) -> DecodedText {
        var explicit = encoding
        if explicit == nil, TextDecoder.byteOrderMark(bytes) == nil {
            switch format {
            case .html: explicit = DeclaredEncoding.html(bytes.bytes)
            case .xliff, .tmx: explicit = DeclaredEncoding.xml(bytes.bytes)
            case .text, .markdown: break
            }
            // Pages re-saved as UTF-8 often keep their old 8-bit declaration; valid UTF-8
            // with multi-byte characters is not plausibly anything else.
            if let declared = explicit, !declared.lowercased().hasPrefix("utf"), Self.isMultibyteUTF8(bytes) { explicit = nil }
        }
        do {
            return try TextDecoder(explicitEncoding: explicit).decode(bytes)
        } catch {
            throw InputError(path: path, message: error.description)
        }
    }
}
