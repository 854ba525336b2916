import Glibc

/// Bytes that could not be decoded, and U+FFFD replacement characters already in the text.
public struct InvalidEncodingCheck: Check {
    public static let description = CheckDescription(
        id: "invalid-encoding",
        family: .encoding,
        summary: "Undecodable bytes in the input (shown as U+FFFD), or replacement characters left by an earlier broken conversion.",
        defaultSeverity: .error,
        passing: ["Plain text with “typographic” quotes — and dashes."],
        failing: ["The price was 100 ⟦\u{FFFD}⟧ and rising.", "⟦\u{FFFD}\u{FFFD}⟧ at the start"]
    )

    public init(options: CheckOptions) throws {
        try options.validate(known: [], check: Self.description.id)
    }

    public func check(_ document: Document, context: CheckContext) -> [Hit] {
        let bytes = document.utf8
        var ranges: [Range<Int>] = []
        var offset = 0
        while offset + 2 < bytes.count {
            // U+FFFD is EF BF BD; memchr skips to the next EF lead byte.
            guard let lead = bytes.withUnsafeBufferPointer({ buffer in
                memchr(buffer.baseAddress! + offset, 0xEF, buffer.count - offset).map { UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer($0)) }
            }) else { break }
            offset = lead
            guard offset + 2 < bytes.count else { break }
            guard bytes[offset + 1] == 0xBF, bytes[offset + 2] == 0xBD else {
                offset += 1
                continue
            }
            // Adjacent replacement characters are one finding.
            if let last = ranges.last, last.upperBound == offset {
                ranges[ranges.count - 1] = last.lowerBound..<(offset + 3)
            } else {
                ranges.append(offset..<offset + 3)
            }
            offset += 3
        }
        let decodingDamage = !document.replacements.isEmpty
        return ranges.map { range in
            Hit(range: range, message: decodingDamage
                ? "Undecodable bytes in the \(document.encoding) input, replaced by U+FFFD"
                : "Replacement character U+FFFD: the text was damaged by an earlier conversion")
        }
    }
}
