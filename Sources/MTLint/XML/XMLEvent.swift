/// One step of reading an XML (or HTML) document: an element opening or closing, or text.
public struct XMLEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case start, close, text
    }

    public let kind: Kind
    /// The element's local name (no namespace prefix); empty for text.
    public let name: String
    /// The element's namespace URI, if it has one (XLIFF, TBX v3); nil for text.
    public let namespace: String?
    /// Attributes by qualified name (`xml:lang`, `type`), in document order; empty unless `start`.
    public let attributes: [(name: String, value: String)]
    /// The text, entities resolved; empty unless `text`.
    public let text: String
    /// 1-based line in the input (0 if the parser could not tell).
    public let line: Int

    public init(kind: Kind, name: String = "", namespace: String? = nil, attributes: [(name: String, value: String)] = [], text: String = "", line: Int) {
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.text = text
        self.line = line
    }

    /// The value of the attribute with this qualified name, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    public static func == (lhs: XMLEvent, rhs: XMLEvent) -> Bool {
        lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.namespace == rhs.namespace && lhs.text == rhs.text && lhs.line == rhs.line
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name) && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }
}
