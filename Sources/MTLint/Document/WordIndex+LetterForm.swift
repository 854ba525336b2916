extension WordIndex {
    /// A form of one to sixteen ASCII letters, all lowercase but perhaps the first, as nine
    /// forms in ten of an English text: its flags are one of two constants, and its key (the
    /// form lowercased) and the key's hash come from the one or two machine words that
    /// tested it, without the byte-by-byte walk of ``foldASCII(_:into:classes:)`` (some 40
    /// instructions a form less) nor reading the form's hash back from the forms' table.
    struct LetterForm {
        /// The flags of a form of lowercase letters.
        static let lowercaseFlags: Flags = [.asciiLetters, .startsLowercase, .noUppercase]
        /// The flags of a capital followed by lowercase letters.
        static let capitalizedFlags: Flags = [.asciiCapital, .startsUppercase, .asciiLetters]

        /// The key's first eight bytes (up to eight, the rest zero), and its last eight.
        private let head: UInt64
        private let tail: UInt64
        private let count: Int
        /// Whether the first letter is a capital (else the form is its own key).
        let isCapitalized: Bool

        /// The form `bytes` if it is one; eight bytes may be read from the first.
        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            let raw = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
            count = bytes.count
            let high: UInt64 = 0x8080_8080_8080_8080
            // The top bit of each byte that is below 0x80, at least 0x61 ("a") and below 0x7B
            // (past "z"). Sums of a byte from 0x80 may carry into the next byte, but such a
            // byte fails itself, and the answer is no either way.
            @inline(__always) func lowercase(_ word: UInt64) -> UInt64 {
                (word &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(word &+ 0x0505_0505_0505_0505) & ~word & high
            }
            let first: UInt64
            if count <= 8 {
                guard count > 0 else { return nil }
                // The bytes past the form cleared (a zero byte carries nothing), and left out.
                let kept = UInt64.max &>> (UInt64(truncatingIfNeeded: 8 &- count) &* 8)
                first = raw.loadUnaligned(as: UInt64.self) & kept
                // The first byte lowercased if it is a capital: a letter either way.
                head = first | 0x20
                tail = head
                guard lowercase(head) == kept & high else { return nil }
            } else {
                guard count <= 16 else { return nil }
                first = raw.loadUnaligned(as: UInt64.self)
                head = first | 0x20
                // The last eight bytes, which leave out the first.
                tail = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
                guard lowercase(head) & lowercase(tail) == high else { return nil }
            }
            isCapitalized = first & 0x20 == 0
        }

        /// ``ByteInterner/hash(_:)`` of the key.
        var keyHash: UInt32 {
            count <= 8 ? ByteInterner.hash(word: head, count: count) : ByteInterner.hash(first: head, last: tail, count: count)
        }

        /// Interns the key into `terms`: up to eight bytes as the machine word it is, a longer
        /// one from `form`, the form's bytes, if it is its own key, or else written to `scratch`.
        @inline(__always)
        func internKey(form: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, into terms: inout ByteInterner.Inserter) -> Int32 {
            if count <= 8 { return terms.intern(word: head, count: count, hash: keyHash) }
            if !isCapitalized { return terms.intern(form, hash: keyHash) }
            storeKey(into: scratch)
            return terms.intern(UnsafeBufferPointer(start: scratch, count: count), hash: keyHash)
        }

        /// Writes the key to `target`, which has room for eight bytes at least.
        @inline(__always)
        func storeKey(into target: UnsafeMutablePointer<UInt8>) {
            let raw = UnsafeMutableRawPointer(target)
            raw.storeBytes(of: head, as: UInt64.self)
            if count > 8 { raw.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self) }
        }
    }
}
