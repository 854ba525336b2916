/// Reading one number written in digits: its groups and separators, the endings and units
/// glued to it, a scale word after it, and what it can mean.
extension NumberReader {
    /// The number starting at `start`: digit groups joined by separators, a suffix, a scale word.
    func number(_ bytes: TextBytes, from start: Int, end: Int) -> (Token?, Int) {
        var groups: [(Int, Int)] = [] // digit group ranges
        var separators: [UInt8] = []  // 0x20 for any space
        var index = start
        while true {
            let groupStart = index
            while index < end, Self.isDigit(bytes[index]) { index += 1 }
            groups.append((groupStart, index))
            guard index < end else { break }
            var (separator, length) = Self.separator(bytes, at: index)
            // "20, 000": a detokenizer's comma and space inside an English number.
            if language == .english, separator == UInt8(ascii: ","), index + 1 < end, bytes[index + 1] == 0x20 {
                (separator, length) = (Self.commaSpace, 2)
            }
            guard let separator, index + length < end, Self.isDigit(bytes[index + length]) else { break }
            if separator == 0x20 || separator == Self.commaSpace {
                // A space separates thousands only before exactly three digits.
                var digits = index + length
                while digits < end, Self.isDigit(bytes[digits]) { digits += 1 }
                guard digits - (index + length) == 3, groups.count == 1 ? groups[0].1 - groups[0].0 <= 3 : separators.last == separator else { break }
            }
            separators.append(separator)
            index += length
        }
        let tokenEnd = index
        // Letters glued to the digits: ordinal and plural endings and units are fine ("5th",
        // "1990s", "10км", "5-й"); a model name such as "5G" or "A320" is not a number.
        var suffixEnd = index
        while suffixEnd < end {
            let (scalar, length) = ScalarScanner.scalar(in: bytes, at: suffixEnd)
            guard scalar.properties.isAlphabetic else { break }
            suffixEnd += length
        }
        let rawSuffix = String(decoding: bytes[index..<suffixEnd], as: UTF8.self)
        let suffix = rawSuffix.lowercased()
        // Most numbers have no letters glued to them: the suffix rules are not worked out
        // then (they cost some 3,000 instructions a number).
        if !suffix.isEmpty {
            // Russian units and the times sign ("10км", "850р", "4х10"); a single other
            // letter makes a model name ("2.1a", "3АА", "5G").
            let lowerCyrillic = suffix.unicodeScalars.allSatisfy { UnicodeScript(of: $0) == .cyrillic && $0.properties.isLowercase }
            let cyrillicUnit = lowerCyrillic && rawSuffix == suffix && (suffix.count >= 2 || "хргмлткс".contains(suffix))
            guard Self.latinSuffixes.contains(rawSuffix) || cyrillicUnit else { return (nil, suffixEnd) }
        }
        let values = groups.map { Double(String(decoding: bytes[$0.0..<$0.1], as: UTF8.self)) ?? 0 }
        var readings = interpretations(values: values, groups: groups, separators: separators)
        if let scale = scale(bytes, after: index, suffix: suffix, end: end) {
            readings = readings.map { $0.count == 1 ? [$0[0] * scale] : $0 } + readings
        }
        // A 12-hour time may be either half of the day: "6:30" can be "18:30".
        if separators == [UInt8(ascii: ":")], let hour = values.first, hour >= 1, hour < 12, digitsIn(groups).last == 2 {
            readings.append([hour + 12, values[1]])
        }
        // "2:00 p.m." is "14.00"; "12:12 a.m." is "00:12".
        if let meridiem = meridiem(bytes, after: suffixEnd, end: end), let hour = values.first, hour <= 12 {
            let shifted = meridiem == "p" ? (hour < 12 ? hour + 12 : hour) : (hour == 12 ? 0 : hour)
            readings.insert([shifted] + values.dropFirst(), at: 0)
        }
        return (Token(range: start..<tokenEnd, readings: readings), suffixEnd)
    }

    /// Ordinal and plural endings, scales, units and currencies written right after digits.
    static let latinSuffixes: Set<String> = [
        "st", "nd", "rd", "th", "s", "k", "m", "bn", "x", "r", "p", "g", "kg", "mg", "km", "cm", "mm", "ml", "l", "t",
        "h", "min", "sec", "mph", "kph", "kw", "w", "v", "hz", "khz", "mhz", "ghz", "mb", "gb", "tb", "kb", "mp", "pm", "am",
    ]

    func digitsIn(_ groups: [(Int, Int)]) -> [Int] {
        groups.map { $0.1 - $0.0 }
    }

    /// "a" or "p" when "a.m."/"p.m." (any case, with or without dots) follows.
    func meridiem(_ bytes: TextBytes, after index: Int, end: Int) -> Character? {
        var position = index
        while position < end, bytes[position] == 0x20 { position += 1 }
        guard position + 1 < end else { return nil }
        let letter = bytes[position] | 0x20
        guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return nil }
        var next = position + 1
        if bytes[next] == UInt8(ascii: ".") { next += 1 }
        guard next < end, bytes[next] | 0x20 == UInt8(ascii: "m") else { return nil }
        let after = next + 1 < end ? bytes[next + 1] : 0x20
        guard !MarkdownInlineScanner.isASCIILetter(after) else { return nil }
        return letter == UInt8(ascii: "a") ? "a" : "p"
    }

    /// "20, 000" as a detokenizer writes an English number; also "On February 7, 757,000".
    static let commaSpace: UInt8 = 0x01

    func interpretations(values: [Double], groups: [(Int, Int)], separators: [UInt8]) -> [[Double]] {
        guard !separators.isEmpty else { return [values] }
        let digitsIn = groups.map { $0.1 - $0.0 }
        var readings: [[Double]] = []
        let decimal: UInt8 = language == .english ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let thousands: Set<UInt8> = language == .english ? [UInt8(ascii: ","), 0x20, Self.commaSpace] : [0x20, UInt8(ascii: ".")]
        // Groups first..<last as one number: thousands separators between groups of three, an
        // optional decimal part.
        func whole(_ first: Int, _ last: Int, decimalSeparator: UInt8, thousandsSeparators: Set<UInt8>) -> Double? {
            var integer = values[first]
            for group in (first + 1)..<max(first + 1, last) {
                let separator = separators[group - 1]
                if thousandsSeparators.contains(separator) && digitsIn[group] == 3 {
                    integer = integer * 1000 + values[group]
                } else if separator == decimalSeparator && group == last - 1 {
                    return integer + values[group] / pow10(digitsIn[group])
                } else {
                    return nil
                }
            }
            return integer
        }
        let count = groups.count
        if let value = whole(0, count, decimalSeparator: decimal, thousandsSeparators: thousands) { readings.append([value]) }
        // The other convention (machine translation often keeps "1,5"; some Russian uses "1.5").
        let otherDecimal: UInt8 = decimal == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
        if let value = whole(0, count, decimalSeparator: otherDecimal, thousandsSeparators: [0x20]) { readings.append([value]) }
        // A comma and a space may also end one number and start the next.
        if separators.contains(Self.commaSpace) {
            var bounds = [0]
            for (position, separator) in separators.enumerated() where separator == Self.commaSpace { bounds.append(position + 1) }
            bounds.append(count)
            let split = zip(bounds, bounds.dropFirst()).map { whole($0, $1, decimalSeparator: decimal, thousandsSeparators: thousands) }
            if split.allSatisfy({ $0 != nil }) { readings.append(split.map { $0! }) }
        }
        // A rating out of 5 or 10 ("4/5") may stand for the grade alone.
        if separators == [UInt8(ascii: "/")], values[1] == 5 || values[1] == 10 { readings.append([values[0]]) }
        // Dates, times, scores and ranges: the parts one by one.
        readings.append(values)
        return readings
    }

    func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// A scale word after the number ("1,5 млрд", "2.5 million", "$3bn").
    func scale(_ bytes: TextBytes, after index: Int, suffix: String, end: Int) -> Double? {
        if !suffix.isEmpty, let scale = NumberWords.scales[suffix] { return scale }
        var position = index
        var spaces = 0
        while position < end, spaces < 2 {
            let (separator, length) = Self.separator(bytes, at: position)
            guard separator == 0x20 else { break }
            position += length
            spaces += 1
        }
        guard spaces == 1 else { return nil }
        var stop = position
        while stop < end {
            let (scalar, length) = ScalarScanner.scalar(in: bytes, at: stop)
            guard scalar.properties.isAlphabetic else { break }
            stop += length
        }
        // Nearly every word after a number is not a scale: its first letter says so without
        // making it a String.
        guard stop > position, NumberWords.mayBeScale(bytes, at: position) else { return nil }
        let word = String(decoding: bytes[position..<stop], as: UTF8.self).lowercased()
        guard word.count >= 2 || word == "k" else { return nil }
        return NumberWords.scales[word]
    }

    /// A separator inside a number at `index` and its byte length: "," "." ":" "/" or a space
    /// (ASCII, no-break, narrow no-break or thin), reported as 0x20.
    static func separator(_ bytes: TextBytes, at index: Int) -> (UInt8?, Int) {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"): return (byte, 1)
        case 0x20: return (0x20, 1)
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return (0x20, 2)
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89):
            return (0x20, 3)
        default: return (nil, 1)
        }
    }

    /// "x" or "х" between digits ("4x400", "105х195"): the second number is not part of a name.
    static func isTimesSign(_ bytes: TextBytes, before index: Int) -> Bool {
        if index >= 2, bytes[index - 1] | 0x20 == UInt8(ascii: "x"), isDigit(bytes[index - 2]) { return true }
        if index >= 3, bytes[index - 2] == 0xD1, bytes[index - 1] == 0x85, isDigit(bytes[index - 3]) { return true }
        if index >= 3, bytes[index - 2] == 0xD0, bytes[index - 1] == 0xA5, isDigit(bytes[index - 3]) { return true }
        return false
    }

    /// A list number ("1. ", "2) ") opening a line: often dropped or renumbered in translation.
    static func isListNumber(_ bytes: TextBytes, _ token: Token, lineStart: Int) -> Bool {
        guard token.readings.first?.count == 1 else { return false }
        var start = token.range.lowerBound
        while start > lineStart, bytes[start - 1] == 0x20 { start -= 1 }
        guard start == lineStart || bytes[start - 1] == 0x0A, token.range.upperBound < bytes.count else { return false }
        return bytes[token.range.upperBound] == UInt8(ascii: ".") || bytes[token.range.upperBound] == UInt8(ascii: ")")
    }
}
