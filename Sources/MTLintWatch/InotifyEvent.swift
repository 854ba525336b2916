/// One event read from an inotify descriptor.
public struct InotifyEvent: Sendable, Equatable {
    public let watch: Int32
    public let mask: UInt32
    /// The name inside the watched folder; nil for events about the folder itself.
    public let name: RawName?

    public init(watch: Int32, mask: UInt32, name: RawName?) {
        self.watch = watch
        self.mask = mask
        self.name = name
    }

    /// Parses a buffer of `struct inotify_event` records. Glibc's Swift import drops the
    /// flexible `name` member, so the name is read by hand at offset 16 (after wd, mask,
    /// cookie, len), `len` bytes padded with NULs.
    public static func parse(_ buffer: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + 16 <= buffer.count {
            let watch = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + 16
            guard nameStart + length <= buffer.count else { break }
            let raw = buffer[nameStart..<nameStart + length].prefix { $0 != 0 }
            events.append(InotifyEvent(watch: watch, mask: mask, name: raw.isEmpty ? nil : RawName(Array(raw))))
            offset = nameStart + length
        }
        return events
    }
}
