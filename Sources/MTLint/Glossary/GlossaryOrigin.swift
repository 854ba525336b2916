/// A file and line, for messages that send a user to a glossary entry.
public struct GlossaryOrigin: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { "\(path):\(line)" }
}
