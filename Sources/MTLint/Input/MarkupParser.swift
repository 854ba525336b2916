import CMarkup

/// One thing libxml2's parser reported, with the input position it had reached.
struct MarkupEvent {
    enum Kind { case start, end, text, rawText }

    let kind: Kind
    /// Element local name (lower case in HTML); empty for text.
    let name: String
    /// Attribute names (qualified) and values, for `start`.
    let attributes: [(name: String, value: String)]
    /// UTF-8 text with entities resolved, for `text` and `rawText`.
    let text: [UInt8]
    /// Input bytes consumed when the event was reported (see `mtl_markup_event`).
    let position: Int

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// Runs libxml2's SAX parser (XML, or forgiving HTML) over decoded UTF-8 text.
enum MarkupParser {
    private final class Sink {
        let visit: (MarkupEvent) -> Void
        init(_ visit: @escaping (MarkupEvent) -> Void) { self.visit = visit }
    }

    /// Calls `visit` for each event in document order. Throws for malformed XML (HTML is
    /// always repaired), naming the file and line.
    static func parse(_ bytes: [UInt8], html: Bool, path: String, visit: (MarkupEvent) -> Void) throws(InputError) {
        var message = [CChar](repeating: 0, count: 512)
        var line: Int32 = 0
        let status = withoutActuallyEscaping(visit) { escapable in
            let sink = Sink(escapable)
            return withExtendedLifetime(sink) {
                bytes.withBytes { pointer, length in
                    mtl_markup_parse(pointer, length, html ? 1 : 0, { context, event in
                        guard let context, let event else { return }
                        Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().visit(MarkupEvent(event.pointee))
                    }, Unmanaged.passUnretained(sink).toOpaque(), &message, Int32(message.count), &line)
                }
            }
        }
        if status != 0 {
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw InputError(path: path, line: line > 0 ? Int(line) : nil, message: "malformed XML: \(text)")
        }
    }
}

extension MarkupEvent {
    fileprivate init(_ event: mtl_markup_event) {
        switch event.kind {
        case Int32(MTL_MARKUP_START): kind = .start
        case Int32(MTL_MARKUP_END): kind = .end
        case Int32(MTL_MARKUP_RAW_TEXT): kind = .rawText
        default: kind = .text
        }
        name = event.name.map { String(cString: $0) } ?? ""
        var attributes: [(name: String, value: String)] = []
        if let list = event.attributes {
            var index = 0
            while let name = list[index] {
                let value = list[index + 1].map { String(cString: $0) } ?? ""
                attributes.append((String(cString: name), value))
                index += 2
            }
        }
        self.attributes = attributes
        if let pointer = event.text, event.length > 0 {
            text = pointer.withMemoryRebound(to: UInt8.self, capacity: Int(event.length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(event.length)))
            }
        } else {
            text = []
        }
        position = Int(event.position)
    }
}
