/// A check's options as configured: exception lists, thresholds. Checks read them with
/// defaults and reject keys they do not know, so a typo in a configuration is an error.
public struct CheckOptions: Sendable, Equatable, ExpressibleByDictionaryLiteral, Codable {
    public enum Value: Sendable, Equatable, Codable {
        case bool(Bool)
        case number(Double)
        case string(String)
        case strings([String])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else {
                self = .strings(try container.decode([String].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .bool(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .strings(let value): try container.encode(value)
            }
        }
    }

    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public init(from decoder: any Decoder) throws {
        values = try [String: Value](from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try values.encode(to: encoder)
    }

    /// Throws if any key is not in `known`.
    public func validate(known: Set<String>, check: String) throws {
        for key in values.keys.sorted() where !known.contains(key) {
            throw CheckOptionError(check: check, key: key, problem: "unknown option (known: \(known.sorted().joined(separator: ", ")))")
        }
    }

    public func number(_ key: String, default value: Double, check: String) throws -> Double {
        switch values[key] {
        case nil: return value
        case .number(let number)?: return number
        default: throw CheckOptionError(check: check, key: key, problem: "expected a number")
        }
    }

    public func bool(_ key: String, default value: Bool, check: String) throws -> Bool {
        switch values[key] {
        case nil: return value
        case .bool(let flag)?: return flag
        default: throw CheckOptionError(check: check, key: key, problem: "expected true or false")
        }
    }

    public func strings(_ key: String, default value: [String], check: String) throws -> [String] {
        switch values[key] {
        case nil: return value
        case .strings(let list)?: return list
        case .string(let single)?: return [single]
        default: throw CheckOptionError(check: check, key: key, problem: "expected a list of strings")
        }
    }
}

/// A configured option a check cannot use.
public struct CheckOptionError: Error, Sendable, CustomStringConvertible {
    public let check: String
    public let key: String
    public let problem: String

    public var description: String { "check '\(check)', option '\(key)': \(problem)" }
}
