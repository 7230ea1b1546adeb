import Model
import SQLite
import Validation

extension OfflineGenerator {
    /// Rows of a join beyond which every query of the slot gets scope filters.
    static let largeJoinRows = 150_000

    /// Equality filters with the anchor row's values on the most selective columns of the root and
    /// of the tables joined from parent to child, added while the join has more than
    /// ``largeJoinRows`` rows (joins through a shared dimension multiply rows); empty otherwise.
    func scopeFilters(join: JoinTree, columns: [BoundColumn], sample: SampleTable, anchor: Int,
                      validator: Validator) -> [Condition] {
        guard !sample.rows.isEmpty, join.nodes.contains(where: { $0.edge != nil && !$0.isParentSide }) else { return [] }
        let multiplying = Set(join.nodes.filter { $0.edge == nil || !$0.isParentSide }.map(\.alias))
        var candidates = columns.filter {
            multiplying.contains($0.alias) && $0.kind != .measure && $0.family != .decimal
                && sample.value($0, row: anchor) != .null
        }
        candidates.sort { sample.distinctCount(of: $0) > sample.distinctCount(of: $1) }
        var scope: [Condition] = []
        while isLarge(join: join, filters: scope, validator: validator), !candidates.isEmpty {
            let column = candidates.removeFirst()
            let value = sample.value(column, row: anchor)
            let literal = ValueText.sql(value, for: column)
            scope.append(Condition(sql: "\(column.sql) = \(literal)",
                                   phrase: "\(column.the) is \(ValueText.english(value, for: column))"))
            if scope.count >= 3 { break }
        }
        return scope
    }

    /// Whether the join (with `filters`) has more than ``largeJoinRows`` rows or cannot be counted
    /// within the validator's budget.
    private func isLarge(join: JoinTree, filters: [Condition], validator: Validator) -> Bool {
        let whereClause = filters.isEmpty ? "" : "\nWHERE " + filters.map(\.sql).joined(separator: " AND ")
        let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM \(join.fromClause)\(whereClause) LIMIT \(Self.largeJoinRows + 1))"
        guard let count = validator.rows(of: sql, limit: 1)?.first?.first?.number else { return true }
        return count > Double(Self.largeJoinRows)
    }
}
