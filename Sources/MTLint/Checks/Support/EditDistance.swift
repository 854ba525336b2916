/// Levenshtein distance over characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        between(Array(a), Array(b))
    }

    static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in between(a, b) } }
    }

    static func between<Element: Equatable>(_ a: UnsafeBufferPointer<Element>, _ b: UnsafeBufferPointer<Element>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Two rows of the table, on the stack for words: this runs for every pair of words
        // a caption is compared with.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...])
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }

    /// Whether the distance between two skeletons' codes is at most `limit`, without the
    /// whole table: a row's least value never falls in later rows, so the walk stops at the
    /// first row whose cells all exceed the limit. Most pairs of words a caption is compared
    /// with differ within their first few characters; computed whole, their tables were a
    /// quarter of the nearby-translation search.
    static func isWithin(_ limit: Int, _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        // The distance is at least the difference in length, and at most the longer length.
        guard abs(a.count - b.count) <= limit else { return false }
        if a.isEmpty || b.isEmpty { return true }
        // Through pointers, and each cell from the one to its left and the two above it held
        // in registers: with bounds-checked slices a cell took some thirteen instructions.
        let width = b.count, height = a.count
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * (width + 1)) { rows in
            var previous = rows.baseAddress!
            var current = previous + (width + 1)
            let a = a.baseAddress!, b = b.baseAddress!
            for j in 0...width { previous[j] = Int32(truncatingIfNeeded: j) }
            let bound = Int32(truncatingIfNeeded: limit)
            for i in 1...height {
                let code = a[i &- 1]
                var left = Int32(truncatingIfNeeded: i)
                var diagonal = previous[0]
                var least = left
                current[0] = left
                for j in 1...width {
                    let up = previous[j]
                    let cell = Swift.min(Swift.min(up, left) &+ 1, diagonal &+ (code == b[j &- 1] ? 0 : 1))
                    current[j] = cell
                    least = Swift.min(least, cell)
                    left = cell
                    diagonal = up
                }
                if least > bound { return false }
                swap(&previous, &current)
            }
            return previous[width] <= bound
        }
    }
}
