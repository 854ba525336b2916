/// Builds an HTML page as UTF-8 bytes. Markup goes in through `raw`, everything that comes
/// from an article, a finding or a file name through `text`, which escapes it, so no input can
/// open an element, close a `<textarea>`, end an attribute or start a script.
struct HTMLBuilder: Sendable {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends trusted markup as is.
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends text escaped for element content and quoted attribute values.
    mutating func text(_ text: some StringProtocol) {
        Self.appendEscaped(text.utf8, to: &bytes)
    }

    /// Appends a slice of an article's UTF-8 text, escaped.
    mutating func text(bytes slice: some Collection<UInt8>) {
        Self.appendEscaped(slice, to: &bytes)
    }

    /// The text escaped for element content and quoted attribute values.
    static func escaped(_ text: some StringProtocol) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        appendEscaped(text.utf8, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func appendEscaped(_ input: some Sequence<UInt8>, to output: inout [UInt8]) {
        for byte in input {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            // NUL and other C0 controls (but tab and line breaks) are not allowed in HTML text.
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: output.append(contentsOf: "\u{FFFD}".utf8)
            default: output.append(byte)
            }
        }
    }
}
