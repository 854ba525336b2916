/// Transliteration variants of one capitalized name within a document ("Nebenzya" and
/// "Nebenzia"). A capitalized word that also occurs in lower case is an ordinary English
/// word, not a name; a group needs one spelling used mid-sentence, where a capital means a name.
///
/// Whether a word is a candidate, its key and its spelling depend only on its form, so the
/// forms are judged once each, the words are walked once for the capitals that stand
/// mid-sentence, and only the occurrences of keys with several spellings are collected.
enum NameVariants {
    /// A capitalized form taken for a name: its transliteration key and its spelling (without
    /// a possessive "'s"), both interned.
    private struct Candidate {
        let key: Int32
        let spelling: Int32
        /// Letters trimmed: 0, or 2 for a possessive "'s". One byte keeps a candidate in 12
        /// bytes, not 24: a table of them, one for every form, is made for each document.
        let trim: UInt8
    }

    /// What is known of a key: its first spelling, whether another one differs, and whether
    /// some occurrence is mid-sentence, where a capital means a name.
    private struct KeyFacts {
        let firstSpelling: Int32
        var named: Bool
        var varied: Bool
    }

    static func hits(_ document: Document, facts: WordFacts, minimumLength: Int, ignored: Set<String>, glossary: Glossary?) -> [Hit] {
        let words = document.words
        let index = facts.index
        // Whether a word is Latin, capitalized or all capitals is a fact of its form (Latin
        // forms are ASCII letters, which always segment as letters): the forms are judged,
        // and the words are walked only for where capitals stand.
        let flags = index.flags
        var lowercaseTerms = [Bool](repeating: false, count: facts.vocabularyCount)
        // Counted on the way, so that the candidates' tables are made once at their size, and
        // listed in order: only a quarter of the forms are looked at again (tested again
        // among all the forms, peer subset: 2 M instructions). Each form is written at the
        // list's end, which only a capitalized one extends: no branch on a form's kind.
        var capitalizedForms = 0
        var capitalized = [Int32](unsafeUninitializedCapacity: flags.count) { _, initialized in initialized = flags.count }
        let termStarts = index.terms.starts
        // Over buffers, with no branch on a form's kind but the lowercase mark: nearly every
        // form of an article is new to it, and this pass is made for each article. (The
        // capitalized forms' terms were measured here too, for room for their keys: the
        // terms' bytes in all are room enough, and this pass is a third shorter; peer subset
        // 222,000 forms.)
        flags.withUnsafeBufferPointer { flags in
            index.termKeyOfForm.withUnsafeBufferPointer { termOfForm in
                lowercaseTerms.withUnsafeMutableBufferPointer { lowercaseTerms in
                    capitalized.withUnsafeMutableBufferPointer { capitalized in
                        for form in 0..<flags.count {
                            let formFlags = flags[form]
                            let letters = formFlags.contains(.asciiLetters)
                            if letters && !formFlags.contains(.asciiCapital) { lowercaseTerms[Int(termOfForm[form])] = true }
                            capitalized[capitalizedForms] = Int32(truncatingIfNeeded: form)
                            capitalizedForms &+= letters && formFlags.contains(.asciiCapital) && !formFlags.contains(.asciiAllCaps) ? 1 : 0
                        }
                    }
                }
            }
        }
        // By form: whether a word written that way is capitalized mid-sentence, where a capital
        // means a name. The capitalized words are found from masks of 64 words' bits
        // (``WordFacts/forEach(having:from:_:)``, here and in the walk for reported words
        // below), and marked without a branch: whether one is mid-sentence is too irregular
        // to predict.
        var midSentence = [UInt8](repeating: 0, count: index.forms.count)
        let initial = WordFacts.Bits.initial.rawValue
        midSentence.withUnsafeMutableBufferPointer { midSentence in
            facts.bits.withUnsafeBufferPointer { bits in
                index.formOfWord.withUnsafeBufferPointer { formOfWord in
                    facts.forEach(having: .capitalized) { position in
                        midSentence[Int(formOfWord[position])] |= bits[position].rawValue & initial == 0 ? 1 : 0
                        return position + 1
                    }
                }
            }
        }
        let isLowercase = { (folded: UnsafeBufferPointer<UInt8>) in index.terms.find(folded).map { lowercaseTerms[Int($0)] } ?? false }
        // Each key is made from a capitalized (ASCII) form's term and is no longer than it:
        // the terms' bytes are room for every key. Interned within that room, a key cost some
        // 90 instructions, not 260 (peer subset).
        let keyRoom = index.terms.byteCount
        var keys = ByteInterner(expectedCount: capitalizedForms, expectedBytes: keyRoom)
        // A spelling is its form (its id is the form's), or a possessive's form without its
        // "'s": the form of that spelling where the document has one, else an id past the
        // forms', interned here. Nearly every candidate is spelled as its form, and is not
        // interned again.
        let formCount = index.forms.count
        var trimmedSpellings = ByteInterner()
        // By key (at most one for each capitalized form): whether some occurrence is
        // mid-sentence, and the spellings seen. Made at its size and written through a buffer:
        // nearly every candidate has a key of its own, and three arrays appended to checked
        // their uniqueness and capacity three times a candidate (this, the buffers of both
        // passes over the forms and the terms' bytes read in place: peer subset 544.3 → 537.2 M
        // instructions).
        var keyFacts = [KeyFacts](repeating: KeyFacts(firstSpelling: 0, named: false, varied: false), count: capitalizedForms)
        var keyCount = 0
        // The candidates in form order, as many as there are capitalized forms at most: a
        // table of them by form is made only for a document with a key that varies (most
        // articles have none, and one made for every form cost some 1,800 instructions an
        // article).
        var found = [(form: Int32, candidate: Candidate)](repeating: (0, Candidate(key: 0, spelling: 0, trim: 0)), count: capitalizedForms)
        var foundCount = 0
        // Room for the longest key: written before it is read, so not cleared.
        var key = [UInt8](unsafeUninitializedCapacity: keyRoom) { _, initialized in initialized = keyRoom }
        let terms = index.terms
        keys.withInserter(room: capitalizedForms, bytes: keyRoom) { keys in
            // The folded words' bytes are read in place, through buffers: slices of the terms'
            // arena cost a retain and a release each.
            terms.arena.withUnsafeBufferPointer { termBytes in
                termStarts.withUnsafeBufferPointer { termStarts in
                    key.withUnsafeMutableBufferPointer { key in
                        keyFacts.withUnsafeMutableBufferPointer { keyFacts in
                            found.withUnsafeMutableBufferPointer { found in
                                for listed in capitalized[..<capitalizedForms] {
                                    let form = Int(listed)
                                    // Latin words are ASCII: the checks below read the folded bytes, and a String is
                                    // made only for a word that passes them.
                                    let term = Int(index.termKeyOfForm[form])
                                    let start = Int(termStarts[term]), end = Int(termStarts[term + 1])
                                    let trim = end - start >= 2 && termBytes[end - 2] == UInt8(ascii: "'") && termBytes[end - 1] == UInt8(ascii: "s") ? 2 : 0
                                    let kept = UnsafeBufferPointer(rebasing: termBytes[start..<end - trim])
                                    guard kept.count >= minimumLength,
                                          !(trim == 0 ? lowercaseTerms[term] : isLowercase(kept)),
                                          ignored.isEmpty || !ignored.contains(String(decoding: kept, as: UTF8.self)) else { continue }
                                    let keyLength = TransliterationKey.key(of: kept, into: key.baseAddress!)
                                    let keyID = keys.intern(UnsafeBufferPointer(rebasing: key[..<keyLength]))
                                    // ASCII: the trimmed "'s" is two bytes.
                                    let spellingID = trim == 0 ? Int32(form) : index.forms.bytes(Int32(form)).dropLast(trim).withUnsafeBufferPointer { spelling in
                                        index.forms.find(spelling) ?? Int32(formCount) + trimmedSpellings.intern(spelling)
                                    }
                                    if Int(keyID) == keyCount {
                                        keyFacts[keyCount] = KeyFacts(firstSpelling: spellingID, named: false, varied: false)
                                        keyCount += 1
                                    } else if keyFacts[Int(keyID)].firstSpelling != spellingID {
                                        keyFacts[Int(keyID)].varied = true
                                    }
                                    if midSentence[form] != 0 { keyFacts[Int(keyID)].named = true }
                                    found[foundCount] = (Int32(form), Candidate(key: keyID, spelling: spellingID, trim: UInt8(trim)))
                                    foundCount += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        guard keyFacts[..<keyCount].contains(where: \.varied) else { return [] }
        let text = { (spelling: Int32) in
            spelling < formCount ? index.forms.string(spelling) : trimmedSpellings.string(spelling - Int32(formCount))
        }
        // By form, one bit: whether its words are reported (a candidate whose key varies and
        // is named). The walk over every word reads this table, which stays in the L1 cache,
        // instead of the candidates.
        var isReported = [UInt64](repeating: 0, count: (index.forms.count + 63) / 64)
        var candidates = [Candidate?](repeating: nil, count: index.forms.count)
        for (form, candidate) in found[..<foundCount] {
            candidates[Int(form)] = candidate
            guard keyFacts[Int(candidate.key)].varied, keyFacts[Int(candidate.key)].named else { continue }
            isReported[Int(form) >> 6] |= 1 << UInt64(form & 63)
        }
        var groups = SpellingGroups<Int32>()
        let reportedBits: WordFacts.Bits = [.capitalized, .latin]
        facts.bits.withUnsafeBufferPointer { bits in
            index.formOfWord.withUnsafeBufferPointer { formOfWord in
                facts.forEach(having: reportedBits) { position in
                    guard !bits[position].contains(.allCaps) else { return position + 1 }
                    let form = Int(formOfWord[position])
                    guard isReported[form >> 6] & (1 << UInt64(form & 63)) != 0, let name = candidates[form] else { return position + 1 }
                    // The word's position, and one more past its end for each letter trimmed:
                    // only the reported words and each key's majority's first are located
                    // (reading every reported word, a cache miss each, was a fifth of this
                    // rule's time on the 100 MB file).
                    groups.add(key: name.key, spelling: name.spelling, range: position..<position + 1 + Int(name.trim))
                    return position + 1
                }
            }
        }
        return groups.hits(keep: { key, found in
            // Spellings that differ only in case are one spelling here; forbidden variants are
            // glossary-forbidden's to report.
            Set(found.map { text($0).lowercased() }).count > 1
                && !found.contains { glossary?.isForbiddenWord(TermKey.fold(text($0))) ?? false }
        }, render: text, locate: { added in
            let word = words[added.lowerBound], trim = added.count - 1
            return trim == 0 ? word.range : word.start..<TermMatcher.end(of: word, trimming: trim, in: document.utf8)
        }, message: { minority, majority, count in
            "“\(minority)” is spelled “\(majority)” elsewhere in this document (\(count) \(count == 1 ? "time" : "times"))"
        })
    }
}
