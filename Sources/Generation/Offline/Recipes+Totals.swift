import Model

/// Moderate recipes: totals by group, trends over periods, plain totals.
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
            parts.limit = "top 10"
        } else {
            query.orderBy = core.groupSQL
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: isTrend ? "moderate.trend" : "moderate.total_by_group")
    }

    /// `SELECT SUM(m) ... WHERE filters` without grouping: for slots whose tables have nothing to
    /// group by (the fallback of every level).
    static func total(_ context: inout IntentContext) -> IntentQuery? {
        var measures = context.measures()
        measures += context.targets(.count)
        let groups = context.targets(.group) + context.targets(.period)
        var conditions = (context.targets(.filter) + groups + context.targets(.show)).compactMap { Condition.on($0, value: context.value($0)) }
        conditions += context.contributions(besides: measures + conditions.map(\.column))
        let aggregates = measures.isEmpty ? ["COUNT(*)"] : measures.map(Phrase.aggregateSQL)
        var query = QueryText(select: aggregates.enumerated().map { "\($1) AS \(Phrase.alias("total", $0))" }, from: context.frame.fromClause)
        query.filters = conditions.map(\.sql)
        let subject = measures.isEmpty ? "number of \(context.frame.anchorPlural)"
            : "\(English.list(measures.map(Phrase.aggregate))) of \(context.frame.anchorPlural)"
        let parts = QuestionParts(request: subject, plural: false, conditions: conditions.map(\.phrase), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.total")
    }
}
