import CWordScan

/// Splits text into words with ICU's word break rules (UAX #29 as ICU tailors it), keeping
/// only segments that ICU tags as letters or numbers.
///
/// ICU's iterator costs about 60 instructions a byte, so whitespace-delimited chunks that are
/// all ASCII (nearly all of an English text), or ASCII with typographic quotes and dashes, are
/// segmented here by the same rules; chunks with any other byte go to ICU, through one
/// iterator for the whole text. Stretches of ASCII chunks are segmented in C from bit masks
/// (`CWordScan`); a chunk with typographic punctuation, byte by byte here. The fast paths give
/// ICU's boundaries and statuses exactly (a test compares the two on varied ASCII text):
/// - a break always falls before ASCII whitespace and after it when an ASCII byte follows (no
///   rule joins them: WB3a/b, WB3d joins only spaces, WB4 only attaches non-ASCII marks), so
///   ASCII chunks start and end on boundaries whatever surrounds them;
/// - inside a chunk, letters (with ICU's "@"), digits and "_" always join (WB5, 8-10, 13a/b);
///   "." and "'" join letter to letter (WB6/7), and with "," and ";" digit to digit (WB11/12);
///   ICU 72 leaves ":" out of MidLetter; everything else stands alone;
/// - ICU's status is the tag of the last rule that joined: it follows the segment's last
///   character (letter 200, digit 100; a final "_" takes the tag of what precedes it, "__"
///   200), and a lone "_" or punctuation is untagged.
enum WordSegmenter {
    // ICU rule-status ranges (ubrk.h): [0,100) none, [100,200) number, [200,500) letter/kana/ideo.
    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        segmentation(of: bytes).words
    }

    /// A text's words and how many of them are numbers.
    struct Segmentation: Sendable {
        let words: [Word]
        let numberCount: Int
    }

    /// Room for the words of `byteCount` bytes: English runs some 6.1 bytes a word (the
    /// 100 MB file 6.09, the peer subset 6.05, an article as few as 5.4), and an estimate too
    /// low copies the whole table once it is full; room never written is never touched,
    /// so a generous one costs nothing.
    static func capacityEstimate(_ byteCount: Int) -> Int { byteCount / 4 + 16 }

    /// The words of `bytes`, written in place into an array made with room for `capacity` of
    /// them (by default ``capacityEstimate(_:)``), and appended past it (`capacity` only
    /// decides where they are written); and how many of them are numbers, counted as they are
    /// written, while they are in the cache (counted afterwards, the 100 MB file's 130 MB of
    /// words were read from memory once more for it, ~15 ms).
    static func segmentation(of bytes: UnsafeBufferPointer<UInt8>, capacity: Int? = nil) -> Segmentation {
        var overflow: [Word] = []
        var numberCount = 0
        var words = [Word](unsafeUninitializedCapacity: capacity ?? capacityEstimate(bytes.count)) { room, initialized in
            var sink = WordSink(room: room)
            segment(bytes, into: &sink)
            initialized = sink.writtenInRoom
            overflow = sink.overflow
            numberCount = sink.numberCount
        }
        if !overflow.isEmpty { words.append(contentsOf: overflow) }
        return Segmentation(words: words, numberCount: numberCount)
    }

    private static func segment(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout WordSink) {
        var cursor: BreakCursor?
        ASCIIWordClass.table.withUnsafeBufferPointer { classes in
            let count = bytes.count
            let space = ASCIIWordClass.space.rawValue
            var index = 0
            var previousChunkEnd = 0
            while index < count {
                // Up to the chunk holding the next non-ASCII byte, the text is ASCII chunks:
                // segmented 64 bytes at a time from bit masks.
                let nonASCII = ByteScan.firstNonASCII(bytes, from: index)
                var stretchEnd = nonASCII
                if nonASCII < count {
                    while stretchEnd > index, classes[Int(bytes[stretchEnd - 1])] != space { stretchEnd -= 1 }
                }
                if stretchEnd > index {
                    asciiStretchWords(in: bytes, from: index, to: stretchEnd, into: &words)
                    var lastChunkEnd = stretchEnd
                    while lastChunkEnd > index, classes[Int(bytes[lastChunkEnd - 1])] == space { lastChunkEnd -= 1 }
                    if lastChunkEnd > index { previousChunkEnd = lastChunkEnd }
                    index = stretchEnd
                }
                guard index < count else { break }
                // The chunk with a non-ASCII byte, alone: as ASCII if that byte is typographic
                // punctuation, else through ICU.
                let firstWord = words.count
                let chunkStart = index
                if asciiWords(in: bytes, from: &index, classes: classes, into: &words) {
                    previousChunkEnd = index
                    continue
                }
                words.removeAll(from: firstWord)
                // A Russian chunk (Cyrillic letters, ASCII, quotes and dashes) by the same rules.
                index = chunkStart
                if cyrillicWords(in: bytes, from: &index, classes: classes, into: &words) {
                    previousChunkEnd = index
                    continue
                }
                words.removeAll(from: firstWord)
                while index < count, classes[Int(bytes[index])] != space { index += 1 }
                if cursor == nil { cursor = BreakCursor(.word, text: bytes) }
                guard let cursor else { return }
                icuWords(cursor, from: previousChunkEnd, to: index, into: &words)
                previousChunkEnd = index
            }
        }
    }

    /// ICU's words in `start..<end`. `start` is a boundary in all but one case: after a
    /// non-ASCII space that ICU joins to the ASCII spaces after it (WB3d), where the first
    /// segment is then spaces, which is no word either way.
    private static func icuWords(_ cursor: BreakCursor, from start: Int, to end: Int, into words: inout WordSink) {
        var segmentStart = start
        var boundary = cursor.position == start ? cursor.next() : cursor.following(start)
        while let segmentEnd = boundary {
            append(segmentStart..<segmentEnd, status: cursor.status, to: &words)
            if segmentEnd >= end { return }
            segmentStart = segmentEnd
            boundary = cursor.next()
        }
    }

    @inline(__always)
    private static func append(_ range: Range<Int>, status: Int32, to words: inout WordSink) {
        if status >= 200 && status < 500 {
            words.append(Word(range, kind: .letters))
        } else if status >= 100 && status < 200 {
            words.append(Word(range, kind: .number))
        }
    }

    /// Appends ICU's words of the chunk starting at `index`, leaving `index` at its end (the
    /// next whitespace byte or the end of the text); returns false, leaving `index` anywhere in
    /// the chunk, as soon as a non-ASCII byte shows the chunk is not all ASCII. An ASCII
    /// chunk starts and ends on boundaries.
    @inline(__always)
    private static func asciiWords(
        in bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, classes: UnsafeBufferPointer<UInt8>,
        into words: inout WordSink
    ) -> Bool {
        let end = bytes.count
        @inline(__always) func kind(_ index: Int) -> ASCIIWordClass {
            ASCIIWordClass(rawValue: classes[Int(bytes[index])]).unsafelyUnwrapped
        }
        while index < end {
            let first = kind(index)
            guard first.isWordPart else {
                if first == .space { return true }
                if first == .nonASCII {
                    // Typographic quotes and dashes stand alone like ASCII punctuation.
                    guard let length = standalonePunctuation(bytes, at: index) else { return false }
                    index += length
                    continue
                }
                index += 1
                continue
            }
            let start = index
            index += 1
            while true {
                // Letters, digits and "_" always join: eight bytes at a time over the run.
                index = endOfWordRun(bytes, from: index)
                // WB6/7: letter (. ') letter; WB11/12: digit (. ' , ;) digit. Whitespace and
                // non-ASCII bytes are neither, so the chunk's end stops the word.
                guard index + 1 < end, ASCIIWordClass.joins(kind(index - 1), kind(index), kind(index + 1)) else { break }
                index += 2
            }
            ASCIIWordClass.appendWord(start..<index, last: kind(index - 1), beforeLast: kind(index - 2), to: &words)
        }
        return true
    }
}

extension WordSegmenter {
    /// Appends the words of `start..<end`, whole ASCII chunks: found from bit masks of 64
    /// bytes at a time (SSE2 compares), so the branches go per word rather than per byte.
    /// The rules are the ones ``asciiWords(in:from:classes:into:)`` applies byte by byte.
    private static func asciiStretchWords(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into words: inout WordSink) {
        // The C side writes 32-bit offsets with the kind in the top bit: a `Word`'s own
        // layout, so it writes straight into the words' room (written in batches on the
        // stack and copied, the 100 MB file's 130 MB of words were written twice).
        precondition(end < 1 << 31, "word offsets beyond 2 GB")
        precondition(Word.hasCWordScanLayout)
        var position = start
        while position < end {
            var resume = 0
            if let room = words.unwrittenRoom() {
                let count = room.withMemoryRebound(to: UInt32.self) { pairs in
                    mtl_ascii_words(bytes.baseAddress!, position, end, pairs.baseAddress!, room.count, &resume)
                }
                words.didWrite(count)
            } else {
                withUnsafeTemporaryAllocation(of: Word.self, capacity: overflowBatch) { batch in
                    let count = batch.withMemoryRebound(to: UInt32.self) { pairs in
                        mtl_ascii_words(bytes.baseAddress!, position, end, pairs.baseAddress!, batch.count, &resume)
                    }
                    words.append(contentsOf: UnsafeBufferPointer(rebasing: batch[..<count]))
                }
            }
            position = resume
        }
    }

    /// How many words ``asciiStretchWords(in:from:to:into:)`` finds at a time once the room is full.
    private static let overflowBatch = 1024

    /// The end of the run of word parts (ASCII letters, "@", digits, "_") starting at `start`.
    /// Words end at unpredictable lengths, so a byte loop pays a mispredicted branch per word;
    /// this tests eight bytes at once with carry-free byte arithmetic (each byte's top bit
    /// says whether it is in a range, for bytes below 0x80) and finds the first byte that is
    /// not a word part from the mask's trailing zeros.
    @inline(__always)
    static func endOfWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let end = bytes.count
        var index = start
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // Top bit of each byte set where the 7-bit byte is at least `low` / more than `top`.
        @inline(__always) func atLeast(_ y: UInt64, _ low: UInt64) -> UInt64 { (y &+ (0x80 - low) &* ones) & high }
        @inline(__always) func above(_ y: UInt64, _ top: UInt64) -> UInt64 { (y &+ (0x7F - top) &* ones) & high }
        @inline(__always) func equal(_ y: UInt64, _ value: UInt64) -> UInt64 { ~((y ^ (value &* ones)) &+ 0x7F &* ones) & high }
        while index + 8 <= end {
            let x = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let y = x & ~high
            let folded = y | 0x20 &* ones
            let letter = atLeast(folded, 0x61) & ~above(folded, 0x7A)
            let digit = atLeast(y, 0x30) & ~above(y, 0x39)
            let part = (letter | digit | equal(y, 0x5F) | equal(y, 0x40)) & ~(x & high)
            let stop = ~part & high
            if stop != 0 { return index + stop.trailingZeroBitCount / 8 }
            index += 8
        }
        ASCIIWordClass.table.withUnsafeBufferPointer { classes in
            while index < end && ASCIIWordClass(rawValue: classes[Int(bytes[index])]).unsafelyUnwrapped.isWordPart { index += 1 }
        }
        return index
    }

    /// The length of the character at `index` if it is “ ” – or — (U+201C, U+201D, U+2013,
    /// U+2014), which are Word_Break=Other: no rule joins them to anything before them, and
    /// only Extend/Format/ZWJ (non-ASCII, so not in a fast-path chunk) to what follows. English
    /// machine translation is full of them; without this, every quoted word went to ICU.
    /// (’ and ‘ are MidNumLet, which joins letters, and stay with ICU.)
    @inline(__always)
    static func standalonePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return nil }
        switch bytes[index + 2] {
        case 0x93, 0x94, 0x9C, 0x9D: return 3
        default: return nil
        }
    }
}

extension WordSegmenter {
    /// ``asciiWords(in:from:classes:into:)`` for a chunk that may also hold Cyrillic letters
    /// and « » “ ” – —, character by character. Cyrillic letters (U+0400–U+0481 and
    /// U+048A–U+04FF) are ALetter, joined by the rules that join ASCII letters; the guillemets,
    /// like the quotes and dashes, are Word_Break=Other. Any other non-ASCII character sends
    /// the chunk to ICU (returns false). A Russian original went to ICU word by word: some
    /// 60 instructions a byte, a fifth of checking a translation with its original.
    private static func cyrillicWords(
        in bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, classes: UnsafeBufferPointer<UInt8>,
        into words: inout WordSink
    ) -> Bool {
        let end = bytes.count
        while index < end {
            guard let (first, length) = characterClass(bytes, at: index, classes: classes) else { return false }
            guard first.isWordPart else {
                if first == .space { return true }
                index += length
                continue
            }
            let start = index
            index += length
            var last = first
            var beforeLast = ASCIIWordClass.other
            while index < end {
                guard let (next, nextLength) = characterClass(bytes, at: index, classes: classes) else { return false }
                if next.isWordPart {
                    (beforeLast, last) = (last, next)
                    index += nextLength
                    continue
                }
                guard next == .midNumLet || next == .midNum, index + nextLength < end,
                      let (after, afterLength) = characterClass(bytes, at: index + nextLength, classes: classes),
                      ASCIIWordClass.joins(last, next, after) else { break }
                (beforeLast, last) = (next, after)
                index += nextLength + afterLength
            }
            ASCIIWordClass.appendWord(start..<index, last: last, beforeLast: beforeLast, to: &words)
        }
        return true
    }

    /// The word-break class and length of the character at `index`: ASCII by `classes`;
    /// Cyrillic letters as letters; « » “ ” – — as `.other`; nil for anything else.
    @inline(__always)
    private static func characterClass(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, classes: UnsafeBufferPointer<UInt8>) -> (ASCIIWordClass, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (ASCIIWordClass(rawValue: classes[Int(lead)]).unsafelyUnwrapped, 1) }
        if let length = standalonePunctuation(bytes, at: index) { return (.other, length) }
        guard index + 1 < bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second & 0xC0 == 0x80 else { return nil }
        switch lead {
        case 0xC2 where second == 0xAB || second == 0xBB: return (.other, 2)
        // U+0400–U+047F, and U+0480–U+04FF but for U+0482–U+0489 (a sign and combining marks).
        case 0xD0, 0xD1, 0xD3: return (.letter, 2)
        case 0xD2 where second <= 0x81 || second >= 0x8A: return (.letter, 2)
        default: return nil
        }
    }
}

/// ICU's word-break classes of ASCII bytes, as far as the fast path needs them.
enum ASCIIWordClass: UInt8 {
    case other, space, letter, digit, underscore, midNumLet, midNum, nonASCII

    var isWordPart: Bool { rawValue >= ASCIIWordClass.letter.rawValue && rawValue <= ASCIIWordClass.underscore.rawValue }

    /// WB6/7: letter (. ') letter; WB11/12: digit (. ' , ;) digit. Whitespace and other
    /// characters are neither, so a chunk's end stops a word.
    @inline(__always)
    static func joins(_ before: ASCIIWordClass, _ middle: ASCIIWordClass, _ after: ASCIIWordClass) -> Bool {
        (before == .letter && middle == .midNumLet && after == .letter)
            || (before == .digit && (middle == .midNumLet || middle == .midNum) && after == .digit)
    }

    /// Appends the word `range`, tagged as ICU tags it: by its last character (letter or
    /// digit). A trailing "_" joined by WB13a takes the tag of what it joined, the character
    /// `beforeLast` (never a mid, which needs a letter or digit after it); a lone "_" is no
    /// word. `beforeLast` is read only for a word of more than one byte.
    @inline(__always)
    static func appendWord(_ range: Range<Int>, last: ASCIIWordClass, beforeLast: @autoclosure () -> ASCIIWordClass, to words: inout WordSegmenter.WordSink) {
        switch last {
        case .letter:
            words.append(Word(range, kind: .letters))
        case .digit:
            words.append(Word(range, kind: .number))
        default:
            if range.count > 1 { words.append(Word(range, kind: beforeLast() == .digit ? .number : .letters)) }
        }
    }

    /// The class of every byte value, by raw value (bytes from 0x80 are `nonASCII`).
    static let table: [UInt8] = (0...255).map { byte -> ASCIIWordClass in
        switch byte {
        case 0x61...0x7A, 0x41...0x5A, 0x40: .letter
        case 0x30...0x39: .digit
        case 0x20, 0x09...0x0D: .space
        case 0x5F: .underscore
        case 0x2E, 0x27: .midNumLet
        case 0x2C, 0x3B: .midNum
        case 0x80...: .nonASCII
        default: .other
        }
    }.map(\.rawValue)
}

extension WordSegmenter {
    /// Where the segmenter writes words: in place into the room of the array being made,
    /// then, should the room run out, into an array of overflow appended after it.
    struct WordSink {
        private let room: UnsafeMutableBufferPointer<Word>
        /// How many words are written, in the room and past it.
        private(set) var count = 0
        /// How many of them are numbers.
        private(set) var numberCount = 0
        /// The words past the room.
        private(set) var overflow: [Word] = []

        /// The end of the room's pages brought in (see ``UnsafeMutableBufferPointer/populateForWriting()``): the room
        /// is made generous (never-written pages of it cost nothing), so its pages are
        /// brought in a piece at a time, ahead of the words written.
        private var populatedEnd = 0

        init(room: UnsafeMutableBufferPointer<Word>) {
            self.room = room
        }

        /// How many of the room's words are written (initialized).
        var writtenInRoom: Int { min(count, room.count) }

        /// The room after the last word written, up to ``populatedPiece`` words of it
        /// brought in, if any is left.
        mutating func unwrittenRoom() -> UnsafeMutableBufferPointer<Word>? {
            guard count < room.count else { return nil }
            if count >= populatedEnd { populateNextPiece() }
            return UnsafeMutableBufferPointer(rebasing: room[count..<populatedEnd])
        }

        /// Words brought in at a time: 1 MB of them.
        private static let populatedPiece = freshMemoryPopulateThreshold / MemoryLayout<Word>.stride

        /// Brings in the next piece of the room from the first word not written. (A short
        /// text's room, under ``freshMemoryPopulateThreshold``, is left to fault in.)
        @inline(never)
        private mutating func populateNextPiece() {
            let end = min(room.count, count + Self.populatedPiece)
            UnsafeMutableBufferPointer(rebasing: room[count..<end]).populateForWriting()
            populatedEnd = room.count * MemoryLayout<Word>.stride < freshMemoryPopulateThreshold ? room.count : end
        }

        /// Counts `written` words written to ``unwrittenRoom()``.
        mutating func didWrite(_ written: Int) {
            numberCount += Word.numberCount(UnsafeBufferPointer(rebasing: room[count..<count + written]))
            count += written
        }

        @inline(__always)
        mutating func append(_ word: Word) {
            if _fastPath(count < room.count) {
                if _slowPath(count >= populatedEnd) { populateNextPiece() }
                (room.baseAddress! + count).initialize(to: word)
            } else {
                overflow.append(word)
            }
            count += 1
            if word.kind == .number { numberCount += 1 }
        }

        mutating func append(contentsOf words: UnsafeBufferPointer<Word>) {
            for word in words { append(word) }
        }

        /// Takes back the words from `start` on.
        mutating func removeAll(from start: Int) {
            let inRoom = UnsafeBufferPointer(rebasing: room[min(start, room.count)..<min(count, room.count)])
            numberCount -= Word.numberCount(inRoom)
            if count > room.count {
                let removed = overflow[max(start - room.count, 0)...]
                numberCount -= removed.withUnsafeBufferPointer { Word.numberCount($0) }
                overflow.removeSubrange(removed.indices)
            }
            count = start
        }
    }
}
