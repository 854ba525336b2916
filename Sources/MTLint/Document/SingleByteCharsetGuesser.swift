import CICU
import Glibc

/// Chooses among 8-bit charsets by how plausible their reading of the non-ASCII bytes is:
/// Russian letter frequencies and letter case for the Cyrillic charsets, short accented runs
/// inside Latin words for the Western ones. ICU's own detector needs 64-128 bytes of Russian
/// and calls a mostly-English windows-1251 file ISO-8859-1, so it is not used here.
enum SingleByteCharsetGuesser {
    static let candidates = ["windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "windows-1252"]

    /// Per-mille frequencies of letters in Russian text (and the Ukrainian extras).
    private static let frequencies: [Character: Double] = [
        "о": 110, "е": 85, "а": 80, "и": 74, "н": 67, "т": 63, "с": 55, "р": 47, "в": 45,
        "л": 44, "к": 35, "м": 32, "д": 30, "п": 28, "у": 26, "я": 20, "ы": 19, "ь": 17,
        "г": 17, "з": 16, "б": 16, "ч": 14, "й": 12, "х": 10, "ж": 9, "ш": 7, "ю": 6,
        "ц": 5, "щ": 4, "э": 3, "ф": 3, "ъ": 0.4, "ё": 0.4, "і": 8, "ї": 2, "є": 2, "ґ": 0.5,
    ]

    /// The code points of bytes 0x80...0xFF in each candidate charset.
    private static let tables: [[Unicode.Scalar?]] = candidates.map(table(for:))

    static func bestCharset(for bytes: [UInt8]) -> String {
        var best = candidates[0]
        var bestScore = -Double.infinity
        for (index, charset) in candidates.enumerated() {
            let score = self.score(bytes, table: tables[index], cyrillic: charset != "windows-1252")
            if score > bestScore {
                bestScore = score
                best = charset
            }
        }
        return best
    }

    private static func table(for charset: String) -> [Unicode.Scalar?] {
        (0x80...0xFF).map { byte -> Unicode.Scalar? in
            var input = [UInt8(byte)]
            var invalid: Int32 = 0
            var first: Int32 = -1
            let output = input.withBytes { pointer, length in
                icuOutput(initialCapacity: 8) { out, capacity in
                    mtl_convert_to_utf8(charset, pointer, length, out, capacity, &invalid, &first)
                }
            }
            input.removeAll()
            guard invalid == 0, let output else { return nil }
            return String(decoding: output, as: UTF8.self).unicodeScalars.first
        }
    }

    /// Mean log-plausibility of the non-ASCII bytes under one reading.
    private static func score(_ bytes: [UInt8], table: [Unicode.Scalar?], cyrillic: Bool) -> Double {
        var total = 0.0
        var count = 0
        var runLength = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte >= 0x80 else {
                runLength = 0
                continue
            }
            runLength += 1
            count += 1
            let previous = index > 0 ? bytes[index - 1] : 0x20
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            let touchesASCIILetter = isASCIILetter(previous) || isASCIILetter(next)
            guard let scalar = table[Int(byte) - 0x80], scalar.properties.isAlphabetic else {
                total += log(0.1)
                continue
            }
            if cyrillic {
                guard UnicodeScript(of: scalar) == .cyrillic else {
                    total += log(0.1)
                    continue
                }
                let lower = Character(String(scalar).lowercased())
                var plausibility = frequencies[lower] ?? 0.3
                // Russian capitals start words; a capital inside a run of letters is unlikely.
                if scalar.properties.isUppercase && runLength > 1 && isCyrillicUpper(bytes, index - 1, table) == false {
                    plausibility *= 0.05
                }
                if touchesASCIILetter { plausibility *= 0.02 }
                total += log(plausibility + 0.05)
            } else {
                // Western text: one or two accented letters inside an ASCII word.
                let nextIsHigh = next >= 0x80
                total += (touchesASCIILetter && runLength <= 2 && !(runLength == 2 && nextIsHigh)) ? log(20) : log(0.5)
            }
        }
        return count == 0 ? 0 : total / Double(count)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isCyrillicUpper(_ bytes: [UInt8], _ index: Int, _ table: [Unicode.Scalar?]) -> Bool {
        guard index >= 0, bytes[index] >= 0x80, let scalar = table[Int(bytes[index]) - 0x80] else { return false }
        return scalar.properties.isUppercase
    }
}
