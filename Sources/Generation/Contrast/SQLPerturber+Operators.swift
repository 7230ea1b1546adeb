import Model

extension SQLPerturber {
    static let aggregateSwaps = ["SUM": "AVG", "AVG": "SUM", "MIN": "MAX", "MAX": "MIN", "TOTAL": "AVG"]

    /// SUM↔AVG, MIN↔MAX, and COUNT(DISTINCT x) → COUNT(x).
    func wrongAggregates() -> [String] {
        var out: [String] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && index + 1 < tokens.count && tokens[index + 1].text == "(" {
            if let swap = Self.aggregateSwaps[token.upper] {
                out.append(replacing(token: index, with: swap))
            } else if token.upper == "COUNT", index + 2 < tokens.count, tokens[index + 2].isWord("DISTINCT") {
                out.append(removing(index + 2..<index + 3))
            }
        }
        return out
    }

    static let flips = ["<": ">=", ">": "<=", "<=": ">", ">=": "<", "=": "<>", "==": "<>", "<>": "=", "!=": "="]
    static let shifts = ["<": "<=", ">": ">=", "<=": "<", ">=": ">"]

    /// A comparison turned into its opposite; BETWEEN, IN and LIKE negated; IS NULL ↔ IS NOT NULL.
    func flippedComparisons() -> [String] {
        var out: [String] = []
        for (index, token) in tokens.enumerated() where inFilter(index) {
            if token.kind == .symbol, let flip = Self.flips[token.text], !isJoinCondition(index) {
                out.append(replacing(token: index, with: flip))
            } else if token.kind == .word, ["BETWEEN", "IN", "LIKE"].contains(token.upper) {
                if index > 0, tokens[index - 1].isWord("NOT") {
                    out.append(removing(index - 1..<index))
                } else {
                    out.append(replacing(token: index, with: "NOT \(token.text)"))
                }
            } else if token.isWord("IS"), index + 1 < tokens.count {
                if tokens[index + 1].isWord("NOT") {
                    out.append(removing(index + 1..<index + 2))
                } else if tokens[index + 1].isWord("NULL") {
                    out.append(replacing(token: index, with: "IS NOT"))
                }
            }
        }
        return out
    }

    /// A strict comparison made inclusive or the other way round.
    func shiftedComparisons() -> [String] {
        tokens.indices.compactMap { index in
            guard tokens[index].kind == .symbol, inFilter(index), let shift = Self.shifts[tokens[index].text] else { return nil }
            return replacing(token: index, with: shift)
        }
    }

    /// Whether the comparison at `index` compares two columns (a join condition written in WHERE).
    func isJoinCondition(_ index: Int) -> Bool {
        index >= 2 && index + 2 < tokens.count && tokens[index - 2].text == "." && tokens[index + 2].text == "."
            && outline.use(at: index - 1) != nil && outline.use(at: index + 3) != nil
    }

    /// LIMIT n → n/2 or n + 5 (LIMIT 1 → 2).
    func wrongLimits() -> [String] {
        var out: [String] = []
        for range in outline.clauseRanges(.limit) where outline.depths[range.lowerBound] == 0 && range.count >= 2 {
            let index = range.lowerBound + 1
            guard tokens[index].kind == .number, let value = Int(tokens[index].text) else { continue }
            if value >= 2 { out.append(replacing(token: index, with: String(value / 2))) }
            out.append(replacing(token: index, with: String(value + (value >= 2 ? 5 : 1))))
        }
        return out
    }

    /// The first ORDER BY item of the outer query sorted the other way.
    func wrongOrderDirections() -> [String] {
        guard let range = outline.clauseRanges(.orderBy).first(where: { outline.depths[$0.lowerBound] == 0 }),
              range.count >= 3 else { return [] }
        let items = outline.split(range.lowerBound + 2..<range.upperBound) { tokens[$0].text == "," }
        guard let first = items.first, let last = first.last else { return [] }
        if tokens[last].isWord("DESC") { return [replacing(token: last, with: "ASC")] }
        if tokens[last].isWord("ASC") { return [replacing(token: last, with: "DESC")] }
        return [replacing(token: last, with: tokens[last].text + " DESC")]
    }
}
