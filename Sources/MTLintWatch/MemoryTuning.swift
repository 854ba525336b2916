import CWatchSystem

/// Process-wide memory settings, applied once by the executable at start: one for the daemon,
/// one for a one-shot run.
public enum MemoryTuning {
    /// The daemon's large buffers (rendered reports, the dashboard's index and page: megabytes
    /// each) come and go. With glibc's default, freeing one raises the mmap threshold to its
    /// size, so later ones come from the heaps of the threads' arenas and stay resident; with a
    /// fixed threshold they are returned to the system when freed (peak RSS over a 6,000-file
    /// burst, measured with `daemon-bench.sh`: 43 instead of 72 MB).
    public static func returnLargeBuffersToTheSystem() {
        _ = mtlint_fix_mmap_threshold(128 * 1024)
    }

    /// glibc's largest fixed mapping threshold (half of a thread arena's 64 MB heap).
    public static let largestMappingThreshold = 32 << 20

    /// For `mtlint check`, which exits once its reports are written. glibc maps each block of
    /// 128 KB or more on its own (a threshold it raises only as such blocks are freed) and
    /// returns the heap's free top to the system. A check's working tables are freed when it
    /// ends and the next check allocates its own: new pages from the kernel each time, a fault
    /// and a zeroed page per 4 KB. Kept in the heap instead, blocks below 32 MB reuse freed
    /// room (the 100 MB file: 97,000 → 86,700 faults, 4 % of the run). Larger blocks are still
    /// mapped: the heap could reuse their room only for another such block. Returns whether
    /// glibc took the settings.
    @discardableResult
    public static func keepFreedMemoryForOneRun() -> Bool {
        mtlint_keep_freed_memory(UInt(largestMappingThreshold)) == 1
    }
}
