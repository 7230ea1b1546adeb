import Model

/// Complex and highly complex analyses after the TPC-DS workload: an entity against its peers'
/// average, growth between two periods, subtotals (rollup), a moving average's deviation.
enum PeerRecipes {
    /// Inner groups whose total exceeds 1.2 times the average total of the inner groups of the
    /// same outer group (TPC-DS q1: customers whose returns exceed 1.2 times their store's average).
    static func peerComparison(_ context: inout IntentContext) -> IntentQuery? {
        // Peers share a dimension (a store, a state, a category), never a calendar part; the
        // entities compared are a dimension's members (brands, customers by their ID), never a
        // calendar part nor a descriptive detail.
        guard let semantic = context.semantic else { return nil }
        let role = { (column: FrameColumn) in semantic.semantics(of: column.ref).role }
        let isPeer = { (column: FrameColumn) in role(column) == .dimension && column.useClass.groups }
        let isEntity = { (column: FrameColumn) in
            [.dimension, .businessKey, .identifier].contains(role(column)) && column.useClass.groups
                && semantic.table(column.ref.table).timeDimension == nil
        }
        var measures = context.measures()
        measures += context.targets(.count)
        let planned = context.targets(.group) + context.targets(.period)
        let peers = planned.filter(isPeer) + context.helpers([.category, .name], minimum: 2).filter { isPeer($0) && context.sample.distinctCount(of: $0) <= 50 }
        // Up to 50 peer groups (the 35 return reasons of TPC-DS).
        guard let peer = peers.first else { return nil }
        // Entities: a planned one, else one of another table than the peers (customers of a
        // store), else another attribute of the same (brands of a category); members of a
        // dimension before codes of single rows (order numbers), many members first.
        let candidates = context.helpers([.category, .name, .identifier], minimum: 2).filter { isEntity($0) && $0 != peer && !measures.contains($0) }
        let elsewhere = candidates.filter { $0.alias != peer.alias }
        let sample = context.sample
        let rank = { (column: FrameColumn) in (role(column) == .identifier ? 1 : 0, -sample.distinctCount(of: column)) }
        let pool = (elsewhere.isEmpty ? candidates : elsewhere).sorted { rank($0) < rank($1) }
        guard let entity = planned.first(where: { $0 != peer && isEntity($0) }) ?? pool.first else { return nil }
        // Planned groupings that are neither become filters (their values from the anchor row).
        var conditions = (context.targets(.filter) + planned.filter { $0 != peer && $0 != entity })
            .compactMap { context.condition(on: $0) }
        conditions += context.contributions(besides: measures + [peer, entity] + conditions.map(\.column))
        // Peers are compared over a year: a narrower period leaves most groups one member.
        if !context.anchorIsSnapshot, let year = context.periodYear, let index = conditions.firstIndex(where: \.isPeriod) {
            conditions[index] = year
        }
        let core = GroupedAggregate(measures: measures, groups: [peer, entity], conditions: conditions, manyGroups: true)
        let factor = context.rng.pick(["1.2", "1.5", "2"])
        // The figure's name says its aggregate (`average` for an AVG, `total` for a SUM).
        let figure = Phrase.alias(for: core.aggregateSQL[0], 0)
        var inner = QueryText(select: ["\(Phrase.groupSQL(peer)) AS peer", "\(Phrase.groupSQL(entity)) AS entity",
                                       "\(core.aggregateSQL[0]) AS \(figure)"] + core.extraSQL, from: context.frame.fromClause)
        inner.filters = core.conditions.map(\.sql)
        inner.groupBy = [Phrase.groupSQL(peer), Phrase.groupSQL(entity)]
        var query = QueryText(select: ["p1.peer", "p1.entity", "p1.\(figure)"] + core.extraNames.map { "p1.\($0)" },
                              from: "per_entity AS p1")
        query.with = [("per_entity", inner.sql)]
        // Two shapes: a correlated subquery per row (TPC-DS q1, q30, q81), or the peers' averages
        // in a CTE of their own joined to the entities.
        let correlated = context.rng.chance(0.5)
        if correlated {
            query.filters = ["p1.\(figure) > \(factor) * (SELECT AVG(p2.\(figure)) FROM per_entity AS p2 WHERE p2.peer = p1.peer)"]
        } else {
            query.with.append(("per_peer", "SELECT peer, AVG(\(figure)) AS peer_average\nFROM per_entity\nGROUP BY peer"))
            query.select.insert("p2.peer_average", at: 3)
            query.from = "per_entity AS p1\nJOIN per_peer AS p2 ON p2.peer = p1.peer"
            query.filters = ["p1.\(figure) > \(factor) * p2.peer_average"]
        }
        query.orderBy = ["p1.peer", "p1.\(figure) DESC"]
        let entities = English.plural(Phrase.grouping(entity))
        let times = "\(factor) times"
        let shown = correlated ? "" : ", shown beside that average"
        let peerGroups = Phrase.grouping(peer)
        let exceeds = context.frame.phrasing(["exceeds \(times) the average of their \(peerGroups)", "is more than \(times) the average of their \(peerGroups)",
                                              "is over \(times) their \(peerGroups)'s average", "tops \(times) the mean of their \(peerGroups)"], "peer")
        let parts = QuestionParts(request: "\(entities) whose \(core.firstSubject(context.frame)) \(exceeds)\(shown)\(core.extraPhrase(context.frame))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.peer_comparison")
    }

    /// Totals by two groupings with subtotals of the first and a grand total (ROLLUP written as
    /// UNION ALL, which every engine runs), in two shapes: the subtotals summed from one grouped
    /// CTE (sums and counts only, which add up), or each level aggregated from the facts with a
    /// `lochierarchy` column saying its level (TPC-DS q27, q36, q70: any aggregate, averages too).
    static func rollup(_ context: inout IntentContext) -> IntentQuery? {
        guard var core = GroupedAggregate.build(&context, groupCount: 2) else { return nil }
        core.summedFirst()
        let additive = core.aggregateSQL.allSatisfy { $0.hasPrefix("SUM(") || $0 == "COUNT(*)" }
        let levelled = !additive || context.rng.chance(0.5)
        let first = Phrase.groupSQL(core.groups[0]), second = Phrase.groupSQL(core.groups[1])
        let names = core.aggregateSQL.enumerated().map { Phrase.alias(for: $1, $0) }
        let aggregates = zip(core.aggregateSQL, names).map { "\($0) AS \($1)" }
        let sql: String
        if levelled {
            // The facts' rows of the period once (a CTE), each level aggregated from them.
            let measured = core.measures.enumerated().map { (column: $1, name: "m_\($0 + 1)") }
            var rows = QueryText(select: ["\(first) AS grp_1", "\(second) AS grp_2"] + measured.map { "\($0.column.sql) AS \($0.name)" },
                                 from: context.frame.fromClause)
            rows.filters = core.conditions.map(\.sql)
            let overRows = zip(core.aggregateSQL, names).map { aggregate, name in
                // Longest first: `t0.ss_net_paid_inc_tax` before `t0.ss_net_paid`.
                measured.sorted { $0.column.sql.count > $1.column.sql.count }
                    .reduce(aggregate) { $0.replacingOccurrences(of: $1.column.sql, with: $1.name) } + " AS \(name)"
            }
            func level(_ groups: [String], _ depth: Int) -> String {
                var block = QueryText(select: [groups.count > 0 ? "grp_1" : "NULL AS grp_1", groups.count > 1 ? "grp_2" : "NULL AS grp_2"]
                                          + overRows + ["\(depth) AS lochierarchy"], from: "fact_rows")
                block.groupBy = groups
                return block.sql
            }
            sql = "WITH fact_rows AS (\n\(rows.sql)\n)\n" + [level(["grp_1", "grp_2"], 0), level(["grp_1"], 1), level([], 2)].joined(separator: "\nUNION ALL\n")
                + "\nORDER BY lochierarchy DESC, grp_1 NULLS LAST, grp_2 NULLS LAST"
        } else {
            var base = QueryText(select: ["\(first) AS grp_1", "\(second) AS grp_2"] + aggregates, from: context.frame.fromClause)
            base.filters = core.conditions.map(\.sql)
            base.groupBy = [first, second]
            let sums = names.map { "SUM(\($0)) AS \($0)" }
            sql = "WITH base AS (\n\(base.sql)\n)\n"
                + (["SELECT grp_1, grp_2, \(names.joined(separator: ", ")) FROM base",
                    "SELECT grp_1, NULL AS grp_2, \(sums.joined(separator: ", ")) FROM base GROUP BY grp_1",
                    "SELECT NULL AS grp_1, NULL AS grp_2, \(sums.joined(separator: ", ")) FROM base"].joined(separator: "\nUNION ALL\n"))
                + "\nORDER BY grp_1 NULLS LAST, grp_2 NULLS LAST"
        }
        let outer = Phrase.grouping(core.groups[0]), inner = Phrase.grouping(core.groups[1])
        let figures = GroupedAggregate.figures(core.aggregatePhrases(context.frame), of: context.frame)
        let levels = levelled ? ", each row marked with its level" : ""
        // Three wordings: the totals with their subtotals, the subtotals broken down, a hierarchy.
        let form = context.rng.int(in: 0...2)
        let request = [figures, "subtotals of \(figures) per \(outer)", figures][form]
        let grouping = ["by \(outer) and \(inner)", "broken down by \(inner)", "by \(inner) within each \(outer)"][form]
        let note = ["with subtotals per \(outer) and a grand total", "with the grand total", "with a subtotal for every \(outer) and an overall total"][form]
        let parts = QuestionParts(request: request, plural: false, grouping: grouping,
                                  conditions: Condition.phrases(core.conditions, in: context.frame),
                                  notes: [note + levels], connector: "with")
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
        // Grouped by a dimension, not by the calendar the figures compare; a planned calendar part
        // that recurs every year (quarter, month, day of week) may stay.
        let calendar = context.helpers.filter { $0.alias == year.alias } + [year]
        guard var core = GroupedAggregate.build(&context, excluding: calendar) else { return nil }
        let semantic = context.semantic
        core.groups.removeAll { group in
            group.alias == year.alias && !(context.isCut(group) && [.quarter, .month, .dayOfWeek].contains(semantic?.semantics(of: group.ref).grain ?? .year))
        }
        core.conditions.removeAll { $0.isPeriod || $0.column.alias == year.alias }
        guard !core.groups.isEmpty else { return nil }
        let measure = core.aggregateSQL[0]
        let before = "\(measure) FILTER (WHERE \(year.sql) = \(earlier))"
        let after = "\(measure) FILTER (WHERE \(year.sql) = \(later))"
        // Three shapes: growth as a fraction, as a percentage rounded to two decimals, or the
        // change itself beside the percentage.
        let kind = context.rng.int(in: 0...2)
        let percent = kind > 0
        let name = percent ? "growth_percent" : "growth"
        let figure = percent ? context.dialect.rounded("100.0 * (\(after) - \(before)) / NULLIF(\(before), 0)", places: 2)
            : context.dialect.quotient("\(after) - \(before)", over: "NULLIF(\(before), 0)")
        let change = kind == 2 ? ["\(after) - \(before) AS change"] : []
        var query = QueryText(select: core.groupSQL + ["\(before) AS total_\(earlier)", "\(after) AS total_\(later)"] + change + ["\(figure) AS \(name)"],
                              from: context.frame.fromClause)
        query.filters = core.conditions.map(\.sql) + ["\(year.sql) IN (\(earlier), \(later))"]
        query.groupBy = core.groupSQL
        query.orderBy = ["\(name) DESC"]
        let subject = core.firstSubject(context.frame)
        // Three wordings of the request (the figure as a fraction or in percent).
        let changed = kind == 2 ? "change and " : ""
        let request = context.rng.pick([
            "\(changed)growth\(percent ? " in percent" : "") of \(subject) from \(earlier) to \(later)",
            "\(subject) in \(earlier) and in \(later) and the \(changed)\(percent ? "percentage " : "")growth between the two years",
            "year-over-year \(changed)\(percent ? "percentage " : "")growth of \(subject), \(later) against \(earlier)"])
        var parts = QuestionParts(request: request, plural: false,
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
            .compactMap { context.condition(on: $0) }
        var yearFilter = Condition(sql: "\(year.sql) = \(yearValue)", column: year, value: .null, after: "")
        yearFilter.spoken = "in \(yearValue)"
        yearFilter.isPeriod = true
        // The period's year (the anchor row's, in the form drawn for the slot: calendar parts or dates).
        if let periodYear = context.periodYear, periodYear.column == year { yearFilter = periodYear }
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
