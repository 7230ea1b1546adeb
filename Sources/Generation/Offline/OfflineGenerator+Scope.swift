import Model
import SQLite
import Validation

extension OfflineGenerator {
    /// Rows of a join beyond which every query of the slot gets scope filters.
    static let largeJoinRows = 150_000

    /// Equality filters with the anchor row's values on the most selective columns of the root and
    /// of the tables joined from parent to child, added while the join has more than
    /// ``largeJoinRows`` rows (joins through a shared dimension multiply rows); empty otherwise.
    /// `keys` (key columns of those tables) are used only after `columns`.
    func scopeFilters(join: JoinTree, columns: [BoundColumn], keys: [BoundColumn], sample: SampleTable, anchor: Int,
                      validator: Validator) -> [Condition] {
        guard !sample.rows.isEmpty, join.nodes.contains(where: { $0.edge != nil && !$0.isParentSide }) else { return [] }
        let multiplying = Set(join.nodes.filter { $0.edge == nil || !$0.isParentSide }.map(\.alias))
        func usable(_ list: [BoundColumn]) -> [BoundColumn] {
            list.filter {
                multiplying.contains($0.alias) && $0.kind != .measure && $0.family != .decimal
                    && sample.value($0, row: anchor) != .null
            }.sorted { sample.distinctCount(of: $0) > sample.distinctCount(of: $1) }
        }
        var candidates = usable(columns) + usable(keys)
        var scope: [Condition] = []
        while isLarge(join: join, filters: scope, validator: validator), !candidates.isEmpty {
            let column = candidates.removeFirst()
            let value = sample.value(column, row: anchor)
            let literal = ValueText.sql(value, for: column)
            let english = ValueText.english(value, for: column)
            let phrase = column.column.role == .foreignKey ? "\(column.the) has key \(english)" : "\(column.the) is \(english)"
            scope.append(Condition(sql: "\(column.sql) = \(literal)", phrase: phrase))
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
