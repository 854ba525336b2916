/// Numbers written as words, month names and Roman numerals in English and Russian: the
/// values a text mentions without digits.
enum NumberWords {
    static let english: [String: Double] = {
        var table: [String: Double] = [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "hundreds": 100, "thousand": 1e3,
            "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
            "dozen": 12, "half": 0.5, "once": 1, "twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "hundredth": 100,
            "both": 2, "pair": 2, "couple": 2, "quarterfinal": 4, "quarterfinals": 4, "semifinal": 2, "semifinals": 2, "decade": 10, "decades": 10, "century": 100,
        ]
        for (index, month) in ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                               "october", "november", "december"].enumerated() {
            table[month] = Double(index + 1)
            table[String(month.prefix(3))] = Double(index + 1)
        }
        table["sept"] = 9
        return table
    }()

    static let russian: [String: Double] = {
        var table: [String: Double] = [:]
        var forms: [(Double, String)] = [
            (0, "ноль нуля"), (1, "один одна одно одного одной одному одним одном одну одни одних"),
            (2, "два две двух двум двумя двое оба обе обоих дважды"), (3, "три трех трёх трем трём тремя трое трижды"),
            (4, "четыре четырех четырёх четырем четырём четырьмя четверо"), (5, "пять пяти пятью пятеро"),
            (6, "шесть шести шестью шестеро"), (7, "семь семи семью семеро"), (8, "восемь восьми восемью"),
            (9, "девять девяти девятью"), (10, "десять десяти десятью десяток десятка"), (11, "одиннадцать одиннадцати"),
            (12, "двенадцать двенадцати дюжина дюжины"), (13, "тринадцать тринадцати"), (14, "четырнадцать четырнадцати"),
            (15, "пятнадцать пятнадцати"), (16, "шестнадцать шестнадцати"), (17, "семнадцать семнадцати"),
            (18, "восемнадцать восемнадцати"), (19, "девятнадцать девятнадцати"), (20, "двадцать двадцати"),
            (30, "тридцать тридцати"), (40, "сорок сорока"), (50, "пятьдесят пятидесяти"), (60, "шестьдесят шестидесяти"),
            (70, "семьдесят семидесяти"), (80, "восемьдесят восьмидесяти"), (90, "девяносто девяноста"),
            (100, "сто ста сотни сотен"), (200, "двести двухсот"), (300, "триста трехсот трёхсот"), (400, "четыреста четырехсот"),
            (500, "пятьсот пятисот"), (600, "шестьсот шестисот"), (700, "семьсот семисот"), (800, "восемьсот восьмисот"),
            (900, "девятьсот девятисот"), (1e3, "тысяча тысячи тысяч тысячу тысячей тысячам тысячами"),
            (1e6, "миллион миллиона миллионов миллионам миллионами миллионе"),
            (1e9, "миллиард миллиарда миллиардов миллиардам миллиардами миллиарде"),
            (1e12, "триллион триллиона триллионов"), (1.5, "полтора полторы полутора"), (0.5, "половина половины половину пол"),
        ]
        forms.append((24, "сутки суток суткам сутками круглосуточно круглосуточный круглосуточная"))
        // School grades and ratings: "на четверку" is "a 4/5".
        forms += [(2, "двойка двойку двойки двойкой"), (3, "тройка тройку тройки тройкой"),
                  (4, "четверка четвёрка четверку четвёрку четверки четверкой"), (5, "пятерка пятёрка пятерку пятёрку пятерки пятеркой")]
        for (value, words) in forms {
            for word in words.split(separator: " ") { table[String(word)] = value }
        }
        var ordinalStems: [(Double, String)] = [(1, "перв"), (2, "втор"), (3, "трет"), (4, "четверт"), (4, "четвёрт"),
                                                (5, "пят"), (6, "шест"), (7, "седьм"), (8, "восьм"), (9, "девят"), (10, "десят"),
                                                (20, "двадцат"), (30, "тридцат"), (40, "сороков"), (100, "сот")]
        for (index, stem) in ["одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                              "семнадцат", "восемнадцат", "девятнадцат"].enumerated() {
            ordinalStems.append((Double(11 + index), stem))
        }
        let endings = ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми", "ий", "ья", "ье", "ьи",
                       "ьего", "ьей", "ьему", "ьим", "ьем", "ью", "ьих", "ьими"]
        for (value, stem) in ordinalStems {
            for ending in endings where table[stem + ending] == nil { table[stem + ending] = value }
        }
        let months = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
        for (index, stem) in months.enumerated() {
            for ending in ["", "ь", "я", "е", "й", "ю", "а", "ом"] where stem.count > 2 || ["й", "я", "е"].contains(ending) {
                table[stem + ending] = table[stem + ending] ?? Double(index + 1)
            }
        }
        return table
    }()

    /// Russian compounds that start with a number: "двухкомнатная" (2), "трёхместный" (3),
    /// "городах-миллионниках" (a million).
    static let russianPrefixes: [(String, Double)] = [
        ("одно", 1), ("двух", 2), ("трех", 3), ("трёх", 3), ("четырех", 4), ("четырёх", 4), ("пяти", 5), ("шести", 6),
        ("семи", 7), ("восьми", 8), ("девяти", 9), ("десяти", 10), ("миллион", 1e6), ("миллиард", 1e9), ("тысяч", 1e3),
        ("полу", 0.5),
    ]

    /// Scale words that multiply the number before them.
    static let scales: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trln": 1e12,
        "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тысячам": 1e3, "тысячами": 1e3,
        "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллионам": 1e6, "миллионами": 1e6,
        "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "миллиардам": 1e9, "миллиардами": 1e9,
        "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12,
    ]

    /// Whether a word starting at `index` may be one of ``scales`` by its first letter: "t",
    /// "k", "m", "b" or "т", "м" in either case. Other scalars may lowercase to one of those
    /// (the Kelvin sign to "k"): any first byte that is neither ASCII nor Cyrillic says yes.
    static func mayBeScale(_ bytes: TextBytes, at index: Int) -> Bool {
        let first = bytes[index]
        if first < 0x80 { return "tkmbTKMB".utf8.contains(first) }
        guard (first == 0xD0 || first == 0xD1), index + 1 < bytes.count else { return true }
        // т (D1 82), Т (D0 A2), м (D0 BC), М (D0 9C).
        let second = bytes[index + 1]
        return first == 0xD1 ? second == 0x82 : second == 0xA2 || second == 0xBC || second == 0x9C
    }

    /// The value of a Roman numeral of two or more letters (XX, XIV), if the word is one.
    static func roman(_ word: String) -> Double? {
        guard word.count >= 2, word.allSatisfy({ "IVXLCDM".contains($0) }) else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        let digits = word.compactMap { values[$0] }
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && digits[index + 1] > value ? -value : value
        }
        return total > 0 && total < 4000 ? Double(total) : nil
    }
}
