/// A parsed JSON document that keeps object member order and tells integers from decimals.
///
/// The schema and config loaders walk this tree so that they can report every problem with its
/// JSON path instead of stopping at the first decoding error.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number as written in the source; see ``intValue`` and ``doubleValue``.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in source order. Duplicate keys are kept so that loaders can report them.
    case object([JSONMember])

    /// The value as an `Int` when it is a number without fraction or exponent.
    public var intValue: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }

    /// The value as a `Double` when it is any number.
    public var doubleValue: Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text)
    }

    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    public var boolValue: Bool? {
        guard case .bool(let flag) = self else { return nil }
        return flag
    }

    public var arrayValue: [JSONValue]? {
        guard case .array(let items) = self else { return nil }
        return items
    }

    public var objectMembers: [JSONMember]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The last member named `key` of an object (JSON's usual reading of duplicates).
    public subscript(key: String) -> JSONValue? {
        objectMembers?.last(where: { $0.key == key })?.value
    }

    /// A short name of the value's kind for error messages ("a string", "an object", ...).
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let text): return Int(text) != nil ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
