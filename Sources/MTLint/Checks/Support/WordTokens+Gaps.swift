extension WordTokens {
    /// What separates a word from the previous one.
    enum Gap: Equatable, Sendable {
        /// Spaces or tabs only.
        case space
        /// Whitespace with one line ending before a word that starts with a lowercase letter:
        /// a line wrap inside a paragraph.
        case lineBreak
        /// A blank line, the start of the text, or a line ending before a capital or a digit
        /// (a new heading, caption or segment rather than a wrapped line).
        case paragraphBreak
        /// Punctuation. `terminal` when it ends a sentence or a line (".", "!", "?", "…",
        /// or a line ending); `joining` when it glues a compound without spaces ("Baden-Baden").
        case punctuation(terminal: Bool, joining: Bool, comma: Bool)
    }

    /// The gap before each word of a document, read from the text when asked. The checks ask
    /// at a few words only (a doubled word, a repeat's candidates): codes worked out for
    /// every word in the word facts' walk cost 5 M instructions on the peer subset and a
    /// byte a word, 16 MB on a 100 MB text.
    struct Gaps: RandomAccessCollection, Sendable {
        private let text: TextBytes
        private let words: [Word]
        private let index: WordIndex

        // Codes: 0 space, 1 line break, 2 paragraph break; punctuation sets the high bit and
        // one bit per flag.
        private static let punctuation: UInt8 = 0x80, terminal: UInt8 = 0x01, joining: UInt8 = 0x02, comma: UInt8 = 0x04

        var startIndex: Int { 0 }
        var endIndex: Int { words.count }

        subscript(position: Int) -> Gap {
            let code = code(position)
            switch code {
            case 0: return .space
            case 1: return .lineBreak
            case 2: return .paragraphBreak
            default:
                return .punctuation(terminal: code & Self.terminal != 0, joining: code & Self.joining != 0, comma: code & Self.comma != 0)
            }
        }

        /// Whether the gap before word `position` ends a sentence or paragraph.
        @inline(__always)
        func endsSentence(_ position: Int) -> Bool {
            let code = code(position)
            return code == 2 || code & (Self.punctuation | Self.terminal) == Self.punctuation | Self.terminal
        }

        /// The gaps of `document`'s words.
        init(of document: Document) {
            self.init(text: document.utf8, words: document.words, index: document.wordIndex)
        }

        /// The gaps of `words` of `text`, whose word index is `index`.
        init(text: TextBytes, words: [Word], index: WordIndex) {
            self.text = text
            self.words = words
            self.index = index
        }

        /// The code of the gap before word `position`.
        private func code(_ position: Int) -> UInt8 {
            guard position > 0 else { return Self.code(.paragraphBreak) }
            return text.withUnsafeBufferPointer { text in
                Self.code(text, from: words[position - 1].end, to: words[position].start,
                          beforeLowercase: { index.flags(ofWord: position).contains(.startsLowercase) })
            }
        }

        /// The code of the gap `text[from..<to]` between two words; `beforeLowercase` says
        /// whether the word after it starts with a lowercase letter (asked only after a line
        /// ending).
        @inline(__always)
        static func code(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int, beforeLowercase: () -> Bool) -> UInt8 {
            let length = to - from
            // Most words follow one space, and most others ", ", ". " or, in a text of one
            // sentence a line, ".\n" (a line ending is terminal too): no need to scan.
            if length == 1 && text[from] == 0x20 { return 0 }
            if length == 2 && (text[from] == 0x2C || text[from] == 0x2E) && (text[from + 1] == 0x20 || text[from + 1] == 0x0A) {
                return punctuation | (text[from] == 0x2C ? comma : terminal) | (text[from + 1] == 0x0A ? terminal : 0)
            }
            var gap = gap(UnsafeBufferPointer(rebasing: text[from..<to]))
            if gap == .lineBreak, !beforeLowercase() { gap = .paragraphBreak }
            return code(gap)
        }

        static func code(_ gap: Gap) -> UInt8 {
            switch gap {
            case .space: 0
            case .lineBreak: 1
            case .paragraphBreak: 2
            case .punctuation(let isTerminal, let isJoining, let hasComma):
                punctuation | (isTerminal ? terminal : 0) | (isJoining ? joining : 0) | (hasComma ? comma : 0)
            }
        }

        /// The gap read byte by byte (what the short cuts of ``code(_:from:to:beforeLowercase:)``
        /// must agree with).
        static func gap(_ bytes: UnsafeBufferPointer<UInt8>) -> Gap {
            var lineEndings = 0
            var previousWasCR = false
            var punctuation = false
            var whitespace = false
            var terminal = false
            var comma = false
            var joining = true
            var ellipsisState = 0
            for byte in bytes {
                // "…" (E2 80 A6) ends a sentence as well.
                ellipsisState = byte == 0xE2 ? 1 : (ellipsisState == 1 && byte == 0x80 ? 2 : (ellipsisState == 2 && byte == 0xA6 ? 3 : 0))
                if ellipsisState == 3 { terminal = true }
                switch byte {
                case 0x0A:
                    if !previousWasCR { lineEndings += 1 }
                case 0x0D:
                    lineEndings += 1
                case 0x20, 0x09, 0x0C:
                    whitespace = true
                default:
                    punctuation = true
                    if byte == 0x2E || byte == 0x21 || byte == 0x3F { terminal = true }
                    if byte == 0x2C || byte == 0x3B { comma = true }
                    // Hyphens, slashes, apostrophes and dots join a compound when nothing else is there.
                    if !(byte == 0x2D || byte == 0x2F || byte == 0x27 || byte == 0x2E || byte >= 0x80) { joining = false }
                }
                previousWasCR = byte == 0x0D
            }
            if lineEndings >= 2 { return .paragraphBreak }
            if punctuation {
                return .punctuation(terminal: terminal || lineEndings > 0, joining: joining && !whitespace && lineEndings == 0, comma: comma)
            }
            return lineEndings == 1 ? .lineBreak : .space
        }
    }
}
