extension Document {
    /// The indices of the words that hold a byte outside ASCII, in text order: the only words
    /// that can have a foreign letter (mixed script) or be Russian (a leftover glossary term).
    /// Found by jumping from one non-ASCII byte to the next, so English text costs next to
    /// nothing; worked out once for the checks that need it.
    var wordsWithNonASCII: [Int] {
        lazyWordsWithNonASCII.value {
            var found: [Int] = []
            utf8.withUnsafeBufferPointer { bytes in
                words.withUnsafeBufferPointer { words in
                    var index = 0
                    var offset = ByteScan.firstNonASCII(bytes, from: 0)
                    while offset < bytes.count {
                        // Non-ASCII bytes are sparse in English: on over the words between them.
                        index = words.firstWord(endingAfter: offset, from: index)
                        guard index < words.count else { return }
                        let word = words[index]
                        guard word.start <= offset else {
                            offset = ByteScan.firstNonASCII(bytes, from: offset + 1)
                            continue
                        }
                        found.append(index)
                        index += 1
                        offset = ByteScan.firstNonASCII(bytes, from: word.end)
                    }
                }
            }
            return found
        }
    }
}
