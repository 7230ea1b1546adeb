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

    /// An order that decides the answer sorted the other way: the first ORDER BY item of the outer
    /// query when it keeps its first rows (LIMIT), and the first ORDER BY item of each window
    /// (`OVER (... ORDER BY ...)`: ranks, running totals). An outer ORDER BY without LIMIT only
    /// presents the rows: flipping it returns the same rows, which is no negative.
    func wrongOrderDirections() -> [String] {
        var out: [String] = []
        for range in outline.clauseRanges(.orderBy) where range.count >= 3 {
            let decides = outline.depths[range.lowerBound] == 0 ? outline.keepsFirstRows : orderedWindow(range.lowerBound)
            guard decides else { continue }
            let items = outline.split(range.lowerBound + 2..<range.upperBound) { tokens[$0].text == "," }
            guard let first = items.first, let flip = flippedDirection(of: first) else { continue }
            out.append(flip)
        }
        return out
    }

    /// Whether the ORDER BY at `index` orders a window: its parenthesis follows OVER.
    private func orderedWindow(_ index: Int) -> Bool {
        let depth = outline.depths[index]
        var cursor = index - 1
        while cursor >= 0, outline.depths[cursor] >= depth { cursor -= 1 }
        return cursor >= 1 && tokens[cursor].text == "(" && tokens[cursor - 1].isWord("OVER")
    }

    /// The SQL with the ORDER BY item `item` sorted the other way (a window frame or NULLS after
    /// it kept in place).
    private func flippedDirection(of item: Range<Int>) -> String? {
        let depth = outline.depths[item.lowerBound]
        let end = item.first { outline.depths[$0] == depth && ["ROWS", "RANGE", "GROUPS", "NULLS"].contains(tokens[$0].upper) } ?? item.upperBound
        guard end > item.lowerBound else { return nil }
        let last = end - 1
        if tokens[last].isWord("DESC") { return replacing(token: last, with: "ASC") }
        if tokens[last].isWord("ASC") { return replacing(token: last, with: "DESC") }
        return replacing(token: last, with: tokens[last].text + " DESC")
    }
}
