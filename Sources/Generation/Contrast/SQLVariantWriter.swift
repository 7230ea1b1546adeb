import Model
import Validation

/// Equivalent rewrites of an SQL text: BETWEEN spelled as two comparisons, two joins swapped, the
/// query wrapped in a CTE. Candidates only: ``ContrastBuilder`` keeps those whose result equals
/// the positive's.
struct SQLVariantWriter {
    let outline: QueryOutline
    /// Result column names of the positive (the CTE variant selects them by name).
    let columnNames: [String]

    func candidates() -> [(kind: String, sql: String)] {
        var out: [(String, String)] = []
        if let sql = betweenAsComparisons() { out.append(("between_to_comparisons", sql)) }
        if let sql = swappedJoins() { out.append(("join_order", sql)) }
        if let sql = wrappedInCTE() { out.append(("cte", sql)) }
        return out
    }

    private var tokens: [SQLToken] { outline.tokens }

    /// `x BETWEEN a AND b` → `x >= a AND x <= b` for the first BETWEEN over a column.
    func betweenAsComparisons() -> String? {
        for (index, token) in tokens.enumerated() where token.isWord("BETWEEN") && index >= 3 && index + 3 < tokens.count {
            guard !tokens[index - 1].isWord("NOT"), outline.use(at: index - 1) != nil, tokens[index - 2].text == ".",
                  tokens[index + 2].isWord("AND"), tokens[index + 1].kind != .symbol, tokens[index + 3].kind != .symbol,
                  index + 4 >= tokens.count || tokens[index + 4].text != "." && tokens[index + 4].text != "(" else { continue }
            let subject = outline.text(index - 3..<index)
            let low = tokens[index + 1].text, high = tokens[index + 3].text
            let span = tokens[index - 3].range.lowerBound..<tokens[index + 3].range.upperBound
            return TextEdit(replacing: span, with: "\(subject) >= \(low) AND \(subject) <= \(high)").applied(to: outline.sql)
        }
        return nil
    }

    /// The last two JOIN clauses of the outer query swapped, when the last does not join to the
    /// table the other brings in.
    func swappedJoins() -> String? {
        let joins = tokens.indices.filter { tokens[$0].isWord("JOIN") && outline.depths[$0] == 0 }
        guard joins.count >= 2 else { return nil }
        let first = joins[joins.count - 2], second = joins[joins.count - 1]
        guard !["LEFT", "CROSS", "NATURAL", "OUTER"].contains(tokens[first - 1].upper),
              !["LEFT", "CROSS", "NATURAL", "OUTER"].contains(tokens[second - 1].upper) else { return nil }
        var end = second + 1
        while end < tokens.count, outline.depths[end] > 0 || [.from, .on].contains(outline.clauses[end]) { end += 1 }
        let firstClause = first..<second, secondClause = second..<end
        // The alias the first JOIN brings in must not appear in the second JOIN's condition.
        var aliasIndex = first + 2
        if aliasIndex < tokens.count, tokens[aliasIndex].isWord("AS") { aliasIndex += 1 }
        let alias = QueryOutline.unquoted(tokens[aliasIndex]).lowercased()
        if secondClause.contains(where: { tokens[$0].kind != .string && QueryOutline.unquoted(tokens[$0]).lowercased() == alias }) { return nil }
        var edit = TextEdit()
        edit.replace(outline.textRange(firstClause.lowerBound..<secondClause.upperBound),
                     with: outline.text(secondClause) + "\n" + outline.text(firstClause))
        return edit.applied(to: outline.sql)
    }

    /// `WITH base AS (<sql>) SELECT <columns> FROM base`.
    func wrappedInCTE() -> String? {
        guard !columnNames.isEmpty, Set(columnNames.map { $0.lowercased() }).count == columnNames.count,
              !tokens.contains(where: { $0.isWord("WITH") }) else { return nil }
        let sql: SQL = "WITH base AS (\n\(SQL(rendered: outline.sql))\n)\nSELECT \(identifiers: columnNames)\nFROM base"
        return sql.text
    }
}
