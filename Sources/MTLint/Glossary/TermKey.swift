/// How a word is compared with glossary terms: case-folded (U+2019 read as an apostrophe),
/// and, for the last word of a term, also without an English possessive or plural ending.
struct TermKey: Sendable {
    /// The folded word.
    var exact: String
    /// Reduced forms ("kiev" for "kiev's"), with how many characters (Unicode scalars) the
    /// reduction removed from the end of the word, so a finding can cover "Kiev" in "Kiev's".
    var reduced: [(key: String, trim: Int)]

    /// The keys of an English word already folded (``fold(_:)``).
    static func english(folded: String) -> TermKey {
        TermKey(exact: folded, reduced: reducedForms(of: folded))
    }

    static func fold(_ word: String) -> String {
        fold(Array(word.utf8)[...])
    }

    /// The word lowercased, with ’ as '. ASCII takes a fast path.
    static func fold(_ bytes: some Collection<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // Written straight into the String (no intermediate array; short words stay inline).
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var offset = 0
                for byte in bytes {
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    offset += 1
                }
                return offset
            }
        }
        return String(decoding: bytes, as: UTF8.self).lowercased().replacingNFC("\u{2019}", with: "'")
    }

    /// Calls `body` with each of ``reducedForms(of:)`` of an ASCII word and its trim, in order,
    /// without allocating: the forms are prefixes of the word, or one with "y" for "ies".
    /// Inlined, so that the caller's closure and what it captures are not copied into a
    /// context for each word.
    @inline(__always)
    static func forEachReducedASCIIForm(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        let count = bytes.count
        guard let last = bytes.last, last == 0x73 || last == 0x27 else { return }
        func prefix(dropping dropped: Int, trim: Int) {
            guard count - dropped >= 2 else { return }
            body(UnsafeBufferPointer(rebasing: bytes[0..<count - dropped]), trim)
        }
        let secondLast = count > 1 ? bytes[count - 2] : 0
        let thirdLast = count > 2 ? bytes[count - 3] : 0
        if last == 0x27 {
            prefix(dropping: 1, trim: 1)
        } else if count > 2 && secondLast == 0x27 && last == 0x73 {
            prefix(dropping: 2, trim: 2)
        } else if last == 0x73 && count > 3 && secondLast != 0x73 {
            if secondLast == UInt8(ascii: "e") && thirdLast == UInt8(ascii: "i") && count - 3 >= 2 {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count - 2) { buffer in
                    _ = buffer.initialize(from: bytes[0..<count - 3])
                    buffer[count - 3] = UInt8(ascii: "y")
                    body(UnsafeBufferPointer(buffer), 0)
                }
            }
            if secondLast == UInt8(ascii: "e") { prefix(dropping: 2, trim: 2) }
            prefix(dropping: 1, trim: 1)
        }
    }

    /// Calls `body` with each word that ``reducedForms(of:)`` may reduce to `folded`:
    /// `folded` with "'", "'s", "s" or "es" added, and with "ies" in place of a last "y".
    /// Some of them do not reduce (a word too short, "-ss"), but no word reduces to `folded`
    /// that is not among them: a word whose keys are not these words' has none of `folded`.
    static func forEachFormReducing(to folded: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = folded.count
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 3) { buffer in
            _ = buffer.initialize(fromContentsOf: folded)
            func form(keeping kept: Int, adding ending: StaticString) {
                let ending = UnsafeBufferPointer(start: ending.utf8Start, count: ending.utf8CodeUnitCount)
                _ = buffer[kept...].initialize(fromContentsOf: ending)
                body(UnsafeBufferPointer(rebasing: buffer[..<(kept + ending.count)]))
            }
            form(keeping: count, adding: "'")
            form(keeping: count, adding: "'s")
            form(keeping: count, adding: "s")
            form(keeping: count, adding: "es")
            if folded.last == UInt8(ascii: "y") { form(keeping: count - 1, adding: "ies") }
        }
    }

    /// "kiev's" -> "kiev" (trim 2), "ministries" -> "ministry" (trim 0: the whole word).
    static func reducedForms(of folded: String) -> [(key: String, trim: Int)] {
        guard let lastByte = folded.utf8.last, lastByte == 0x73 || lastByte == 0x27 else { return [] }
        let utf8 = Array(folded.utf8)
        var forms: [(String, Int)] = []
        func add(_ count: Int, trim: Int, append: String = "") {
            guard utf8.count - count >= 2 else { return }
            forms.append((String(decoding: utf8.dropLast(count), as: UTF8.self) + append, trim))
        }
        if utf8.last == 0x27 { // trailing apostrophe: plural possessive ("Lavrovs'")
            add(1, trim: 1)
        } else if utf8.count > 2 && utf8[utf8.count - 2] == 0x27 && utf8.last == 0x73 { // 's
            add(2, trim: 2)
        } else if utf8.last == 0x73 && utf8.count > 3 && utf8[utf8.count - 2] != 0x73 { // plural s, not -ss
            if folded.hasSuffix("ies") { add(3, trim: 0, append: "y") }
            if folded.hasSuffix("es") { add(2, trim: 2) }
            add(1, trim: 1)
        }
        return forms
    }
}
