extension String {
    /// `replacing(target, with: replacement)` for NFC text, done on UTF-8 bytes. The generic
    /// `replacing` searches Character by Character and cost microseconds per word where it
    /// ran once per word; most words do not contain `target` at all and are returned as they
    /// are. Byte and Character matches agree on NFC text when `target` is one precomposed
    /// character that no following combining mark extends (the apostrophes, "ё").
    func replacingNFC(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8)
        let pattern = Array(target.utf8)
        guard let first = pattern.first, bytes.contains(first) else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var replaced = false
        while index < bytes.count {
            if bytes[index] == first, index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: replacement.utf8)
                index += pattern.count
                replaced = true
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return replaced ? String(decoding: result, as: UTF8.self) : self
    }
}
