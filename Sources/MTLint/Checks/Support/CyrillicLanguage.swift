/// Tells Russian from other languages written in Cyrillic by the letters each alphabet alone
/// has. Letters decide; statistical language identifiers are unreliable on short captions.
enum CyrillicLanguage: String, Sendable {
    case russian = "Russian"
    case ukrainian = "Ukrainian"
    case belarusian = "Belarusian"
    case serbian = "Serbian"
    case macedonian = "Macedonian"
    case kazakh = "Kazakh"
    case otherCyrillic = "Cyrillic"

    static func identify(_ letters: [Unicode.Scalar]) -> CyrillicLanguage {
        var votes: [CyrillicLanguage: Int] = [:]
        var russianOnly = 0
        for letter in letters {
            // A letter without a one-scalar lowercase matches nothing below, as before.
            switch lowercase(letter) ?? "\u{0}" {
            case "ы", "э", "ё", "ъ": russianOnly += 1
            case "ї", "є", "ґ": votes[.ukrainian, default: 0] += 2
            case "і": votes[.ukrainian, default: 0] += 1
            case "ў": votes[.belarusian, default: 0] += 3
            case "ђ", "ћ", "џ": votes[.serbian, default: 0] += 2
            case "ј", "љ", "њ": votes[.serbian, default: 0] += 1; votes[.macedonian, default: 0] += 1
            case "ѓ", "ќ", "ѕ": votes[.macedonian, default: 0] += 2
            case "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ": votes[.kazakh, default: 0] += 2
            case "а"..."я": continue
            default: votes[.otherCyrillic, default: 0] += 1
            }
        }
        // Belarusian shares і with Ukrainian but has ў; Ukrainian has no ы, э, ё, ъ.
        if votes[.belarusian] != nil, let ukrainian = votes[.ukrainian] {
            votes[.belarusian, default: 0] += ukrainian
            votes[.ukrainian] = nil
        }
        guard let (best, count) = votes.max(by: { $0.value < $1.value }), count > russianOnly else {
            return .russian
        }
        return best
    }

    /// The letter's full lowercase mapping when it is one scalar (every Cyrillic letter's is),
    /// nil otherwise; the basic alphabet without building Strings.
    private static func lowercase(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
        switch letter.value {
        case 0x0410...0x042F: return Unicode.Scalar(letter.value + 0x20)
        case 0x0400...0x040F: return Unicode.Scalar(letter.value + 0x50)
        case 0x0430...0x045F: return letter
        default:
            let mapped = letter.properties.lowercaseMapping.unicodeScalars
            return mapped.count == 1 ? mapped.first : nil
        }
    }
}
