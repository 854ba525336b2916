/// Which Cyrillic and Greek letters pass for Latin ones, per the UTS #39 skeletons.
struct Lookalikes {
    let services: UnicodeServices

    /// The ASCII letter a scalar is confusable with ("о" -> "o", "С" -> "C"), if any.
    func latinLookalike(of scalar: Unicode.Scalar) -> String? {
        let skeleton = services.spoofChecker.skeleton(String(scalar))
        guard skeleton.unicodeScalars.count == 1, let first = skeleton.unicodeScalars.first,
              first.isASCII, first.properties.isAlphabetic else { return nil }
        // Skeletons fold case (Cyrillic "Н" -> "H" but "о" -> "o"): keep the letter's own case.
        return scalar.properties.isUppercase ? skeleton.uppercased() : skeleton.lowercased()
    }

    /// The all-Latin spelling of a word: when every foreign letter has a Latin look-alike,
    /// each is replaced by it ("Mоscow" -> "Moscow"); otherwise the foreign parts are
    /// transliterated ("Ullрик" -> "Ullrik").
    func latinSpelling(of word: String) -> String {
        let foreign = word.unicodeScalars.filter { [.cyrillic, .greek].contains(UnicodeScript(of: $0)) }
        let allLookalikes = foreign.allSatisfy { latinLookalike(of: $0) != nil }
        var result = ""
        var pending = ""
        func flush() {
            if !pending.isEmpty {
                result += services.russianToLatin(pending)
                pending = ""
            }
        }
        for scalar in word.unicodeScalars {
            let script = UnicodeScript(of: scalar)
            if script == .cyrillic || script == .greek {
                if allLookalikes, let latin = latinLookalike(of: scalar) {
                    result += latin
                } else {
                    pending.unicodeScalars.append(scalar)
                }
            } else {
                flush()
                result.unicodeScalars.append(scalar)
            }
        }
        flush()
        return result
    }
}
