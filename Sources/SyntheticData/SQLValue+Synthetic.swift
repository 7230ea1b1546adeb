import SQLite

/// Shorthands for building and reading values in the generator and its profiles.
extension SQLValue {
    /// An integer value.
    static func int(_ value: Int) -> SQLValue { .integer(Int64(value)) }

    /// A decimal amount given in hundredths, e.g. `.cents(1234)` is 12.34.
    static func cents(_ value: Int) -> SQLValue { .real(Double(value) / 100) }

    /// The value as an integer when it is numeric.
    var integerValue: Int? {
        switch self {
        case .integer(let number): return Int(number)
        case .real(let number) where number.isFinite && abs(number) < 9e18: return Int(number)
        default: return nil
        }
    }

    /// The numeric value in hundredths, rounded.
    var centsValue: Int? {
        switch self {
        case .integer(let number) where number > -Int64.max / 100 && number < Int64.max / 100: return Int(number) * 100
        case .real(let number) where number.isFinite && abs(number) < 9e16: return Int((number * 100).rounded())
        default: return nil
        }
    }

    /// Whether the value is NULL.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The text of a text value.
    var textValue: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
