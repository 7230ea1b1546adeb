import Generation
import Model
import Validation

/// What the report's meaning figures count in one example, re-measured from its SQL text with the
/// structure analysis (``SQLStructure``) and its tokens (docs/report.md, "Meaning figures").
struct ExampleFigures {
    /// A scope reads a fact table.
    var readsFact = false
    /// It reads a fact table and a filter restricts rows to a period (``SchemaFacts/isPeriodColumn(_:)``).
    var factWithPeriod = false
    /// A GROUP BY on a descriptive detail, or on a date reached through a detail date key
    /// (`cc_open_date_sk = d_date_sk` grouped by `d_year`: the opening year).
    var groupsByDetail = false
    /// AVG, SUM or TOTAL of a dimension's numeric attribute in a scope that reads a fact table.
    var aggregatesDimensionAttribute = false
    /// An aggregate of a periodic-snapshot measure.
    var aggregatesSnapshot = false
    /// SUM or TOTAL of a periodic-snapshot measure over more than one snapshot date: its scope
    /// neither groups by the snapshot date nor compares it with `=` to one value.
    var sumsSnapshotOverDates = false
    /// The outer query ranks (ORDER BY and LIMIT) rows whose result columns are only numbers that
    /// measure (aggregates, columns of use class measure or rate): nothing says what is ranked.
    var topNWithoutEntity = false

    init(sql: String, structure: SQLStructure, facts: SchemaFacts) {
        let scopes = structure.scopes
        func scopeReadsFact(_ scope: Int) -> Bool { scopes.indices.contains(scope) && scopes[scope].tables.contains { facts.isFact($0.table) } }
        let uses = structure.columnUses
        readsFact = scopes.contains { $0.tables.contains { facts.isFact($0.table) } }
        factWithPeriod = readsFact && uses.contains { $0.clause == .filter && $0.comparedToLiteral && facts.isPeriodColumn($0.ref) }
        groupsByDetail = uses.contains { use in
            use.clause == .group && (facts.isDetail(use.ref) || Self.joinedThroughDetail(use.instance, scopes: scopes, facts: facts))
        }
        aggregatesDimensionAttribute = uses.contains { use in
            ["AVG", "SUM", "TOTAL"].contains(use.aggregate ?? "") && facts.isDimensionNumber(use.ref) && scopeReadsFact(use.instance.scope)
        }
        let snapshotUses = uses.filter { $0.aggregate != nil && facts.isSnapshotMeasure($0.ref) }
        aggregatesSnapshot = !snapshotUses.isEmpty
        let equal = SQLTokenFacts(sql: sql).columnsEqualToLiteral
        sumsSnapshotOverDates = snapshotUses.contains { use in
            ["SUM", "TOTAL"].contains(use.aggregate ?? "") && !Self.oneDate(use.instance, scopes: scopes, facts: facts, equal: equal)
        }
        if let main = scopes.first, main.orderBy, main.limit != nil, !main.readsStar {
            let shown = main.uses.filter { $0.clause == .select && $0.aggregate == nil }
            topNWithoutEntity = (main.hasAggregate || !shown.isEmpty)
                && shown.allSatisfy { [.measure, .rate].contains(facts.schema.useClass(of: $0.ref)) }
        }
    }

    /// Whether `instance` is joined in its scope by an equality whose other side is a descriptive
    /// detail (a date dimension reached through an opening, closing or record date key).
    static func joinedThroughDetail(_ instance: TableInstance, scopes: [QueryScope], facts: SchemaFacts) -> Bool {
        guard scopes.indices.contains(instance.scope) else { return false }
        return scopes[instance.scope].joins.contains { join in
            (join.left.instance == instance && facts.isDetail(join.right.ref)) || (join.right.instance == instance && facts.isDetail(join.left.ref))
        }
    }

    /// Whether the snapshot `instance`'s rows are restricted to one snapshot date: its scope groups
    /// by its date key or by the key or a date-typed column of the date dimension joined (or
    /// semi-joined) to it, or
    /// one of those columns is compared with `=` to a literal (`equal`: names anywhere in the SQL).
    static func oneDate(_ instance: TableInstance, scopes: [QueryScope], facts: SchemaFacts, equal: Set<String>) -> Bool {
        guard scopes.indices.contains(instance.scope) else { return false }
        let scope = scopes[instance.scope]
        var dates: [(TableInstance, String)] = []
        guard let table = facts.schema.table(named: instance.table) else { return false }
        for key in table.primaryKey where facts.isDateKey(ColumnRef(table: table.name, column: key)) {
            dates.append((instance, key.lowercased()))
            // Its date dimension joined in the scope, or semi-joined from a subquery.
            for join in scope.joins + scopes.flatMap(\.correlations) {
                let sides = [(join.left, join.right), (join.right, join.left)]
                for (own, other) in sides where own.instance == instance && own.ref.column.lowercased() == key.lowercased() {
                    guard let dimension = facts.schema.table(named: other.instance.table) else { continue }
                    for column in dimension.columns where column.typeFamily == .date || dimension.primaryKey.contains(column.name) {
                        dates.append((other.instance, column.name.lowercased()))
                    }
                }
            }
        }
        let grouped = scope.uses.contains { use in
            use.clause == .group && dates.contains { $0.0 == use.instance && $0.1 == use.ref.column.lowercased() }
        }
        return grouped || dates.contains { equal.contains($0.1) }
    }
}
