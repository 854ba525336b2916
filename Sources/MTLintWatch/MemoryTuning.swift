import CWatchSystem

/// Process-wide memory settings for the daemon, applied once by the executable at start.
public enum MemoryTuning {
    /// The daemon's large buffers (rendered reports, the dashboard's index and page: megabytes
    /// each) come and go. With glibc's default, freeing one raises the mmap threshold to its
    /// size, so later ones come from the heaps of the threads' arenas and stay resident; with a
    /// fixed threshold they are returned to the system when freed (peak RSS over a 6,000-file
    /// burst, measured with `daemon-bench.sh`: 43 instead of 72 MB).
    public static func returnLargeBuffersToTheSystem() {
        _ = mtlint_fix_mmap_threshold(128 * 1024)
    }
}
