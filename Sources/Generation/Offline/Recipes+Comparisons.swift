import Model
import SQLite

/// Complex recipes: groups above the average, shares of a total, one period against another.
enum ComparisonRecipes {
    /// Groups whose total is above the average total of all groups (a CTE and a scalar subquery).
    static func aboveAverage(_ context: inout IntentContext) -> IntentQuery? {
        guard let core = GroupedAggregate.build(&context) else { return nil }
        let names = core.groups.indices.map { Phrase.alias("grp", $0) }
        let total = Phrase.alias(for: core.aggregateSQL[0], 0)
        var inner = QueryText(select: zip(core.groupSQL, names).map { "\($0) AS \($1)" } + ["\(core.aggregateSQL[0]) AS \(total)"] + core.extraSQL,
                              from: context.frame.fromClause)
        inner.filters = core.conditions.map(\.sql)
        inner.groupBy = core.groupSQL
        var query = QueryText(select: names + [total] + core.extraNames, from: "per_group")
        query.with = [("per_group", inner.sql)]
        query.filters = ["\(total) > (SELECT AVG(\(total)) FROM per_group)"]
        query.orderBy = ["\(total) DESC"]
        // Two shapes (drawn last, so the question's draws stay): the groups' totals in a CTE, or
        // the groups kept by HAVING against the average of the same grouped query as a derived
        // table (TPC-DS q6, q32, q92 compare with an average computed in a subquery). The same
        // groups and columns.
        if context.rng.chance(0.5) {
            query = inner
            query.having = ["\(core.aggregateSQL[0]) > (SELECT AVG(\(total)) FROM (\n\(inner.sql)\n) AS per_group)"]
            query.orderBy = ["\(total) DESC"]
        }
        let parts = QuestionParts(request: "\(English.list(core.groups.map { English.plural(Phrase.grouping($0)) })) with above-average \(English.dropping(lead: "mean", from: English.dropping(lead: "average", from: core.firstSubject(context.frame))))\(core.extraPhrase(context.frame))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.above_average")
    }

    /// Each group's share of the overall total, as a fraction (a window over the aggregate), over
    /// the facts' rows or over a CTE of the groups' totals.
    static func shareOfTotal(_ context: inout IntentContext) -> IntentQuery? {
        guard var core = GroupedAggregate.build(&context) else { return nil }
        core.summedFirst()
        let aggregate = core.aggregateSQL[0]
        var query = QueryText(select: core.groupSQL + ["\(aggregate) AS total", "\(context.dialect.quotient(aggregate, over: "SUM(\(aggregate)) OVER ()")) AS share"] + core.extraSQL,
                              from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql)
        query.groupBy = core.groupSQL
        query.orderBy = ["share DESC"]
        let subject = core.firstSubject(context.frame)
        var parts = QuestionParts(request: "share of \(subject.hasPrefix("number of ") ? "the " : "")\(subject)\(core.extraPhrase(context.frame))", plural: false,
                                  grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        if core.manyGroups {
            query.limit = 10
            parts.limit = "top 10"
        }
        // Two shapes (drawn last, so the question's draws stay): the window over the grouped facts,
        // or the groups' totals in a CTE and the window over them (the same rows: the total of the
        // groups' totals is the overall total); a top 10 ordered by the groups after the share.
        if context.rng.chance(0.5) {
            let names = core.groups.indices.map { Phrase.alias("grp", $0) }
            var grouped = QueryText(select: zip(core.groupSQL, names).map { "\($0) AS \($1)" } + ["\(aggregate) AS total"] + core.extraSQL,
                                    from: context.frame.fromClause)
            grouped.filters = query.filters
            grouped.groupBy = query.groupBy
            var outer = QueryText(select: names + ["total", "\(context.dialect.quotient("total", over: "SUM(total) OVER ()")) AS share"] + core.extraNames,
                                  from: "per_group")
            outer.with = [("per_group", grouped.sql)]
            outer.orderBy = ["share DESC"] + (query.limit == nil ? [] : names)
            outer.limit = query.limit
            query = outer
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.share_of_total")
    }

    /// One year against another, per group: `SUM(m) FILTER (WHERE year = Y1)` beside Y2.
    static func periodComparison(_ context: inout IntentContext) -> IntentQuery? {
        let years = context.targets.map(\.column).filter { $0.useClass == .datePart && $0.phrase.hasSuffix("year") }
            + context.helpers([.datePart], minimum: 2).filter { $0.phrase.hasSuffix("year") }
        guard let year = years.first else { return nil }
        let values = Array(Set(context.sample.values(of: year).compactMap { value -> Int? in
            if case .integer(let number) = value { return Int(number) }
            return nil
        })).sorted()
        guard values.count >= 2 else { return nil }
        let first = values[values.count - 2], second = values[values.count - 1]
        guard var core = GroupedAggregate.build(&context) else { return nil }
        core.groups.removeAll { $0 == year }
        core.conditions.removeAll { $0.column == year }
        guard !core.groups.isEmpty else { return nil }
        let measure = core.measures.first.map(Phrase.aggregateSQL) ?? "COUNT(*)"
        let fixed = "\(measure) FILTER (WHERE \(year.sql) = \(first))"
        let fixedSecond = "\(measure) FILTER (WHERE \(year.sql) = \(second))"
        var query = QueryText(select: core.groupSQL + ["\(fixed) AS total_\(first)", "\(fixedSecond) AS total_\(second)"] + core.extraSQL,
                              from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql) + ["\(year.sql) IN (\(first), \(second))"]
        query.groupBy = core.groupSQL
        query.orderBy = core.groupSQL
        var parts = QuestionParts(request: "\(core.firstSubject(context.frame)) in \(year.phrase) \(first) versus \(second)\(core.extraPhrase(context.frame))",
                                  grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        if core.manyGroups {
            query.orderBy = ["total_\(second) DESC"]
            query.limit = 10
            parts.limit = "top 10 by \(second)"
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.period_comparison")
    }
}
