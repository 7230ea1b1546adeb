import Foundation
import PostgreSQL
import SQLite

/// Whether one SQL gives the same result on SQLite and on a second engine (PostgreSQL): rows
/// compared as multisets, or in order when the statement ends in a top-level `ORDER BY`; numbers
/// (integers, reals, numerics) compared rounded to 4 decimals, booleans as 0/1, text without
/// trailing blanks (`char(n)` padding).
public struct CrossEngineCheck: Sendable, Equatable, Encodable {
    /// What happened on the second engine.
    public enum Outcome: String, Sendable, Encodable {
        /// Same rows.
        case agree
        /// Both ran; the rows differ.
        case differ
        /// The second engine refused or stopped the statement (its message says why).
        case failed
    }

    public var engine: String
    public var outcome: Outcome
    public var message: String?

    public init(engine: String, outcome: Outcome, message: String? = nil) {
        self.engine = engine
        self.outcome = outcome
        self.message = message
    }

    /// Compares SQLite's rows with the second engine's for `sql`.
    public static func compare(sql: String, sqlite: [[SQLValue]], other: [[PostgresValue]], engine: String) -> CrossEngineCheck {
        let left = sqlite.map { $0.map(normalized) }
        let right = other.map { $0.map(normalized) }
        let ordered = endsInOrderBy(sql)
        let same = ordered ? left == right : left.map(line).sorted() == right.map(line).sorted()
        if same { return CrossEngineCheck(engine: engine, outcome: .agree) }
        let detail = left.count != right.count ? "\(left.count) rows in SQLite, \(right.count) in \(engine)"
            : (ordered ? "the same rows in another order or with other values" : "other values")
        return CrossEngineCheck(engine: engine, outcome: .differ, message: detail)
    }

    /// Whether `sql` has an `ORDER BY` outside every parenthesis (the result's order is defined).
    public static func endsInOrderBy(_ sql: String) -> Bool {
        var depth = 0
        let tokens = SQLLexer.tokens(in: sql)
        for (index, token) in tokens.enumerated() {
            if token.kind == .symbol, token.text == "(" { depth += 1 }
            if token.kind == .symbol, token.text == ")" { depth -= 1 }
            if depth == 0, token.isWord("ORDER"), index + 1 < tokens.count, tokens[index + 1].isWord("BY") { return true }
        }
        return false
    }

    private static func line(_ row: [String]) -> String { row.joined(separator: "\u{1F}") }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == 0 ? "0" : String(format: "%.4f", rounded)
    }

    private static func text(_ value: String) -> String {
        var text = value
        while text.last == " " { text.removeLast() }
        return text
    }

    static func normalized(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number): return self.number(Double(number))
        case .real(let number): return self.number(number)
        case .text(let value): return text(value)
        case .blob(let bytes): return bytes.map { String($0, radix: 16) }.joined()
        }
    }

    static func normalized(_ value: PostgresValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number): return self.number(Double(number))
        case .real(let number): return self.number(number)
        case .boolean(let flag): return flag ? self.number(1) : self.number(0)
        case .text(let value): return text(value)
        case .bytes(let bytes): return bytes.map { String($0, radix: 16) }.joined()
        }
    }
}
