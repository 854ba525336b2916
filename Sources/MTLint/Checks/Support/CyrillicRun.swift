/// A stretch of Cyrillic text on one line: from its first Cyrillic letter to its last, taking
/// in the spaces, punctuation, digits and combining marks between them.
struct CyrillicRun {
    var range: Range<Int>
    /// Byte ranges of the maximal Cyrillic letter sequences (the run's words).
    var words: [Range<Int>]
    /// The run's Cyrillic letters.
    var letters: [Unicode.Scalar]

    /// Finds every run in the document. Runs end at a Latin (or other-script) letter and at
    /// line ends, so one caption line is one run.
    static func runs(in document: Document) -> [CyrillicRun] {
        let bytes = document.utf8
        var runs: [CyrillicRun] = []
        var current: CyrillicRun?
        var wordStart: Int?
        var offset = 0
        let count = bytes.count
        let lines = document.lines
        var line = 0

        func endWord(at end: Int) {
            if let start = wordStart { current?.words.append(start..<end) }
            wordStart = nil
        }
        func close() {
            if let run = current { runs.append(run) }
            current = nil
        }

        while offset < count {
            if current == nil && wordStart == nil {
                // Outside a run only a non-ASCII letter can start one: on to the next such
                // byte, reading only the lines that hold one.
                offset = bytes.withUnsafeBufferPointer { lines.firstNonASCII(in: $0, from: offset, line: &line) }
                guard offset < count else { break }
            }
            let byte = bytes[offset]
            if byte < 0x80 {
                // ASCII: a letter ends the run; a line break ends it too; others may be inside.
                endWord(at: offset)
                if byte == 0x0A || byte == 0x0D || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    close()
                }
                offset += 1
                continue
            }
            let (scalar, length) = ScalarScanner.scalar(in: bytes, at: offset)
            // Dashes and quotes only end a word.
            if scalar.isPlainPunctuation {
                endWord(at: offset)
                offset += length
                continue
            }
            let script = UnicodeScript(of: scalar)
            if script == .cyrillic && scalar.isLetter {
                if current == nil { current = CyrillicRun(range: offset..<offset, words: [], letters: []) }
                if wordStart == nil { wordStart = offset }
                current?.letters.append(scalar)
                if let start = current?.range.lowerBound { current?.range = start..<(offset + length) }
            } else if scalar.isCombiningMark || script == .inherited {
                if wordStart != nil { if let start = current?.range.lowerBound { current?.range = start..<(offset + length) } }
            } else if scalar.isLetter {
                endWord(at: offset)
                close()
            } else {
                endWord(at: offset)
                if scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" { close() }
            }
            offset += length
        }
        endWord(at: offset)
        close()
        return runs.map { $0.includingClosingPunctuation(in: bytes) }
    }

    /// Takes in a closing quote or bracket right after the run when the run opened it.
    private func includingClosingPunctuation(in bytes: TextBytes) -> CyrillicRun {
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["»": "«", "”": "“", ")": "(", "]": "[", "\"": "\""]
        guard range.upperBound < bytes.count else { return self }
        let (next, length) = ScalarScanner.scalar(in: bytes, at: range.upperBound)
        guard let opener = pairs[next] else { return self }
        let inside = String(decoding: bytes[range], as: UTF8.self).unicodeScalars
        let opens = inside.filter { $0 == opener }.count
        let closes = inside.filter { $0 == next }.count
        let unbalanced = opener == next ? opens % 2 == 1 : opens > closes
        guard unbalanced else { return self }
        var extended = self
        extended.range = range.lowerBound..<(range.upperBound + length)
        return extended
    }
}
