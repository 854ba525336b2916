/// Why the daemon had to stop (the inbox deleted or unmounted).
public struct WatchFailure: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
