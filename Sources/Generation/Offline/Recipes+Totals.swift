import Model

/// Moderate recipes: totals by group, trends over periods, plain totals.
enum TotalRecipes {
    /// `SELECT g, SUM(m) ... GROUP BY g`, the top ten groups when there are many.
    static func totalByGroup(_ context: inout IntentContext) -> IntentQuery? {
        grouped(&context, averaging: false, top: nil)
    }

    /// `SELECT g, AVG(m) ... GROUP BY g`: the same question about averages.
    static func averageByGroup(_ context: inout IntentContext) -> IntentQuery? {
        guard context.targets(.aggregate).contains(where: { $0.useClass == .measure })
            || context.targets(.aggregate).isEmpty else { return nil }
        return grouped(&context, averaging: true, top: nil)
    }

    /// The top 3 or 5 groups by their total: `ORDER BY total DESC LIMIT n`.
    static func topGroups(_ context: inout IntentContext) -> IntentQuery? {
        let count = context.rng.pick([3, 5])
        return grouped(&context, averaging: false, top: count)
    }

    private static func grouped(_ context: inout IntentContext, averaging: Bool, top: Int?) -> IntentQuery? {
        guard var core = GroupedAggregate.build(&context) else { return nil }
        if averaging { core.averages = true }
        return grouped(core, &context, top: top)
    }

    /// The query and question of `core`: its aggregates by its groups, the top `top` groups when
    /// given, else the top ten when there are many; `shape` names it when given.
    static func grouped(_ core: GroupedAggregate, _ context: inout IntentContext, top: Int?, shape named: String? = nil) -> IntentQuery {
        // A top N keeps fewer groups than there are ("top 5 quarters of 2001" keeps them all).
        let groupCount = core.groups.map { context.groupCount(of: $0, under: core.conditions) }.reduce(1, *)
        var top = top
        if let count = top, count >= groupCount { top = 3 < groupCount ? 3 : nil }
        let aliases = core.aggregateSQL.enumerated().map { Phrase.alias(for: $1, $0) }
        var query = QueryText(select: core.groupSQL + zip(core.aggregateSQL, aliases).map { "\($0) AS \($1)" },
                              from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql)
        query.groupBy = core.groupSQL
        let grouping = English.list(core.groups.map(Phrase.grouping))
        var parts = QuestionParts(request: core.request(context.frame), grouping: "by \(grouping)",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        let isTrend = core.groups.count == 1 && [.date, .datePart].contains(core.groups[0].useClass)
        if let top {
            query.orderBy = ["\(aliases[0]) DESC"]
            query.limit = top
            parts = QuestionParts(request: "top \(top) \(English.list(core.groups.map { English.plural(Phrase.grouping($0)) })) by \(core.request(context.frame))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
            return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.top_groups")
        }
        if core.manyGroups && !isTrend {
            query.orderBy = ["\(aliases[0]) DESC"]
            query.limit = 10
            parts.limit = "top 10"
        } else {
            query.orderBy = core.groupSQL
        }
        let shape = named ?? (core.averages ? "moderate.average_by_group" : (isTrend ? "moderate.trend" : "moderate.total_by_group"))
        return IntentQuery(sql: query.sql, parts: parts, shape: shape)
    }

    /// `SELECT SUM(m) ... WHERE filters` without grouping: for slots whose tables have nothing to
    /// group by (the fallback of every level).
    static func total(_ context: inout IntentContext) -> IntentQuery? {
        let measures = context.measures() + context.targets(.count)
        let groups = context.targets(.group) + context.targets(.period)
        var conditions = (context.targets(.filter) + groups + context.targets(.show)).compactMap { context.condition(on: $0) }
        conditions += context.contributions(besides: measures + conditions.map(\.column))
        let core = GroupedAggregate(measures: measures, groups: [], conditions: conditions, manyGroups: false)
        var query = QueryText(select: core.aggregateSQL.enumerated().map { "\($1) AS \(Phrase.alias(for: $1, $0))" }, from: context.frame.fromClause)
        query.filters = conditions.map(\.sql)
        let parts = QuestionParts(request: core.request(context.frame), plural: false,
                                  conditions: Condition.phrases(conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "moderate.total")
    }
}
