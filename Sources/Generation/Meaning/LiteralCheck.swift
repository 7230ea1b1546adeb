import Foundation
import Validation

/// Whether a question states every value its SQL uses: each string literal (except the format of
/// `strftime`, `date` and the like, the `%` of a LIKE pattern, and a Y/N flag value, which is said
/// in words), each number compared with a
/// column or in an IN list, and each LIMIT count must appear in the question (case-insensitive).
public enum LiteralCheck {
    /// Functions whose first string argument is a format or modifier, not a value.
    static let formatFunctions: Set<String> = ["STRFTIME", "DATE", "TIME", "DATETIME", "JULIANDAY", "PRINTF", "FORMAT"]
    /// Tokens after which a number is a value the question must state.
    static let valueContexts: Set<String> = ["=", "<>", "!=", "<", "<=", ">", ">=", "IN", "BETWEEN", "AND", "LIMIT", "(", ",", "OFFSET"]

    /// The literals of `sql` that must be stated, in text order; the two dates of a date range
    /// (``dateRangeEnd(_:from:)``) as one value `first..last`, stated by both dates or by the whole
    /// year, quarter or month it spans (``unstated(values:question:)``).
    public static func values(in sql: String) -> [String] {
        let tokens = SQLLexer.tokens(in: sql)
        var values: [String] = []
        var rangeEnds: Set<Int> = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .string:
                if index >= 2, tokens[index - 1].text == "(", formatFunctions.contains(tokens[index - 2].upper) { continue }
                if rangeEnds.contains(index) { continue }
                if let end = dateRangeEnd(tokens, from: index) {
                    values.append(String(tokens[index].text.dropFirst().dropLast()) + rangeSeparator + String(tokens[end].text.dropFirst().dropLast()))
                    rangeEnds.insert(end)
                    continue
                }
                var text = String(token.text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
                text = text.trimmingCharacters(in: CharacterSet(charactersIn: "%"))
                // A Y/N flag's value is said in words ("on weekends", "preferred customers").
                if ["Y", "N"].contains(text), index >= 1, ["=", "<>", "!="].contains(tokens[index - 1].text) { continue }
                if !text.isEmpty { values.append(text) }
            case .number:
                guard index > 0, valueContexts.contains(tokens[index - 1].upper) else { continue }
                // A number inside a function's arguments (ROUND(x, 2)) is not a value.
                if tokens[index - 1].text == "," || tokens[index - 1].text == "(" {
                    let opener = tokens[..<index].lastIndex { $0.text == "(" }
                    if let opener, opener > 0, tokens[opener - 1].kind == .word, tokens[opener - 1].upper != "IN" { continue }
                }
                values.append(token.text)
            default:
                continue
            }
        }
        return values
    }

    /// Between the two dates of a range value (``values(in:)``).
    static let rangeSeparator = ".."

    /// The index of the upper date of a date range whose lower date is the string token at
    /// `index`: `BETWEEN 'a' AND 'b'`, or `>= 'a' AND x <= 'b'` on the same column; nil otherwise.
    static func dateRangeEnd(_ tokens: [SQLToken], from index: Int) -> Int? {
        guard index >= 1, index + 2 < tokens.count, isoDate(String(tokens[index].text.dropFirst().dropLast())) != nil,
              tokens[index + 1].upper == "AND" else { return nil }
        let end: Int
        switch tokens[index - 1].text.uppercased() {
        case "BETWEEN":
            end = index + 2
        case ">=":
            // `x >= 'a' AND x <= 'b'`: the column after AND is the one before `>=` (`t1.d_date`).
            var start = index - 2
            guard start >= 0, [.word, .quotedIdentifier].contains(tokens[start].kind) else { return nil }
            while start >= 2, tokens[start - 1].text == ".", [.word, .quotedIdentifier].contains(tokens[start - 2].kind) { start -= 2 }
            let column = tokens[start..<(index - 1)].map(\.text)
            let after = index + 2 + column.count
            guard !column.isEmpty, after + 1 < tokens.count, tokens[(index + 2)..<after].map(\.text) == column,
                  tokens[after].text == "<=" else { return nil }
            end = after + 1
        default:
            return nil
        }
        guard tokens[end].kind == .string, isoDate(String(tokens[end].text.dropFirst().dropLast())) != nil else { return nil }
        return end
    }

    /// The literals of `sql` that `question` does not state.
    public static func unstated(sql: String, question: String) -> [String] {
        unstated(values: values(in: sql), question: question)
    }

    /// The `values` (from ``values(in:)``) that `question` states in none of their written forms
    /// (``forms(of:)``); a number must stand alone (not inside a longer number).
    public static func unstated(values: [String], question: String) -> [String] {
        let lowered = question.lowercased()
        return values.filter { value in
            // A date range is stated by its two dates, or by the year, quarter or month it spans.
            if let range = range(value) {
                return !unstated(values: [range.first, range.last], question: question).isEmpty
                    && !spanForms(first: range.first, last: range.last).contains { stated($0, in: lowered) }
            }
            return !forms(of: value).contains { stated($0, in: lowered) }
        }
    }

}
