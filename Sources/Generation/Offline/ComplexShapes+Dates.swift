import Model
import SQLite

/// Date periods and band edges for the complex shapes.
extension ComplexShapes {
    /// Yearly totals, or monthly totals over the twelve months up to the anchor date.
    static func datePeriods(_ context: inout ShapeContext, date: BoundColumn, anchor: String) -> ShapeOutput? {
        guard let layout = context.aggregateLayout(groups: 0...0, functions: [.sum, .average], maxFilters: 1,
                                                   excluding: [date]) else { return nil }
        let monthly = context.rng.chance(0.5)
        let spelled = ValueText.spelledDate(anchor) ?? anchor
        let period = monthly ? "strftime('%Y-%m', \(date.sql))" : "strftime('%Y', \(date.sql))"
        var query = SelectQuery(select: ["\(period) AS period"] + ShapeKit.aliased(layout.aggregates.map { ($0.sql, $0.name) }),
                                from: context.from)
        var conditions = layout.filters
        if monthly {
            conditions.insert(Condition(sql: "\(date.sql) BETWEEN date('\(anchor)', '-1 year') AND '\(anchor)'",
                                        phrase: "\(date.the) falls within the year up to \(spelled)"), at: 0)
        } else {
            conditions.insert(Condition(sql: "\(date.sql) IS NOT NULL", phrase: "\(date.the) is known"), at: 0)
        }
        query.filters = conditions.map(\.sql)
        query.groupBy = ["period"]
        query.orderBy = ["period"]
        let question = QuestionParts(request: ShapeKit.list(layout.aggregates), plural: true,
                                     grouping: monthly ? "for each month of \(date.the)" : "for each year of \(date.the)",
                                     conditions: conditions.map(\.phrase),
                                     ordering: monthly ? "in month order" : "in year order")
        return ShapeOutput(sql: query.sql, parts: question)
    }

    /// A band edge rounded to the measure's decimals.
    static func bandEdge(_ value: Double, _ measure: BoundColumn) -> (value: Double, sql: String, english: String) {
        let factor = measure.family == .integer ? 1.0 : 100.0
        let rounded = (value * factor).rounded() / factor
        let sqlValue = SQLValue.real(rounded)
        return (rounded, ValueText.sql(sqlValue, for: measure), ValueText.english(sqlValue, for: measure))
    }
}
