/// A file name as the kernel gives it: raw bytes, not necessarily UTF-8. Files are always
/// addressed by these bytes, so a name with invalid UTF-8 or a newline is never stranded;
/// `display` is the escaped form for logs and reports.
public struct RawName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    public static func < (left: RawName, right: RawName) -> Bool {
        left.bytes.lexicographicallyPrecedes(right.bytes)
    }

    /// Printable UTF-8 is kept; control characters, backslashes and bytes that are not UTF-8
    /// become `\n`, `\t`, `\\`, `\xNN`, so a name always fits on one log line.
    public var display: String {
        var result = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                offset += encoded.count
                switch scalar {
                case "\n": result += "\\n"
                case "\t": result += "\\t"
                case "\r": result += "\\r"
                case "\\": result += "\\\\"
                default:
                    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                        result += Self.hex(scalar.value)
                    } else {
                        result.unicodeScalars.append(scalar)
                    }
                }
            case .error(let length):
                for byte in bytes[offset..<offset + length] { result += Self.hex(UInt32(byte)) }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return result
    }

    public var description: String { display }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return value <= 0xFF ? "\\x" + (digits.count == 1 ? "0" + digits : digits) : "\\u{\(digits)}"
    }

    /// Dot-files and the temporary names of writers (`*.tmp`, `*.part`, `*~`) are not inputs.
    public var isIgnored: Bool {
        bytes.first == UInt8(ascii: ".") || bytes.last == UInt8(ascii: "~")
            || hasSuffix(".tmp") || hasSuffix(".part") || bytes.isEmpty
    }

    public func hasSuffix(_ suffix: String) -> Bool {
        let tail = Array(suffix.utf8)
        return bytes.count >= tail.count && Array(bytes.suffix(tail.count)) == tail
    }

    /// The extension after the last dot, lowercased ASCII (empty when there is none).
    public var fileExtension: String {
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: bytes[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// The name with `-N` inserted before the first dot (`a.en.txt` -> `a-2.en.txt`), so a
    /// translation and its `.ru` original keep matching names and the extension survives.
    public func suffixed(_ number: Int) -> RawName {
        let tag = Array("-\(number)".utf8)
        guard let dot = bytes.dropFirst().firstIndex(of: UInt8(ascii: ".")) else { return RawName(bytes + tag) }
        return RawName(Array(bytes[..<dot]) + tag + Array(bytes[dot...]))
    }

    /// The name with `text` appended (`a.txt` + `.json`).
    public func appending(_ text: String) -> RawName {
        RawName(bytes + Array(text.utf8))
    }

    /// Calls `body` with the name as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}
