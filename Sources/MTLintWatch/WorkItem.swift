/// A unit of work: a name seen in the inbox, or a file already claimed into this instance's
/// work folder (left by a crash, adopted, or waiting for a retry).
public enum WorkItem: Hashable, Sendable {
    case inbox(RawName)
    case claimed(RawName)
}
