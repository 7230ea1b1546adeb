import Model

/// Highly complex recipes: rankings within groups, running totals over periods.
enum RankingRecipes {
    /// The top three of an inner grouping within each outer group, ranked by their total
    /// (a window function in a CTE).
    static func rankingWithinGroups(_ context: inout IntentContext) -> IntentQuery? {
        guard let core = GroupedAggregate.build(&context, groupCount: 2) else { return nil }
        let outer = core.groups[0], inner = core.groups[1]
        let aggregate = core.aggregateSQL[0]
        var ranked = QueryText(select: ["\(Phrase.groupSQL(outer)) AS outer_group", "\(Phrase.groupSQL(inner)) AS inner_group",
                                        "\(aggregate) AS \(Phrase.alias(for: aggregate, 0))",
                                        "RANK() OVER (PARTITION BY \(Phrase.groupSQL(outer)) ORDER BY \(SQLDialect.orderItem(aggregate, descending: true))) AS rnk"] + core.extraSQL,
                               from: context.frame.fromClause)
        ranked.filters = core.conditions.map(\.sql)
        ranked.groupBy = [Phrase.groupSQL(outer), Phrase.groupSQL(inner)]
        let top = 3
        var query = QueryText(select: ["outer_group", "inner_group", Phrase.alias(for: aggregate, 0), "rnk"] + core.extraNames,
                              from: "ranked")
        query.with = [("ranked", ranked.sql)]
        query.filters = ["rnk <= \(top)"]
        query.orderBy = ["outer_group", "rnk"]
        // Two shapes (drawn last, so the question's draws stay): the ranked groups in a CTE, or in a
        // derived table as TPC-DS q67 and q70 write them. The same rows.
        if context.rng.chance(0.5) {
            query.with = []
            query.from = "(\n\(ranked.sql)\n) AS ranked"
        }
        let parts = QuestionParts(request: "top \(top) \(English.plural(Phrase.grouping(inner))) by \(core.firstSubject(context.frame))\(core.extraPhrase(context.frame))",
                                  grouping: "within each \(Phrase.grouping(outer))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "highly_complex.ranking_within_groups")
    }

    /// A total per period with its running total (a window over the grouped periods); planned
    /// groupings other than the period become filters.
    static func runningTotal(_ context: inout IntentContext) -> IntentQuery? {
        guard !context.anchorIsSnapshot else { return nil }
        // Over a fact it runs over the periods of its events, never over an entity's own dates (a
        // call center's opening years); over a dimension's rows, over their own dates (customers
        // by the year of their first purchase).
        let facts = context.frame.anchor.table.kind == .fact
        let periods = (context.targets(.period) + context.targets(.group).filter { $0.useClass == .datePart || $0.useClass == .date }
            + context.helpers([.datePart], minimum: 2).filter { $0.phrase.hasSuffix("year") || $0.phrase.hasSuffix("month") })
            .filter { !facts || context.readsEventCalendar($0) }
        guard let period = periods.first else { return nil }
        let measures = context.measures() + context.targets(.count)
        var conditions = (context.targets(.filter) + context.targets(.group).filter { $0 != period })
            .compactMap { context.condition(on: $0) }
        conditions += context.contributions(besides: measures + [period] + conditions.map(\.column))
        var core = GroupedAggregate(measures: measures, groups: [period], conditions: conditions, manyGroups: false)
        core.summedFirst()
        let key = core.groupSQL[0]
        let aggregate = core.aggregateSQL[0]
        // Two shapes: the running total, or the running share of the whole in percent.
        let share = context.rng.chance(0.5)
        let window = "OVER (ORDER BY \(SQLDialect.orderItem(key)))"
        let running = share ? "\(context.dialect.rounded("100.0 * SUM(\(aggregate)) \(window) / SUM(\(aggregate)) OVER ()", places: 2)) AS cumulative_percent"
            : "SUM(\(aggregate)) \(window) AS running_total"
        var query = QueryText(select: ["\(key) AS period", "\(aggregate) AS total", running] + core.extraSQL,
                              from: context.frame.fromClause)
        query.filters = conditions.map(\.sql)
        query.groupBy = [key]
        query.orderBy = [key]
        let asked = share ? "and the running share of the whole it reaches, in percent" : "and its running total"
        let parts = QuestionParts(request: "\(core.firstSubject(context.frame)) \(asked)\(core.extraPhrase(context.frame))",
                                  grouping: "by \(Phrase.grouping(period))",
                                  conditions: Condition.phrases(conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "highly_complex.running_total")
    }
}
