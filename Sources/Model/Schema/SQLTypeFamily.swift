/// The broad family of a declared SQL type, following SQLite's type-affinity rules with dates split out.
public enum SQLTypeFamily: String, Sendable, Codable {
    case integer
    case decimal
    case text
    case date
    case time
    case other

    /// Classifies a declared type such as `integer`, `decimal(7,2)`, `char(16)` or `date`.
    public init(declaredType: String) {
        let type = declaredType.lowercased()
        let bytes = Array(type.utf8)
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        // An ASCII type (every type in practice) is searched by bytes: Foundation's `contains` showed up in profiles.
        func has(_ word: String) -> Bool {
            guard ascii else { return type.contains(word) }
            let needle = Array(word.utf8)
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        if type.hasPrefix("date") || type.hasPrefix("timestamp") {
            self = .date
        } else if type.hasPrefix("time") {
            self = .time
        } else if has("int") {
            self = .integer
        } else if has("char") || has("clob") || has("text") || has("string") {
            self = .text
        } else if has("dec") || has("numeric") || has("real") || has("floa") || has("doub") || has("money") {
            self = .decimal
        } else {
            self = .other
        }
    }

    /// Whether two families can be joined by an equality without surprising conversions.
    public func isCompatible(with other: SQLTypeFamily) -> Bool {
        if self == other { return true }
        let numeric: Set<SQLTypeFamily> = [.integer, .decimal]
        return numeric.contains(self) && numeric.contains(other)
    }
}
