/// A decoded, NFC-normalized text with its lines, paragraphs, sentences and words. Checks
/// read it; nothing changes it. Offsets everywhere are UTF-8 byte offsets into `utf8`.
public final class Document: Sendable {
    /// The input's path as the user named it.
    public let path: String
    /// The encoding the input was decoded from.
    public let encoding: String
    /// The NFC text as UTF-8.
    public let utf8: TextBytes
    /// The NFC text.
    public var text: String { lazyText.value { String(decoding: utf8, as: UTF8.self) } }
    public let lines: LineTable
    /// Maximal runs of non-blank lines.
    public let paragraphs: [Range<Int>]
    /// ICU sentences, never crossing a paragraph boundary.
    public var sentences: CompactRanges { lazySentences.value { SentenceSegmenter.sentences(in: utf8, paragraphs: paragraphs) } }
    /// ICU words (letters or numbers; spaces and punctuation are left out), in text order.
    public var words: [Word] { segmentation.words }
    private var segmentation: WordSegmenter.Segmentation { lazyWords.value { utf8.withUnsafeBufferPointer { WordSegmenter.segmentation(of: $0) } } }
    /// Where undecodable input was replaced by U+FFFD.
    public let replacements: [Range<Int>]
    /// The marked-up file the text was extracted from (HTML, Markdown, XLIFF...); nil for
    /// plain text, whose text is the file.
    public let origin: TextOrigin?
    // Text, words and sentences are computed on first use, once: a source document or a
    // run without sentence checks never pays for what it does not read. Their computations
    // are given at each read, not kept in closures: a closure holding the text bytes took an
    // allocation for each document.
    private let lazyText = LazySlot<String>()
    private let lazyWords = LazySlot<WordSegmenter.Segmentation>()
    private let lazySentences = LazySlot<CompactRanges>()
    // The per-word values nearly every check reads, each in a slot of its own: a look-up in
    // the memo by name cost some 900 instructions (a string hashed, two locks, a cast), and
    // an article's checks made some twenty.
    private let lazyWordIndex = LazySlot<WordIndex>()
    let lazyTermKeyOfWord = LazySlot<[Int32]>()
    let lazyWordsWithNonASCII = LazySlot<[Int]>()
    private let memo = DocumentMemo()

    public convenience init(path: String, decoded: DecodedText) {
        let normalized = Normalizer.nfc(decoded.utf8)
        var replacements = decoded.replacements
        if !replacements.isEmpty && normalized.count != decoded.utf8.count {
            replacements = Self.replacementCharacters(in: normalized)
        }
        self.init(path: path, encoding: decoded.encoding, normalizedUTF8: normalized, replacements: replacements)
    }

    /// A document whose text was extracted from a marked-up file. `utf8` is not normalized
    /// again: it is made of pieces of the already normalized original, and its offsets must
    /// stay those the origin map knows.
    public convenience init(path: String, encoding: String, extracted utf8: [UInt8], origin: TextOrigin, replacements: [Range<Int>] = []) {
        self.init(path: path, encoding: encoding, normalizedUTF8: TextBytes(utf8), replacements: replacements, origin: origin)
    }

    /// A document from in-memory text (examples, tests, other input formats).
    public convenience init(text: String, path: String = "<text>", encoding: String = "UTF-8") {
        self.init(path: path, encoding: encoding, normalizedUTF8: TextBytes(Normalizer.nfc(Array(text.utf8))), replacements: [])
    }

    private init(path: String, encoding: String, normalizedUTF8: TextBytes, replacements: [Range<Int>], origin: TextOrigin? = nil) {
        self.origin = origin
        self.path = path
        self.encoding = encoding
        self.utf8 = normalizedUTF8
        self.replacements = replacements
        lines = LineTable(normalizedUTF8)
        paragraphs = lines.paragraphs
    }

    /// A value derived from the document, computed once under `key` by the first caller and
    /// shared with later ones (checks that need the same per-word data).
    public func memoized<T: Sendable>(_ key: String, _ compute: () -> T) -> T {
        memo.value(key, compute)
    }

    /// Whether a value was computed under `key` already.
    func isMemoized(_ key: String) -> Bool {
        memo.contains(key)
    }

    /// The words by distinct spelling, with per-spelling keys and case (computed once, on
    /// first use).
    var wordIndex: WordIndex { lazyWordIndex.value { WordIndex(self) } }

    /// How many words are letters (not numbers), as the report's summary counts them: the
    /// numbers were counted as the words were found.
    var letterWordCount: Int {
        let segmentation = segmentation
        return segmentation.words.count - segmentation.numberCount
    }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[range.clamped(to: 0..<utf8.count)], as: UTF8.self)
    }

    /// The 1-based line of `offset` as the user's file numbers it (the line in the HTML or
    /// XLIFF file for extracted text), for messages that name another line.
    public func fileLine(of offset: Int) -> Int {
        guard let origin else { return lines.lineIndex(of: offset) + 1 }
        return origin.lines.lineIndex(of: origin.map.originalOffset(of: offset)) + 1
    }

    /// Words whose start lies in `range` (binary search; words are sorted).
    public func words(in range: Range<Int>) -> ArraySlice<Word> {
        let first = words.partitioningIndex { $0.end > range.lowerBound }
        let last = words.partitioningIndex { $0.start >= range.upperBound }
        return words[first..<max(first, last)]
    }

    private static func replacementCharacters(in bytes: TextBytes) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = 0
        while offset + 2 < bytes.count {
            if bytes[offset] == 0xEF, bytes[offset + 1] == 0xBF, bytes[offset + 2] == 0xBD {
                result.append(offset..<offset + 3)
                offset += 3
            } else {
                offset += 1
            }
        }
        return result
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `predicate`, assuming all elements that do
    /// come after all that don't.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
