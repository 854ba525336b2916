/// A document's words by distinct spelling ("form"): each word's form id, and what the checks
/// need to know about each form (its case-folded keys, its capitalization), computed once per
/// form rather than once per occurrence. Checks compare and look up integer ids; Strings are
/// made only for the few words they report.
final class WordIndex: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The first byte is an ASCII capital.
        static let asciiCapital = Flags(rawValue: 1 << 0)
        /// Two or more bytes, all ASCII capitals or apostrophes ("CMPC", "HAMAS").
        static let asciiAllCaps = Flags(rawValue: 1 << 1)
        /// Only ASCII letters and apostrophes.
        static let asciiLetters = Flags(rawValue: 1 << 2)
        /// The first character is uppercase (any script).
        static let startsUppercase = Flags(rawValue: 1 << 3)
        /// The first character is lowercase (any script).
        static let startsLowercase = Flags(rawValue: 1 << 4)
        /// Two or more characters, some letter, none lowercase ("TO", "US", "СВО").
        static let abbreviation = Flags(rawValue: 1 << 5)
        /// No uppercase character.
        static let noUppercase = Flags(rawValue: 1 << 6)
    }

    /// The form of each word of `Document.words`.
    let formOfWord: [Int32]
    /// The forms' bytes.
    let forms: ByteInterner
    let flags: [Flags]
    /// Each form's key for the glossary and term checks (``TermKey/fold(_:)``), interned.
    let termKeyOfForm: [Int32]
    /// The term keys' bytes, by id.
    let terms: ByteInterner
    /// Each form's key for the repetition checks (``WordTokens/key(_:)``), interned.
    let repeatKeyOfForm: [Int32]
    /// The repetition keys' bytes, by id.
    let repeats: ByteInterner
    /// Whether every form's term key and repetition key are the same text, and so the same id.
    let keysAreShared: Bool

    init(_ document: Document) {
        let words = document.words
        // An article has about half as many distinct words as words; a long text far fewer.
        let expectedForms = words.count < 1 << 13 ? max(64, words.count / 2) : max(1 << 12, min(1 << 13, words.count / 16))
        var forms = ByteInterner(expectedCount: expectedForms, expectedBytes: expectedForms * 8)
        let cache = ShortWordCache(wordCount: words.count)
        // Written through a pointer, as every word goes through here. The words go in runs
        // that fit the forms' table as it is (each word may be a new form), interned through
        // pointers; the table grows only when fewer than 64 more forms would fit.
        let formOfWord = [Int32](unsafeUninitializedCapacity: words.count) { formOfWord, initialized in
            formOfWord.populateForWriting()
            document.utf8.withUnsafeBufferPointer { bytes in
                words.withUnsafeBufferPointer { words in
                    var runStart = 0
                    while runStart < words.count {
                        let runEnd = min(words.count, runStart + max(forms.room, 64))
                        let runBytes = words[runEnd - 1].end - words[runStart].start
                        forms.withInserter(room: runEnd - runStart, bytes: runBytes) { forms in
                            cache.intern(words[runStart..<runEnd], of: bytes, into: &forms, ids: formOfWord.baseAddress! + runStart)
                        }
                        runStart = runEnd
                    }
                }
            }
            initialized = words.count
        }
        // Both written for every form below (by one path or the other): not cleared first.
        var flags = [Flags](unsafeUninitializedCapacity: forms.count) { _, initialized in initialized = forms.count }
        var termKeyOfForm = [Int32](unsafeUninitializedCapacity: forms.count) { _, initialized in initialized = forms.count }
        // Each term key's hash, by id, kept with the keys (``ByteInterner/keepHashes(_:)``): written
        // for each form (a key of several forms, once for each), as long as the keys are fewer.
        var termHashes = [UInt32](unsafeUninitializedCapacity: forms.count) { _, initialized in initialized = forms.count }
        var terms = ByteInterner(expectedCount: forms.count, expectedBytes: forms.byteCount)
        // The repetition key of each form that is not ASCII (nil for ASCII forms, whose two
        // keys are the same bytes), and whether every form's two keys are equal.
        var repeatKeys: [String?] = []
        var sameKeys = true
        // Nearly every form is ASCII: its flags and both keys (the bytes lowercased, as
        // ``TermKey/fold(_:)`` and ``WordTokens/key(_:)`` give them) come from one pass over
        // its bytes into a scratch buffer, interned from there without making a String. The
        // tables are filled through pointers: a short article has nearly as many forms as
        // words, and appending checked each array's uniqueness for each form. The scratch
        // buffer holds any form: made once, not looked at again per form. It is as long as
        // all of them (and eight bytes at least: a short key is written as one machine word),
        // neither cleared nor measured (finding the longest form took some 3 instructions a
        // form), as a form's key is written before it is read.
        let scratchCount = max(forms.byteCount, 8)
        var scratch = [UInt8](unsafeUninitializedCapacity: scratchCount) { _, initialized in initialized = scratchCount }
        // The forms that start eight bytes or more before the arena's end may be read eight bytes at a time.
        let lastEightByteRead = forms.arena.count - 8
        Self.asciiByteClasses.withUnsafeBufferPointer { classes in
            forms.arena.withUnsafeBufferPointer { arena in
                forms.starts.withUnsafeBufferPointer { starts in
                    flags.withUnsafeMutableBufferPointer { flags in
                        termKeyOfForm.withUnsafeMutableBufferPointer { termKeyOfForm in
                            scratch.withUnsafeMutableBufferPointer { buffer in
                                termHashes.withUnsafeMutableBufferPointer { termHashes in
                                    var form = 0
                                    while form < forms.count {
                                        // ASCII, or a Russian word: both keys are the word lowercased
                                        // (a Russian word's by table), as long as the form. Such forms
                                        // are interned through pointers, up to the first of any other.
                                        form = terms.withInserter(room: forms.count - form, bytes: forms.byteCount - Int(starts[form])) { terms in
                                            // The buffers as constants: captured from the enclosing
                                            // closures, each was read through their context (two
                                            // loads) at every use.
                                            let flagOfForm = flags, termOfForm = termKeyOfForm, hashOfTerm = termHashes, keyBuffer = buffer
                                            var form = form
                                            while form < forms.count {
                                                let start = Int(starts[form])
                                                let bytes = UnsafeBufferPointer(start: arena.baseAddress! + start, count: Int(starts[form + 1]) - start)
                                                let key = UnsafeBufferPointer(rebasing: keyBuffer[0..<bytes.count])
                                                let term: Int32, hash: UInt32
                                                if start <= lastEightByteRead, let letters = LetterForm(bytes) {
                                                    // Nearly all forms: their key and its hash from the
                                                    // machine words that tested them.
                                                    flagOfForm[form] = letters.isCapitalized ? LetterForm.capitalizedFlags : LetterForm.lowercaseFlags
                                                    term = letters.internKey(form: bytes, scratch: keyBuffer.baseAddress!, into: &terms)
                                                    hash = letters.keyHash
                                                } else if let formFlags = Self.foldASCII(bytes, into: keyBuffer.baseAddress!, classes: classes.baseAddress!) {
                                                    flagOfForm[form] = formFlags
                                                    hash = ByteInterner.hash(key)
                                                    term = terms.intern(key, hash: hash)
                                                } else if let formFlags = CyrillicWordCase.fold(bytes, key: keyBuffer) {
                                                    flagOfForm[form] = formFlags
                                                    hash = ByteInterner.hash(key)
                                                    term = terms.intern(key, hash: hash)
                                                } else {
                                                    break
                                                }
                                                termOfForm[form] = term
                                                hashOfTerm[Int(term)] = hash
                                                form += 1
                                            }
                                            return form
                                        }
                                        guard form < forms.count else { break }
                                        let slice = forms.bytes(Int32(form))
                                        flags[form] = Self.flags(of: slice)
                                        var term = TermKey.fold(slice)
                                        let repeated = WordTokens.key(slice)
                                        term.withUTF8 { term in
                                            let hash = ByteInterner.hash(term)
                                            termKeyOfForm[form] = terms.intern(term)
                                            termHashes[Int(termKeyOfForm[form])] = hash
                                        }
                                        if repeatKeys.isEmpty { repeatKeys = Array(repeating: nil, count: forms.count) }
                                        repeatKeys[form] = repeated
                                        sameKeys = sameKeys && repeated == term
                                        form += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        termHashes.removeLast(forms.count - terms.count)
        terms.keepHashes(termHashes)
        // Nearly always each form's two keys are equal, so the two tables are the same one;
        // otherwise the repetition keys get their own, interned in form order as before.
        var repeats = terms
        var repeatKeyOfForm = termKeyOfForm
        if !sameKeys {
            repeats = ByteInterner(expectedCount: forms.count, expectedBytes: forms.byteCount)
            repeatKeyOfForm = (0..<forms.count).map { form in
                if var repeated = repeatKeys[form] { return repeated.withUTF8 { repeats.intern($0) } }
                return terms.bytes(termKeyOfForm[form]).withUnsafeBufferPointer { repeats.intern($0) }
            }
        }
        self.formOfWord = formOfWord
        self.forms = forms
        self.flags = flags
        self.termKeyOfForm = termKeyOfForm
        self.terms = terms
        self.repeatKeyOfForm = repeatKeyOfForm
        self.repeats = repeats
        keysAreShared = sameKeys
    }

    /// The text of a term key. Strings are made only on demand: a short article has nearly
    /// as many distinct words as words, and most are never looked at as text.
    func termKey(text id: Int32) -> String {
        terms.string(id)
    }

    /// The text of a repetition key.
    func repeatKey(text id: Int32) -> String {
        repeats.string(id)
    }

    /// The id of a term key (a folded word), if some word of the document has it.
    func termKey(_ text: String) -> Int32? {
        // `withUTF8` reads a native string in place (a small one from the stack): no array is
        // made for each of the few dozen words the checks look up in every article.
        var text = text
        return text.withUTF8 { terms.find($0) }
    }

    /// For each term key, whether it is one of `texts`; costs the size of `texts`, not of the
    /// vocabulary.
    func termKeyMask(_ texts: some Sequence<String>) -> [Bool] {
        var mask = [Bool](repeating: false, count: terms.count)
        for text in texts {
            if let id = termKey(text) { mask[Int(id)] = true }
        }
        return mask
    }

    @inline(__always) func form(ofWord index: Int) -> Int { Int(formOfWord[index]) }
    @inline(__always) func flags(ofWord index: Int) -> Flags { flags[Int(formOfWord[index])] }
    @inline(__always) func termKey(ofWord index: Int) -> Int32 { termKeyOfForm[Int(formOfWord[index])] }

    /// ``flags(of:)`` of an ASCII form, and its bytes lowercased into `key`, in one pass over
    /// its bytes; nil if the form is not ASCII (`key` then holds nothing useful). `classes` is
    /// ``asciiByteClasses``.
    @inline(__always)
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into key: UnsafeMutablePointer<UInt8>, classes: UnsafePointer<UInt8>) -> Flags? {
        guard let first = bytes.first else { return [] }
        // What each byte is, as bits: OR-ed over the form says whether some byte is upper,
        // lower or not ASCII; AND-ed, whether all are capitals or apostrophes, letters or
        // apostrophes. One table load a byte.
        var some: UInt8 = 0
        var all: UInt8 = 0xFF
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            let byteClass = classes[Int(byte)]
            some |= byteClass
            all &= byteClass
            // Lowercased by table (moving the class's upper bit to the lowercase bit, 0x20,
            // took two instructions more a byte).
            key[offset] = classes[asciiLowercaseOffset + Int(byte)]
        }
        if some & ASCIIByteClass.nonASCII != 0 { return nil }
        // The flags depend on seven bits: looked up, not worked out with a branch each (some
        // 12 instructions a form, and mispredicted branches).
        let upperOrLower = ASCIIByteClass.upper | ASCIIByteClass.lower
        let allLetters = ASCIIByteClass.capitalOrApostrophe | ASCIIByteClass.letterOrApostrophe
        let classSummary: UInt8 = some & upperOrLower | (all & allLetters) >> 1 | (classes[Int(first)] & upperOrLower) << 4
        let summary = Int(classSummary) | (bytes.count >= 2 ? 1 << 6 : 0)
        return Flags(rawValue: classes[asciiFlagsOffset + summary])
    }

    /// The flags of an ASCII form from its first byte's class, whether it has two bytes or
    /// more, and its bytes' classes OR-ed (`some`) and AND-ed (`all`), as
    /// ``flags(of:)`` gives them.
    private static func flags(firstClass: UInt8, twoOrMore: Bool, some: UInt8, all: UInt8) -> Flags {
        let hasUpper = some & ASCIIByteClass.upper != 0
        let hasLower = some & ASCIIByteClass.lower != 0
        var flags: Flags = []
        if firstClass & ASCIIByteClass.upper != 0 { flags.formUnion([.asciiCapital, .startsUppercase]) }
        if firstClass & ASCIIByteClass.lower != 0 { flags.insert(.startsLowercase) }
        if twoOrMore && all & ASCIIByteClass.capitalOrApostrophe != 0 { flags.insert(.asciiAllCaps) }
        if all & ASCIIByteClass.letterOrApostrophe != 0 { flags.insert(.asciiLetters) }
        if twoOrMore && hasUpper && !hasLower { flags.insert(.abbreviation) }
        if !hasUpper { flags.insert(.noUppercase) }
        return flags
    }

    private enum ASCIIByteClass {
        static let upper: UInt8 = 1
        static let lower: UInt8 = 2
        static let nonASCII: UInt8 = 4
        static let capitalOrApostrophe: UInt8 = 8
        static let letterOrApostrophe: UInt8 = 16
    }

    /// Each byte's class, then (from ``asciiFlagsOffset``) the flags of each summary of an
    /// ASCII form's classes that ``foldASCII(_:into:classes:)`` looks up, then each byte
    /// lowercased: one table, so that the walk over the forms keeps one register for all.
    static let asciiByteClasses: [UInt8] = {
        let classes = (0...255).map { byte -> UInt8 in
            switch byte {
            case 0x41...0x5A: ASCIIByteClass.upper | ASCIIByteClass.capitalOrApostrophe | ASCIIByteClass.letterOrApostrophe
            case 0x61...0x7A: ASCIIByteClass.lower | ASCIIByteClass.letterOrApostrophe
            case 0x27: ASCIIByteClass.capitalOrApostrophe | ASCIIByteClass.letterOrApostrophe
            case 0x80...: ASCIIByteClass.nonASCII
            default: 0
            }
        }
        let flagsBySummary = (0..<128).map { (summary: Int) -> UInt8 in
            let firstClass = UInt8(truncatingIfNeeded: summary >> 4) & 3
            let some = UInt8(truncatingIfNeeded: summary) & 3
            let all = (UInt8(truncatingIfNeeded: summary) & 0b1100) << 1
            return flags(firstClass: firstClass, twoOrMore: summary >= 1 << 6, some: some, all: all).rawValue
        }
        let lowercase = (0...255).map { byte in UInt8(byte) | (classes[byte] & ASCIIByteClass.upper) << 5 }
        return classes + flagsBySummary + lowercase
    }()

    /// Where the flags start in ``asciiByteClasses``.
    private static let asciiFlagsOffset = 256
    /// Where each byte lowercased (ASCII capitals; any other byte as it is) starts in
    /// ``asciiByteClasses``.
    private static let asciiLowercaseOffset = 256 + 128

    static func flags(of bytes: ArraySlice<UInt8>) -> Flags {
        var flags: Flags = []
        guard let first = bytes.first else { return flags }
        if first >= 0x41 && first <= 0x5A { flags.insert(.asciiCapital) }
        if bytes.count >= 2 && bytes.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x27 }) { flags.insert(.asciiAllCaps) }
        if bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x27 }) { flags.insert(.asciiLetters) }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the same answers from the bytes, without Unicode properties.
            let isUpper = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A }
            let isLower = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
            if isUpper(first) { flags.insert(.startsUppercase) }
            if isLower(first) { flags.insert(.startsLowercase) }
            if bytes.count >= 2 && bytes.contains(where: { isUpper($0) || isLower($0) }) && !bytes.contains(where: isLower) { flags.insert(.abbreviation) }
            if !bytes.contains(where: isUpper) { flags.insert(.noUppercase) }
            return flags
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.first?.isUppercase == true { flags.insert(.startsUppercase) }
        if text.first?.isLowercase == true { flags.insert(.startsLowercase) }
        if text.count >= 2 && text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase) { flags.insert(.abbreviation) }
        if text.allSatisfy({ !$0.isUppercase }) { flags.insert(.noUppercase) }
        return flags
    }
}

extension Document {
    /// Each word's term key (``WordIndex/termKeyOfForm`` by word), computed once: the term
    /// checks read it, and so do the repetition checks whenever the two keys are shared.
    var termKeyOfWord: [Int32] {
        lazyTermKeyOfWord.value {
            let index = wordIndex
            // Gathered eight words at a time (``UnsafeBufferPointer/lookedUp(in:)``).
            return index.formOfWord.withUnsafeBufferPointer { forms in
                index.termKeyOfForm.withUnsafeBufferPointer { forms.lookedUp(in: $0) }
            }
        }
    }
}
