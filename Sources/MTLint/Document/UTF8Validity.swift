import CWordScan

/// Counts valid multi-byte and invalid sequences in bytes that claim to be UTF-8.
struct UTF8Validity {
    var validMultibyteSequences = 0
    var invalidSequences = 0

    init(_ bytes: TextBytes) {
        self.init(ByteScan.forDecoding(bytes))
    }

    /// The counts of a scan for decoding (in C, in the pass that looks for binary controls:
    /// the text was scanned whole once for each, with a call from Swift per non-ASCII byte).
    init(_ scan: mtl_decoding_scan) {
        validMultibyteSequences = scan.valid_multibyte_sequences
        invalidSequences = scan.invalid_sequences
    }

    /// Length of the well-formed UTF-8 sequence at `index` (1-4), or 0 if it is ill-formed.
    static func sequenceLength(_ bytes: TextBytes, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let count = bytes.count
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
