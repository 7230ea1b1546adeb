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
        if type.hasPrefix("date") || type.hasPrefix("timestamp") {
            self = .date
        } else if type.hasPrefix("time") {
            self = .time
        } else if type.contains("int") {
            self = .integer
        } else if type.contains("char") || type.contains("clob") || type.contains("text") || type.contains("string") {
            self = .text
        } else if type.contains("dec") || type.contains("numeric") || type.contains("real")
                    || type.contains("floa") || type.contains("doub") || type.contains("money") {
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
