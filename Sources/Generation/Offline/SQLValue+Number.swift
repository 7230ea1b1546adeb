import SQLite

extension SQLValue {
    /// The value as a number: an integer or a real, or a text that reads as one; nil otherwise.
    var number: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .real(let number): return number
        case .text(let text): return Double(text)
        default: return nil
        }
    }
}
