import Model

/// Moderate recipes: totals by group, trends over periods.
enum TotalRecipes {
    /// `SELECT g, SUM(m) ... GROUP BY g`, the top ten groups when there are many.
    static func totalByGroup(_ context: inout IntentContext) -> IntentQuery? {
        guard let core = GroupedAggregate.build(&context) else { return nil }
        let aliases = core.aggregateSQL.indices.map { Phrase.alias("total", $0) }
        var query = QueryText(select: core.groupSQL + zip(core.aggregateSQL, aliases).map { "\($0) AS \($1)" },
                              from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql)
        query.groupBy = core.groupSQL
        let grouping = English.list(core.groups.map(Phrase.grouping))
        var parts = QuestionParts(request: core.request(context.frame), grouping: "by \(grouping)",
                                  conditions: core.conditions.map(\.phrase), connector: "with")
        let isTrend = core.groups.count == 1 && [.date, .datePart].contains(core.groups[0].useClass)
        if core.manyGroups && !isTrend {
            query.orderBy = ["\(aliases[0]) DESC"]
            query.limit = 10
            parts.limit = "top 10 only"
        } else {
            query.orderBy = core.groupSQL
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: isTrend ? "moderate.trend" : "moderate.total_by_group")
    }
}
