import Model
import Validation

/// Writes near-miss versions of an SQL text, each with one perturbation of a labelled kind. It works
/// on tokens, not on the generator's internals, so it perturbs SQL from any provider. Candidates
/// are not yet proven: ``NegativeMiner`` executes them.
struct SQLPerturber {
    let outline: QueryOutline
    let schema: Schema
    /// Distinct values of a column other than the given literal (for changed filter values).
    let values: (Table, Column) -> [String]

    init(outline: QueryOutline, schema: Schema, values: @escaping (Table, Column) -> [String]) {
        self.outline = outline
        self.schema = schema
        self.values = values
    }

    var tokens: [SQLToken] { outline.tokens }

    /// Every candidate of `kind`, in text order.
    func candidates(_ kind: NegativeKind) -> [NegativeCandidate] {
        let sqls: [String]
        switch kind {
        case .wrongAggregate: sqls = wrongAggregates()
        case .flippedComparison: sqls = flippedComparisons()
        case .shiftedComparison: sqls = shiftedComparisons()
        case .droppedFilter: sqls = droppedFilters()
        case .changedFilterValue: sqls = changedFilterValues()
        case .wrongColumn: sqls = wrongColumns()
        case .wrongJoinKey: sqls = wrongJoinKeys()
        case .missingGrouping: sqls = missingGroupings()
        case .extraGrouping: sqls = extraGroupings()
        case .wrongOrderDirection: sqls = wrongOrderDirections()
        case .wrongLimit: sqls = wrongLimits()
        }
        var seen: Set<String> = [outline.sql]
        return sqls.filter { seen.insert($0).inserted }.map { NegativeCandidate(kind: kind, sql: $0) }
    }

    /// The SQL with tokens `range` replaced by `text`.
    func replacing(_ range: Range<Int>, with text: String) -> String {
        TextEdit(replacing: outline.textRange(range), with: text).applied(to: outline.sql)
    }

    func replacing(token index: Int, with text: String) -> String {
        replacing(index..<index + 1, with: text)
    }

    /// The SQL without tokens `range` and the white space before them (after them when they follow
    /// an opening parenthesis).
    func removing(_ range: Range<Int>) -> String {
        let text = outline.textRange(range)
        let span: Range<Int>
        if range.lowerBound > 0, tokens[range.lowerBound - 1].text != "(" {
            span = tokens[range.lowerBound - 1].range.upperBound..<text.upperBound
        } else {
            span = text.lowerBound..<(range.upperBound < tokens.count ? tokens[range.upperBound].range.lowerBound : text.upperBound)
        }
        return TextEdit(replacing: span, with: "").applied(to: outline.sql)
    }

    /// Whether token `index` sits in a filter: WHERE, HAVING or a CASE condition.
    func inFilter(_ index: Int) -> Bool {
        switch outline.clauses[index] {
        case .whereClause, .having: return true
        default: return insideCaseCondition(index)
        }
    }

    private func insideCaseCondition(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, outline.depths[cursor] >= outline.depths[index] {
            if outline.depths[cursor] == outline.depths[index] {
                if tokens[cursor].isWord("THEN") || tokens[cursor].isWord("END") || tokens[cursor].isWord("ELSE") { return false }
                if tokens[cursor].isWord("WHEN") { return true }
            }
            cursor -= 1
        }
        return false
    }
}
