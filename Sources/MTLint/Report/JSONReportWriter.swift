import FoundationEssentials

/// Writes reports as the contract's JSON: one object per input, or an array of them.
public enum JSONReportWriter {
    public static func encode(_ reports: [Report]) throws -> [UInt8] {
        Array(try encoder.encode(reports)) + [0x0A]
    }

    public static func encode(_ report: Report) throws -> [UInt8] {
        Array(try encoder.encode(report)) + [0x0A]
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
