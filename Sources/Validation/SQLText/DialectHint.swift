/// Recognises constructs of other SQL dialects that SQLite rejects, to explain a rejection.
public enum DialectHint {
    private static let rules: [(pattern: [String], hint: String)] = [
        (["interval"], "INTERVAL date arithmetic is not SQLite; use date(x, '+N days')"),
        (["rollup"], "GROUP BY ROLLUP is not supported by SQLite; use UNION ALL of the groupings"),
        (["cube"], "GROUP BY CUBE is not supported by SQLite"),
        (["grouping"], "grouping() is not an SQLite function"),
        (["stddev_samp"], "stddev_samp() is not an SQLite function"),
        (["stddev"], "stddev() is not an SQLite function"),
        (["qualify"], "QUALIFY is not supported by SQLite"),
    ]

    /// A hint when `sql` uses a construct SQLite does not accept, else nil.
    public static func hint(for sql: String) -> String? {
        let words = IdentifierScanner.identifiers(in: sql)
        for rule in rules where rule.pattern.allSatisfy(words.contains) {
            return "dialect: " + rule.hint
        }
        if hasParenthesisedSetOperand(sql) {
            return "dialect: SQLite does not accept parenthesised operands of UNION/INTERSECT/EXCEPT"
        }
        return nil
    }

    private static func hasParenthesisedSetOperand(_ sql: String) -> Bool {
        let flat = sql.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for operatorWord in ["union all", "union", "intersect", "except"] {
            if flat.contains(") \(operatorWord) (") || flat.contains(") \(operatorWord) (select") { return true }
        }
        return false
    }
}
