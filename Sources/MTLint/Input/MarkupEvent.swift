import CXML

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

extension MarkupEvent {
    init(_ event: mtl_markup_event) {
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
