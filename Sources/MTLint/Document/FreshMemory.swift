import CWordScan

extension UnsafeMutableBufferPointer {
    /// Has the kernel bring in this buffer's pages, freshly allocated and about to be written
    /// whole, in one call rather than one fault a page as each is first written: the 100 MB
    /// file's tables of a word each (words, forms, term keys, facts: 68,000 of the run's 85,000
    /// faults) are written this way. Buffers under ``freshMemoryPopulateThreshold`` are left alone: an
    /// article's tables are a few pages, and a system call for them would cost more than their
    /// faults. (Where the kernel cannot, nothing changes: the pages fault in as before.)
    func populateForWriting() {
        let bytes = count * MemoryLayout<Element>.stride
        guard bytes >= freshMemoryPopulateThreshold, let start = baseAddress else { return }
        _ = mtl_populate_for_writing(start, bytes)
    }
}

/// The size from which ``UnsafeMutableBufferPointer/populateForWriting()`` asks the kernel.
let freshMemoryPopulateThreshold = 1 << 20
