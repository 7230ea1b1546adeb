import Foundation
import Model
import SQLite

/// SQL literals of sampled values, and the same values as a question states them.
enum ValueText {
    /// The SQL literal of `value` for `column`: text quoted with doubled quotes, numbers as numbers.
    static func sql(_ value: SQLValue, for column: FrameColumn) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number):
            return column.family == .text ? quoted(String(number)) : String(number)
        case .real(let number):
            if column.family == .text { return quoted(String(number)) }
            return numeric(number, scale: column.scale)
        case .text(let text):
            if column.family == .integer || column.family == .decimal, let parsed = Double(text) {
                return column.family == .integer && parsed == parsed.rounded() ? String(Int64(parsed)) : numeric(parsed, scale: column.scale)
            }
            return quoted(text)
        case .blob(let bytes):
            return "x'" + bytes.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

    /// A numeric SQL literal with a fixed number of decimals (none for whole numbers).
    static func numeric(_ value: Double, scale: Int) -> String {
        if scale <= 0 || value == value.rounded() && abs(value) < 1e15 {
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return String(format: "%.\(scale)f", value)
    }

    static func quoted(_ text: String) -> String {
        SQL.literal(text).text
    }

    /// The value as typed in a question: text as is, numbers as in the SQL literal (so that every
    /// literal of the SQL appears in the question).
    static func plain(_ value: SQLValue, for column: FrameColumn) -> String {
        switch value {
        case .text(let text):
            if column.family == .integer || column.family == .decimal, Double(text) != nil { return sql(value, for: column) }
            return text
        default:
            return sql(value, for: column)
        }
    }
}
