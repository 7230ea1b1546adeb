import Foundation
import Model

extension SQLPerturber {
    /// The conjuncts of a WHERE (or HAVING) clause: token ranges split at top-level AND, not
    /// counting the AND of a BETWEEN.
    func conjuncts(of range: Range<Int>) -> [Range<Int>] {
        var betweenOpen = false
        let body = range.lowerBound + 1..<range.upperBound
        guard !body.isEmpty else { return [] }
        let depth = outline.depths[body.lowerBound]
        return outline.split(body) { index in
            guard outline.depths[index] == depth else { return false }
            if tokens[index].isWord("BETWEEN") { betweenOpen = true }
            if tokens[index].isWord("AND") {
                if betweenOpen { betweenOpen = false; return false }
                return true
            }
            return false
        }
    }

    /// One WHERE condition left out (the whole WHERE when it has one); a HAVING left out.
    func droppedFilters() -> [String] {
        var out: [String] = []
        for range in outline.clauseRanges(.whereClause) {
            let parts = conjuncts(of: range)
            if parts.count <= 1 {
                out.append(removing(range))
                continue
            }
            for (position, part) in parts.enumerated() {
                // Remove the condition with the AND that joins it to its neighbour.
                let span = position == 0 ? part.lowerBound..<parts[1].lowerBound : parts[position - 1].upperBound..<part.upperBound
                out.append(removing(span))
            }
        }
        for range in outline.clauseRanges(.having) { out.append(removing(range)) }
        return out
    }

    /// A literal of a filter replaced: another value of the compared column for text, a shifted
    /// number for numbers, another year for dates.
    func changedFilterValues() -> [String] {
        var out: [String] = []
        for (index, token) in tokens.enumerated() where inFilter(index) && (token.kind == .string || token.kind == .number) {
            switch token.kind {
            case .string:
                let literal = String(token.text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
                if let column = comparedColumn(before: index) {
                    for value in values(column.table, column.column) where value != literal {
                        out.append(replacing(token: index, with: "'" + value.replacingOccurrences(of: "'", with: "''") + "'"))
                        break
                    }
                } else if let shifted = Self.shiftedDate(literal) {
                    out.append(replacing(token: index, with: "'\(shifted)'"))
                }
            default:
                if let shifted = Self.shiftedNumber(token.text) { out.append(replacing(token: index, with: shifted)) }
            }
        }
        return out
    }

    /// The column compared with the literal at `index` (`alias.column op literal`, or the column
    /// before BETWEEN/IN/LIKE).
    func comparedColumn(before index: Int) -> QueryOutline.ColumnUse? {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 12 {
            if let use = outline.use(at: cursor) { return use }
            if tokens[cursor].isWord("AND") && !tokens[max(0, cursor - 2)].isWord("BETWEEN") && steps > 2 { return nil }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// 2001-03-05 → 2002-03-05.
    static func shiftedDate(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        return "\(year + 1)-\(parts[1])-\(parts[2])"
    }

    /// 100 → 125, 0 → 1, 61.87 → 77.34 (a quarter more, same decimals).
    static func shiftedNumber(_ text: String) -> String? {
        guard let value = Double(text) else { return nil }
        if let whole = Int(text) { return String(whole == 0 ? 1 : whole + max(1, abs(whole) / 4)) }
        let decimals = text.split(separator: ".").last.map(\.count) ?? 2
        let shifted = value == 0 ? 1 : value * 1.25
        return String(format: "%.\(decimals)f", shifted)
    }
}
