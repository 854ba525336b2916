/// A small trie over ASCII bytes with a value on some nodes: what ICU's UCharsTrie answers
/// for the abbreviation filter, where a step either fails or reaches a node that may have a
/// value ("has value") and may go on ("has next"). Node 0 is the root.
struct AbbreviationTrie: Sendable {
    private var values: [Int8] = [-1]
    /// Each node's children as (byte, node) pairs; a handful per node, searched linearly.
    private var children: [[(byte: UInt8, node: Int32)]] = [[]]

    var isEmpty: Bool { children[0].isEmpty }

    /// Adds `key` with `value` (>= 0); returns false if the key is already there (ICU's trie
    /// builder refuses duplicates too).
    mutating func add(_ key: some Sequence<UInt8>, value: Int8) -> Bool {
        var node = 0
        for byte in key {
            if let next = child(of: node, byte) {
                node = next
            } else {
                values.append(-1)
                children.append([])
                children[node].append((byte, Int32(values.count - 1)))
                node = values.count - 1
            }
        }
        guard values[node] < 0 else { return false }
        values[node] = value
        return true
    }

    /// The node reached from `node` by `byte`, or nil (ICU's "no match").
    @inline(__always)
    func child(of node: Int, _ byte: UInt8) -> Int? {
        for entry in children[node] where entry.byte == byte { return Int(entry.node) }
        return nil
    }

    /// The value at `node`, if a key ends there.
    @inline(__always)
    func value(at node: Int) -> Int8? { values[node] >= 0 ? values[node] : nil }

    /// Whether a longer key goes on from `node`.
    @inline(__always)
    func hasNext(_ node: Int) -> Bool { !children[node].isEmpty }
}
