import Foundation
import Model
import SQLite

/// Filters built from sampled values, so that the filtered result keeps at least the sampled row.
extension ShapeContext {
    /// `column = value`.
    func equality(_ column: BoundColumn, _ value: SQLValue) -> Condition? {
        guard value != .null else { return nil }
        let literal = ValueText.sql(value, for: column)
        let sql = "\(column.sql) = \(literal)"
        if let clause = column.flagClause, case .text(let flag) = value {
            if flag == "Y" { return Condition(sql: sql, phrase: clause) }
            if flag == "N", let negated = English.negate(clause) { return Condition(sql: sql, phrase: negated) }
        }
        let english = ValueText.english(value, for: column)
        if column.isYear, let suffix = column.roleSuffix, suffix.hasPrefix(" for the ") {
            return Condition(sql: sql, phrase: "the \(suffix.dropFirst(9)) is in \(english)")
        }
        if column.noun.hasPrefix("month of the year"), let number = value.number, let month = ValueText.monthName(Int(number)) {
            return Condition(sql: sql, phrase: "\(column.the) is \(english) (\(month))")
        }
        return Condition(sql: sql, phrase: "\(column.the) is \(english)")
    }

    /// `column >= value` (or `<=` when `atLeast` is false), kept true for the sampled value.
    func bound(_ column: BoundColumn, _ value: SQLValue, atLeast: Bool) -> Condition? {
        guard let rounded = roundedLiteral(column, value, down: atLeast) else { return nil }
        let english = ValueText.english(rounded, for: column)
        if column.family == .date {
            return Condition(sql: "\(column.sql) \(atLeast ? ">=" : "<=") \(ValueText.sql(rounded, for: column))",
                             phrase: "\(column.the) is on or \(atLeast ? "after" : "before") \(english)")
        }
        return Condition(sql: "\(column.sql) \(atLeast ? ">=" : "<=") \(ValueText.sql(rounded, for: column))",
                         phrase: "\(column.the) is at \(atLeast ? "least" : "most") \(english)")
    }

    /// `column BETWEEN low AND high` around the sampled value.
    func between(_ column: BoundColumn, _ value: SQLValue) -> Condition? {
        guard let number = value.number, column.family == .integer || column.family == .decimal else { return nil }
        let spread = max(abs(number) * 0.25, column.family == .integer ? 2 : 1)
        let low = column.family == .integer ? (number - spread).rounded(.down) : ((number - spread) * 100).rounded(.down) / 100
        let high = column.family == .integer ? (number + spread).rounded(.up) : ((number + spread) * 100).rounded(.up) / 100
        let lowValue = SQLValue.real(low), highValue = SQLValue.real(high)
        return Condition(sql: "\(column.sql) BETWEEN \(ValueText.sql(lowValue, for: column)) AND \(ValueText.sql(highValue, for: column))",
                         phrase: "\(column.the) is between \(ValueText.english(lowValue, for: column)) and \(ValueText.english(highValue, for: column))")
    }

    /// `column IN (a, b)` with the anchor's value and another sampled value.
    func inList(_ column: BoundColumn) -> Condition? {
        let first = anchorValue(column)
        guard first != .null, column.family != .decimal else { return nil }
        guard let second = sample.values(of: column).first(where: { $0 != first }) else { return nil }
        let values = [first, second]
        let sql = "\(column.sql) IN (\(values.map { ValueText.sql($0, for: column) }.joined(separator: ", ")))"
        let phrase = "\(column.the) is either " + English.list(values.map { ValueText.english($0, for: column) }, conjunction: "or")
        return Condition(sql: sql, phrase: phrase)
    }

    /// `column LIKE 'Ab%'` with a prefix of the anchor's text.
    func prefix(_ column: BoundColumn) -> Condition? {
        guard column.family == .text, case .text(let text) = anchorValue(column) else { return nil }
        let letters = text.prefix { $0.isLetter || $0.isNumber }
        guard letters.count >= 2 else { return nil }
        let start = String(letters.prefix(letters.count >= 6 ? 3 : 2))
        return Condition(sql: "\(column.sql) LIKE '\(start)%'", phrase: "\(column.the) starts with \"\(start)\"")
    }

    /// The natural filter on `column` from the anchor row: equality for descriptive values, a
    /// bound for amounts and dates. Nil when the anchor's value is NULL.
    mutating func anchorCondition(_ column: BoundColumn) -> Condition? {
        let value = anchorValue(column)
        guard value != .null else { return nil }
        if column.kind == .measure || column.family == .decimal {
            return rng.chance(0.3) ? between(column, value) : bound(column, value, atLeast: rng.chance(0.5))
        }
        if column.family == .date, rng.chance(0.5) {
            return bound(column, value, atLeast: rng.chance(0.5))
        }
        return equality(column, value)
    }

    /// The value rounded to the column's decimals, down for a lower bound and up for an upper one.
    private func roundedLiteral(_ column: BoundColumn, _ value: SQLValue, down: Bool) -> SQLValue? {
        guard value != .null else { return nil }
        guard column.family == .decimal, let number = value.number else { return value }
        let factor = pow(10.0, Double(column.scale))
        let nearest = (number * factor).rounded() / factor
        let scaled = abs(nearest - number) < 1e-9 ? nearest : (number * factor).rounded(down ? .down : .up) / factor
        return .real(scaled)
    }
}

extension SQLValue {
    /// The numeric value of an integer, real or numeric text.
    var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .real(let value): return value
        case .text(let text): return Double(text)
        default: return nil
        }
    }
}
