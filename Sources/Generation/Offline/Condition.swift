import Model
import SQLite

/// A WHERE condition and how the question states it, every literal included.
struct Condition: Sendable {
    let sql: String
    let phrase: String
    let column: FrameColumn

    /// A filter on `column` holding the anchor row's value: equality for categories, names, codes,
    /// date parts and flags, a prefix for free text, a lower bound for amounts, the value's year
    /// for dates (`strftime('%Y', d) = '2001'`); `IS NULL` when the row has no value. Nil when no filter fits the value.
    static func on(_ column: FrameColumn, value: SQLValue) -> Condition? {
        guard value != .null else {
            // The anchor row has no value: the filter keeps the rows without one, so the row stays in.
            return Condition(sql: "\(column.sql) IS NULL", phrase: "no \(column.phrase)", column: column)
        }
        let literal = ValueText.sql(value, for: column)
        let spoken = ValueText.plain(value, for: column)
        switch column.useClass {
        case .measure, .rate:
            return Condition(sql: "\(column.sql) >= \(literal)", phrase: "\(column.phrase) at least \(spoken)", column: column)
        case .date:
            guard case .text(let text) = value, text.count >= 4 else { return nil }
            let year = String(text.prefix(4))
            guard Int(year) != nil else { return nil }
            return Condition(sql: "strftime('%Y', \(column.sql)) = '\(year)'", phrase: "\(column.phrase) in \(year)", column: column)
        case .text:
            guard case .text(let text) = value else { return nil }
            let word = text.split(separator: " ").first.map(String.init) ?? text
            guard !word.isEmpty, !word.contains("%"), !word.contains("_") else { return nil }
            return Condition(sql: "\(column.sql) LIKE \(ValueText.quoted(word + "%"))",
                             phrase: "\(column.phrase) starting with \(word)", column: column)
        case .flag:
            return Condition(sql: "\(column.sql) = \(literal)", phrase: "\(column.phrase) \(spoken)", column: column)
        case .key, .category, .name, .identifier, .datePart:
            return Condition(sql: "\(column.sql) = \(literal)", phrase: "\(column.phrase) \(spoken)", column: column)
        }
    }
}
