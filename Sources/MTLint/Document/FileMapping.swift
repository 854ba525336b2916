import CFileLease

/// A read-only private mapping of a whole regular file, unmapped when the last reference goes.
///
/// Mapping a large input costs a fraction of reading it: on a 100 MB file with a warm page
/// cache, `mmap` with `MAP_POPULATE` took 11-13 ms against 57-90 ms for read() into a fresh
/// array (25,000 page faults of zero-filled memory, then a 100 MB copy).
///
/// A mapped file that another process truncates takes its pages with it: the next read of one
/// would end this process with SIGBUS. So the mapping is held under a read lease
/// (`mtlint_map_leased`): a process that opens the file for writing or truncates it waits
/// while the mapped bytes are copied into private memory that takes the mapping's place, then
/// goes on; this process reads the copy. Where no lease can be had (the file is open for
/// writing elsewhere, belongs to another user, or lives on a file system without leases)
/// there is no mapping either: the caller reads the file instead.
final class FileMapping: @unchecked Sendable {
    // Unchecked: the mapping is read-only, replaced only by a copy of the same bytes at the
    // same address, and never unmapped while a reference lives.
    let base: UnsafePointer<UInt8>
    let count: Int

    /// Maps `count` bytes (more than zero) of the open file, which must still be that long
    /// under the lease; nil if the system refuses the lease or the mapping.
    init?(descriptor: Int32, count: Int) {
        precondition(count > 0, "an empty file cannot be mapped")
        guard let address = mtlint_map_leased(descriptor, count) else { return nil }
        base = address.assumingMemoryBound(to: UInt8.self)
        self.count = count
    }

    /// Whether the mapping still holds its lease: false once another process asked for the
    /// file and the mapping became a private copy.
    var holdsLease: Bool { mtlint_lease_is_held(base) != 0 }

    deinit {
        mtlint_unmap_leased(base, count)
    }
}
