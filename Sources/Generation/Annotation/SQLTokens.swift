import Validation

/// Token helpers for annotation: upper-cased bare words of an SQL text outside strings, quoted
/// identifiers and comments (the validator's scanner), and clause checks on them.
enum SQLTokens {
    static func keywords(in sql: String) -> [String] {
        IdentifierScanner.bareWords(in: sql)
    }

    /// How often `first` is directly followed by `second`.
    static func pairs(_ words: [String], _ first: String, _ second: String) -> Int {
        zip(words, words.dropFirst()).filter { $0 == first && $1 == second }.count
    }

    /// Whether the first GROUP BY lists more than one expression (a comma before the next clause).
    static func groupByHasSeveralColumns(_ sql: String) -> Bool {
        let upper = sql.uppercased()
        guard let start = upper.range(of: "GROUP BY") else { return false }
        let rest = upper[start.upperBound...]
        let end = ["HAVING", "ORDER BY", "LIMIT", ")", "UNION", "INTERSECT", "EXCEPT", "WINDOW"]
            .compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
        var depth = 0
        for character in rest[..<end] {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 } else if character == ",", depth == 0 { return true }
        }
        return false
    }
}
