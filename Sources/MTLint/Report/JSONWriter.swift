/// Writes JSON text straight into bytes, members in the order they are written, so reports
/// read in the contract's order (file, encoding, findings, summary) and are byte-for-byte
/// reproducible. Pretty output indents with two spaces and puts ": " after keys.
///
/// Reports are written as they are walked: building a tree of values first cost as much as
/// writing it, and as much again to free it.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Indentation levels added to every line: for a value written as an element of a
    /// container that is written elsewhere.
    private let baseIndent: Int
    /// Whether the innermost open container has no element yet.
    private var empty = true
    /// Whether a key was just written, so the value follows it on the same line.
    private var afterKey = false

    public init(pretty: Bool, baseIndent: Int = 0) {
        self.pretty = pretty
        self.baseIndent = baseIndent
    }

    /// Room for `count` more bytes, reserved at once: a large report grown by doubling
    /// touched about twice its size in fresh pages.
    public mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// The bytes written, moved out (a large report is not copied to add its last newline).
    public mutating func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        startValue()
        Self.writeString(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        startValue()
        Self.writeString(value, into: &bytes)
    }

    public mutating func int(_ value: Int) {
        startValue()
        Self.writeInt(value, into: &bytes)
    }

    public mutating func null() {
        startValue()
        bytes += "null".utf8
    }

    public mutating func bool(_ value: Bool) {
        startValue()
        bytes += (value ? "true" : "false").utf8
    }

    public mutating func member(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    public mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        if depth > 0 {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            if pretty { newline(indent: depth) }
        }
        empty = false
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !empty && pretty { newline(indent: depth) }
        bytes.append(bracket)
        empty = false
    }

    private mutating func newline(indent: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: (indent + baseIndent) * 2))
    }

    static func writeInt(_ value: Int, into output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// `value` as a JSON string literal, escaped for JSON and for JavaScript (U+2028 and U+2029
    /// end a JavaScript string literal). Runs that need no escape are copied whole.
    static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x00..<0x20, 0x22, 0x5C, 0x7F: break
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): break
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                case 0xE2:
                    output += (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                    index += 2
                default:
                    let hex = String(byte, radix: 16)
                    output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
                index += 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
