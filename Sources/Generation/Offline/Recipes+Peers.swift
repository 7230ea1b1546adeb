import Model

/// Complex and highly complex analyses after the TPC-DS workload: an entity against its peers'
/// average, growth between two periods, subtotals (rollup), a moving average's deviation.
enum PeerRecipes {
    /// Inner groups whose total exceeds 1.2 times the average total of the inner groups of the
    /// same outer group (TPC-DS q1: customers whose returns exceed 1.2 times their store's average).
    static func peerComparison(_ context: inout IntentContext) -> IntentQuery? {
        guard var core = GroupedAggregate.build(&context, groupCount: 2) else { return nil }
        // Peers share a dimension (a store, a state, a category), never a calendar part; the
        // entities compared are not calendar parts either.
        let semantic = context.semantic
        let isDimension = { (column: FrameColumn) in semantic.map { $0.semantics(of: column.ref).role == .dimension } ?? true }
        // A grouping the plan did not ask for that is no dimension gives way to one that is.
        let planned = context.targets(.group) + context.targets(.period)
        let dimensions = context.helpers([.category, .name], minimum: 2).filter { isDimension($0) && context.sample.distinctCount(of: $0) <= 30 }
        for index in core.groups.indices where !isDimension(core.groups[index]) && !planned.contains(core.groups[index]) {
            if let other = dimensions.first(where: { !core.groups.contains($0) }) { core.groups[index] = other }
        }
        // A table the replaced grouping read (the calendar) still says what it filters (the period).
        let read = core.measures + core.groups + core.conditions.map(\.column)
        if !context.idleInstances(read).isEmpty {
            let hasPeriod = core.conditions.contains(where: \.isPeriod)
            core.conditions += context.contributions(besides: read).filter { !(hasPeriod && $0.isPeriod) }
        }
        if !isDimension(core.groups[0]) { core.groups.swapAt(0, 1) }
        guard isDimension(core.groups[0]), semantic?.semantics(of: core.groups[1].ref).role != .timeGrain else { return nil }
        let peer = core.groups[0], entity = core.groups[1]
        let factor = context.rng.pick(["1.2", "1.5", "2"])
        var inner = QueryText(select: ["\(Phrase.groupSQL(peer)) AS peer", "\(Phrase.groupSQL(entity)) AS entity",
                                       "\(core.aggregateSQL[0]) AS total"] + core.extraSQL, from: context.frame.fromClause)
        inner.filters = core.conditions.map(\.sql)
        inner.groupBy = [Phrase.groupSQL(peer), Phrase.groupSQL(entity)]
        var query = QueryText(select: ["p1.peer", "p1.entity", "p1.total"] + core.extraNames.map { "p1.\($0)" },
                              from: "per_entity AS p1")
        query.with = [("per_entity", inner.sql)]
        query.filters = ["p1.total > \(factor) * (SELECT AVG(p2.total) FROM per_entity AS p2 WHERE p2.peer = p1.peer)"]
        query.orderBy = ["p1.peer", "p1.total DESC"]
        let entities = English.pluralWord(Phrase.grouping(entity))
        let times = "\(factor) times"
        let parts = QuestionParts(request: "\(entities) whose \(core.firstSubject(context.frame)) exceeds \(times) the average of their \(Phrase.grouping(peer))\(core.extraPhrase(context.frame))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.peer_comparison")
    }

    /// Totals by two groupings with subtotals of the first and a grand total (ROLLUP written as
    /// UNION ALL over one grouped CTE, which every engine runs); only sums and counts, which add up.
    static func rollup(_ context: inout IntentContext) -> IntentQuery? {
        guard var core = GroupedAggregate.build(&context, groupCount: 2) else { return nil }
        core.summedFirst()
        let additive = core.aggregateSQL.allSatisfy { $0.hasPrefix("SUM(") || $0 == "COUNT(*)" }
        guard additive else { return nil }
        let first = Phrase.groupSQL(core.groups[0]), second = Phrase.groupSQL(core.groups[1])
        let names = core.aggregateSQL.enumerated().map { Phrase.alias(for: $1, $0) }
        var base = QueryText(select: ["\(first) AS grp_1", "\(second) AS grp_2"] + zip(core.aggregateSQL, names).map { "\($0) AS \($1)" },
                             from: context.frame.fromClause)
        base.filters = core.conditions.map(\.sql)
        base.groupBy = [first, second]
        let sums = names.map { "SUM(\($0)) AS \($0)" }
        let sql = "WITH base AS (\n\(base.sql)\n)\n"
            + (["SELECT grp_1, grp_2, \(names.joined(separator: ", ")) FROM base",
                "SELECT grp_1, NULL AS grp_2, \(sums.joined(separator: ", ")) FROM base GROUP BY grp_1",
                "SELECT NULL AS grp_1, NULL AS grp_2, \(sums.joined(separator: ", ")) FROM base"].joined(separator: "\nUNION ALL\n"))
            + "\nORDER BY grp_1 NULLS LAST, grp_2 NULLS LAST"
        let parts = QuestionParts(request: "\(Phrase.list(aggregates: core.aggregatePhrases(context.frame))) \(context.frame.amountOf) \(context.frame.anchorPlural)", plural: false,
                                  grouping: "by \(Phrase.grouping(core.groups[0])) and \(Phrase.grouping(core.groups[1]))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame),
                                  notes: ["with subtotals per \(Phrase.grouping(core.groups[0])) and a grand total"], connector: "with")
        return IntentQuery(sql: sql, parts: parts, shape: "highly_complex.rollup")
    }

    /// Growth of a total from one year of the anchor's events to the next, per group:
    /// both totals and `(later - earlier) / earlier`.
    static func growth(_ context: inout IntentContext) -> IntentQuery? {
        // Stock levels do not add up over a year's snapshots.
        guard !context.anchorIsSnapshot, let year = context.calendar.year else { return nil }
        let values = Array(Set(context.sample.values(of: year).compactMap { value -> Int? in
            if case .integer(let number) = value { return Int(number) }
            return nil
        })).sorted()
        // The last two years of the sample, else the anchor row's year and the one before.
        guard case .integer(let anchorYear) = context.value(year) else { return nil }
        let later = values.count >= 2 ? values[values.count - 1] : Int(anchorYear)
        let earlier = values.count >= 2 ? values[values.count - 2] : Int(anchorYear) - 1
        guard var core = GroupedAggregate.build(&context) else { return nil }
        core.groups.removeAll { $0.alias == year.alias }
        core.conditions.removeAll { $0.isPeriod || $0.column.alias == year.alias }
        guard !core.groups.isEmpty else { return nil }
        let measure = core.aggregateSQL[0]
        let before = "\(measure) FILTER (WHERE \(year.sql) = \(earlier))"
        let after = "\(measure) FILTER (WHERE \(year.sql) = \(later))"
        // Two shapes: growth as a fraction, or as a percentage rounded to two decimals.
        let percent = context.rng.int(in: 0...1) == 1
        let name = percent ? "growth_percent" : "growth"
        let figure = percent ? context.dialect.rounded("100.0 * (\(after) - \(before)) / NULLIF(\(before), 0)", places: 2)
            : context.dialect.quotient("\(after) - \(before)", over: "NULLIF(\(before), 0)")
        var query = QueryText(select: core.groupSQL + ["\(before) AS total_\(earlier)", "\(after) AS total_\(later)", "\(figure) AS \(name)"],
                              from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql) + ["\(year.sql) IN (\(earlier), \(later))"]
        query.groupBy = core.groupSQL
        query.orderBy = ["\(name) DESC"]
        var parts = QuestionParts(request: "growth\(percent ? " in percent" : "") of \(core.firstSubject(context.frame)) from \(earlier) to \(later)", plural: false,
                                  grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        if core.manyGroups {
            query.limit = 10
            parts.limit = "top 10"
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.growth")
    }

    /// Monthly totals of the period's year beside their three-month moving average, or the year's
    /// average month, and the deviation from it (a window over the grouped months).
    static func movingAverage(_ context: inout IntentContext) -> IntentQuery? {
        guard !context.anchorIsSnapshot, let month = context.calendar.month, let year = context.calendar.year,
              case .integer(let yearValue) = context.value(year) else { return nil }
        let measures = context.measures() + context.targets(.count)
        var conditions = (context.targets(.filter) + context.targets(.group) + context.targets(.period).filter { $0 != month && $0 != year })
            .compactMap { Condition.on($0, value: context.value($0)) }
        var yearFilter = Condition(sql: "\(year.sql) = \(yearValue)", column: year, value: .null, after: "")
        yearFilter.spoken = "in \(yearValue)"
        yearFilter.isPeriod = true
        conditions.append(yearFilter)
        conditions += context.contributions(besides: measures + [month, year] + conditions.map(\.column))
        var core = GroupedAggregate(measures: measures, groups: [month], conditions: conditions, manyGroups: false)
        core.summedFirst()
        let aggregate = core.aggregateSQL[0]
        // Two shapes: the deviation from a three-month moving average, or from the year's average month.
        let yearly = context.rng.chance(0.5)
        let window = yearly ? "AVG(\(aggregate)) OVER ()" : "AVG(\(aggregate)) OVER (ORDER BY \(SQLDialect.orderItem(month.sql)) ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)"
        var query = QueryText(select: ["\(month.sql) AS month", "\(aggregate) AS total", "\(window) AS \(yearly ? "monthly_average" : "moving_average")",
                                       "\(aggregate) - \(window) AS deviation"] + core.extraSQL, from: context.frame.fromClause)
        query.filters = conditions.map(\.sql)
        query.groupBy = [month.sql]
        query.orderBy = [month.sql]
        let compared = yearly ? "the average month of the year, and each month's deviation from it"
            : "its moving average over the month and the 2 before, and the deviation from it"
        var parts = QuestionParts(request: "monthly \(core.firstSubject(context.frame)), \(compared)\(core.extraPhrase(context.frame))",
                                  plural: false, conditions: Condition.phrases(conditions, in: context.frame), connector: "with")
        parts.period = yearFilter.phrase
        return IntentQuery(sql: query.sql, parts: parts, shape: "highly_complex.moving_average")
    }
}
