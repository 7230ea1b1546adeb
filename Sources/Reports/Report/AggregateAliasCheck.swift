import Validation

/// Aliases that contradict their aggregate (`AVG(...) AS total`, `COUNT(...) AS average_2`,
/// `SUM(...) AS average`), read from the SQL's tokens: a result column that is one aggregate call
/// (`F(...)`, right after SELECT, DISTINCT or a comma, and followed by `AS alias` or the alias) whose
/// alias names an aggregate the call is not.
enum AggregateAliasCheck {
    /// Alias words and the aggregates each allows.
    static let claims: [(words: Set<String>, allowed: Set<String>)] = [
        (["average", "avg", "mean"], ["AVG"]),
        (["total", "sum"], ["SUM", "TOTAL", "COUNT"]),
        (["count", "number", "num"], ["COUNT", "SUM", "TOTAL"]),
        (["min", "minimum", "lowest", "smallest"], ["MIN"]),
        (["max", "maximum", "highest", "largest", "peak"], ["MAX"]),
    ]
    static let aggregates: Set<String> = ["SUM", "AVG", "COUNT", "MIN", "MAX", "TOTAL"]

    /// `F AS alias` for every contradicting result column, in text order.
    static func contradictions(in sql: String) -> [String] {
        let tokens = SQLLexer.tokens(in: sql)
        var out: [String] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && aggregates.contains(token.upper) {
            guard index > 0, index + 1 < tokens.count, tokens[index + 1].text == "(",
                  ["SELECT", "DISTINCT", ","].contains(tokens[index - 1].upper) else { continue }
            var depth = 0, close = index + 1
            while close < tokens.count {
                if tokens[close].text == "(" { depth += 1 }
                if tokens[close].text == ")" { depth -= 1; if depth == 0 { break } }
                close += 1
            }
            var aliasIndex = close + 1
            if aliasIndex < tokens.count, tokens[aliasIndex].isWord("AS") { aliasIndex += 1 }
            guard aliasIndex < tokens.count, tokens[aliasIndex].kind == .word || tokens[aliasIndex].kind == .quotedIdentifier,
                  !["FROM", "OVER", "FILTER"].contains(tokens[aliasIndex].upper) else { continue }
            var alias = tokens[aliasIndex].text
            if tokens[aliasIndex].kind == .quotedIdentifier { alias = String(alias.dropFirst().dropLast()) }
            let words = Set(NameParts.words(alias).map { String($0.filter(\.isLetter)) })
            let allowed = claims.filter { !$0.words.isDisjoint(with: words) }.map(\.allowed)
            if !allowed.isEmpty, !allowed.contains(where: { $0.contains(token.upper) }) { out.append("\(token.upper) AS \(alias)") }
        }
        return out
    }
}
