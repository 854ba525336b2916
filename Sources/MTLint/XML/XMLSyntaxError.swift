/// Input that is not well-formed XML, with the file and line a user must fix.
public struct XMLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let message: String

    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}
