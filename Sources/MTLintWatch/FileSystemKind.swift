import CWatchSystem

/// Whether inotify can be trusted on a folder's file system: on network and FUSE file
/// systems it sees only this machine's changes, so the daemon polls there instead.
public enum FileSystemKind {
    /// statfs magic numbers of file systems whose changes inotify may not see.
    static let remote: [Int: String] = [
        0x6969: "NFS", 0xFF534D42: "CIFS", 0x517B: "SMB", 0xFE534D42: "SMB2",
        0x65735546: "FUSE", 0x01021997: "9P", 0x00C36400: "Ceph", 0x5346414F: "AFS",
    ]

    /// The remote file system's name, or nil for a local one.
    public static func remoteName(of folder: Directory) -> String? {
        let type = mtlint_filesystem_type(folder.descriptor)
        return type < 0 ? nil : remote[type]
    }
}
