import Foundation
import Model
import SQLite

/// SQL literals and English renderings of sampled values.
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

    /// The value as a question would say it: quoted text, amounts with their decimals, dates spelled out.
    static func english(_ value: SQLValue, for column: FrameColumn) -> String {
        switch value {
        case .null: return "unknown"
        case .integer(let number):
            if column.family == .text { return "\"\(number)\"" }
            return amount(Double(number), column: column)
        case .real(let number):
            if column.family == .text { return "\"\(number)\"" }
            return amount(number, column: column)
        case .text(let text):
            if let date = spelledDate(text) { return date }
            if column.family == .integer || column.family == .decimal, let parsed = Double(text) {
                return amount(parsed, column: column)
            }
            return "\"\(text)\""
        case .blob:
            return "the given binary value"
        }
    }

    /// A number for the question: grouped thousands for measures, plain for codes and years.
    static func amount(_ value: Double, column: FrameColumn) -> String {
        let scale = column.family == .decimal ? column.scale : 0
        let plain: String
        if scale > 0 {
            plain = String(format: "%.\(scale)f", value)
        } else {
            plain = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        guard column.isMeasure, abs(value) >= 1_000 else { return plain }
        return grouped(plain)
    }

    /// `1234567.50` → `1,234,567.50`.
    static func grouped(_ plain: String) -> String {
        var text = plain
        var sign = ""
        if text.hasPrefix("-") { sign = "-"; text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Array(parts.first.map(String.init) ?? "")
        var out = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return sign + out + (parts.count > 1 ? "." + parts[1] : "")
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    /// `2001-03-04` → `March 4, 2001`; nil for anything else.
    static func spelledDate(_ text: String) -> String? {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count == 10, parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
              let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return "\(months[month - 1]) \(day), \(year)"
    }

    /// The English name of month `number` (1-12), or nil.
    static func monthName(_ number: Int) -> String? {
        (1...12).contains(number) ? months[number - 1] : nil
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
