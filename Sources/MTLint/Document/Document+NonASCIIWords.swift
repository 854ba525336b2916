extension Document {
    /// The indices of the words that hold a byte outside ASCII, in text order: the only words
    /// that can have a foreign letter (mixed script) or be Russian (a leftover glossary term).
    /// Found by jumping from one non-ASCII byte to the next, in the lines that hold one, so
    /// English text costs next to nothing; worked out once for the checks that need it.
    var wordsWithNonASCII: [Int] {
        lazyWordsWithNonASCII.value {
            var found: [Int] = []
            utf8.withUnsafeBufferPointer { bytes in
                words.withUnsafeBufferPointer { words in
                    var index = 0
                    // Only the lines that hold a non-ASCII byte are read.
                    var line = 0
                    var offset = lines.firstNonASCII(in: bytes, from: 0, line: &line)
                    while offset < bytes.count {
                        // Non-ASCII bytes are sparse in English: on over the words between them.
                        index = words.firstWord(endingAfter: offset, from: index)
                        guard index < words.count else { return }
                        let word = words[index]
                        guard word.start <= offset else {
                            offset = lines.firstNonASCII(in: bytes, from: offset + 1, line: &line)
                            continue
                        }
                        found.append(index)
                        index += 1
                        offset = lines.firstNonASCII(in: bytes, from: word.end, line: &line)
                    }
                }
            }
            return found
        }
    }
}
