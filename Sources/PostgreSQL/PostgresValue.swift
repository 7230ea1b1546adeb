/// A value read from PostgreSQL, converted by its column type: integer types to ``integer``,
/// `real`, `double precision` and `numeric` to ``real``, `boolean` to ``boolean``, `bytea` to
/// ``bytes``; every other type keeps the server's text form.
public enum PostgresValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case boolean(Bool)
    case text(String)
    case bytes([UInt8])
}

extension PostgresValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .boolean(let value): return value ? "true" : "false"
        case .text(let value): return value
        case .bytes(let bytes): return "\\x" + bytes.map { String($0, radix: 16) }.joined()
        }
    }
}

extension PostgresValue {
    /// Converts the text form of a value of type `oid` (text result format).
    init(text: String, typeOID: UInt32) {
        switch typeOID {
        case PostgresType.int2, PostgresType.int4, PostgresType.int8, PostgresType.oid:
            self = Int64(text).map(PostgresValue.integer) ?? .text(text)
        case PostgresType.float4, PostgresType.float8, PostgresType.numeric:
            self = Double(text).map(PostgresValue.real) ?? .text(text)
        case PostgresType.bool:
            self = .boolean(text == "t")
        case PostgresType.bytea:
            self = PostgresValue.decodeHex(text).map(PostgresValue.bytes) ?? .text(text)
        default:
            self = .text(text)
        }
    }

    private static func decodeHex(_ text: String) -> [UInt8]? {
        guard text.hasPrefix("\\x") else { return nil }
        let digits = Array(text.utf8.dropFirst(2))
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
            index += 2
        }
        return bytes
    }
}

/// The built-in type OIDs the wrapper converts (`pg_type.oid`).
enum PostgresType {
    static let bool: UInt32 = 16
    static let bytea: UInt32 = 17
    static let int8: UInt32 = 20
    static let int2: UInt32 = 21
    static let int4: UInt32 = 23
    static let oid: UInt32 = 26
    static let float4: UInt32 = 700
    static let float8: UInt32 = 701
    static let numeric: UInt32 = 1700
}
