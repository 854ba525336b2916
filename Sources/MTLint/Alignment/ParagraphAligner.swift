import Glibc

/// Aligns two lists of paragraphs (translation and source) when their counts differ: the
/// length-based dynamic programming of Gale and Church (1993), with beads 1-1, 1-0, 0-1, 2-1,
/// 1-2 and 2-2, plus a bonus for numbers and Latin names the two paragraphs share.
struct ParagraphAligner {
    let target: [String]
    let source: [String]

    /// Each bead's target and source paragraph index ranges, in order, covering both lists.
    func align() -> [(Range<Int>, Range<Int>)] {
        let n = target.count
        let m = source.count
        if n == 0 || m == 0 {
            if n == 0 && m == 0 { return [] }
            return [(0..<n, 0..<m)]
        }
        let targetLengths = target.map { Double($0.unicodeScalars.count) }
        let sourceLengths = source.map { Double($0.unicodeScalars.count) }
        // English runs about 1.05 times the characters of its Russian source (WMT ru-en);
        // long documents refine that with their own ratio.
        let prior = 2000.0
        let ratio = (targetLengths.reduce(0, +) + 1.05 * prior) / (sourceLengths.reduce(0, +) + prior)
        let targetAnchors = target.map(Self.anchors)
        let sourceAnchors = source.map(Self.anchors)
        // (target count, source count, -log prior) as in Gale and Church.
        let beads: [(Int, Int, Double)] = [(1, 1, -log(0.89)), (1, 0, -log(0.0099)), (0, 1, -log(0.0099)),
                                           (2, 1, -log(0.089 / 2)), (1, 2, -log(0.089 / 2)), (2, 2, -log(0.011))]
        let width = m + 1
        var cost = [Double](repeating: .infinity, count: (n + 1) * width)
        var back = [Int](repeating: -1, count: (n + 1) * width)
        cost[0] = 0
        // Only cells near the diagonal: a path strays from it by about the number of added and
        // dropped paragraphs, which the difference in counts bounds in practice.
        let band = 40.0 + 2.0 * Double(abs(n - m))
        let targetPrefix = targetLengths.reduce(into: [0.0]) { $0.append($0.last! + $1) }
        let sourcePrefix = sourceLengths.reduce(into: [0.0]) { $0.append($0.last! + $1) }
        for i in 0...n {
            for j in 0...m where i + j > 0 {
                if abs(Double(i) - Double(j) * Double(n) / Double(m)) > band { continue }
                var best = Double.infinity
                var bestBead = -1
                for (index, bead) in beads.enumerated() where bead.0 <= i && bead.1 <= j {
                    let previous = cost[(i - bead.0) * width + (j - bead.1)]
                    guard previous < .infinity else { continue }
                    let lt = targetPrefix[i] - targetPrefix[i - bead.0]
                    let ls = sourcePrefix[j] - sourcePrefix[j - bead.1]
                    // An added or dropped paragraph costs its prior alone: charging its length too
                    // would make merging it into a neighbour look cheaper than it is.
                    var total = previous + bead.2 + (bead.0 > 0 && bead.1 > 0 ? Self.lengthCost(lt, ls, ratio: ratio) : 0)
                    if bead.0 > 0 && bead.1 > 0 {
                        var shared = 0
                        for t in i - bead.0..<i where !targetAnchors[t].isEmpty {
                            for s in j - bead.1..<j where !sourceAnchors[s].isEmpty {
                                shared += targetAnchors[t].intersection(sourceAnchors[s]).count
                            }
                        }
                        total -= min(Double(shared) * 1.5, 6)
                    }
                    if total < best {
                        best = total
                        bestBead = index
                    }
                }
                cost[i * width + j] = best
                back[i * width + j] = bestBead
            }
        }
        var result: [(Range<Int>, Range<Int>)] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let bead = beads[back[i * width + j]]
            result.append(((i - bead.0)..<i, (j - bead.1)..<j))
            i -= bead.0
            j -= bead.1
        }
        return result.reversed()
    }

    /// -log of the probability that texts of these lengths translate each other.
    private static func lengthCost(_ targetLength: Double, _ sourceLength: Double, ratio: Double) -> Double {
        if targetLength == 0 && sourceLength == 0 { return 0 }
        let mean = (sourceLength + targetLength / ratio) / 2
        let delta = (targetLength - sourceLength * ratio) / (6.8 * max(mean, 1)).squareRoot()
        let probability = max(erfc(abs(delta) / 2.0.squareRoot()), 1e-12)
        return -log(probability)
    }

    /// Numbers and capitalized Latin words: they usually survive translation unchanged.
    private static func anchors(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if current.count >= 2 || current.first?.isNumber == true { insert(current, into: &result) }
                current = ""
            }
        }
        if current.count >= 2 || current.first?.isNumber == true { insert(current, into: &result) }
        return result
    }

    private static func insert(_ token: String, into set: inout Set<String>) {
        if token.first?.isNumber == true || token.first?.isUppercase == true { set.insert(token) }
    }
}
