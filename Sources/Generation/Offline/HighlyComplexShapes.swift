import Model

/// Highly complex shapes: CTEs, window functions, set operations and correlated subqueries.
enum HighlyComplexShapes {
    static let all: [Shape] = [cteRank, partitionTop, runningTotal, lagChange, quartiles, cteAboveAverage,
                               correlatedPosition, setUnion, setIntersect, setExcept]

    static let cteRank = Shape(name: "highly_complex.cte_rank", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 1...2, functions: [.sum, .average]) else { return nil }
        let count = context.rng.pick([5, 10, 10, 20])
        var query = SelectQuery(select: summary.outer("t") + ["RANK() OVER (ORDER BY t.\(summary.lead.name) DESC) AS rank_position"],
                                from: "totals AS t")
        query.with = [("totals", summary.inner.sql)]
        query.orderBy = ["rank_position"] + summary.groupNames.map { "t.\($0)" }
        query.limit = count
        var question = summary.parts
        question.notes = ["with the rank of each by \(summary.lead.bare), 1 being the highest"]
        question.ordering = "in rank order"
        question.limit = ShapeKit.limit(count, top: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let partitionTop = Shape(name: "highly_complex.partition_top", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 2...2, functions: [.sum, .average]) else { return nil }
        let keep = context.rng.pick([1, 2, 3])
        let outer = summary.groupNames[0], inner = summary.groupNames[1]
        var ranked = SelectQuery(select: summary.inner.select + ["ROW_NUMBER() OVER (PARTITION BY \(summary.layout.groups[0].sql) ORDER BY \(summary.lead.sql) DESC, \(summary.layout.groups[1].sql)) AS position_in_group"],
                                 from: context.from)
        ranked.filters = summary.inner.filters
        ranked.groupBy = summary.inner.groupBy
        var query = SelectQuery(select: summary.outer("r") + ["r.position_in_group"], from: "ranked AS r")
        query.with = [("ranked", ranked.sql)]
        query.filters = ["r.position_in_group <= \(keep)"]
        query.orderBy = ["r.\(outer)", "r.position_in_group", "r.\(inner)"]
        var question = summary.parts
        let first = summary.layout.groups[0], second = summary.layout.groups[1]
        question.notes = ["keeping within each \(first.noun) only the \(keep == 1 ? "" : "\(keep) ")\(keep == 1 ? English.withoutArticle(second.the) : English.plural(second.noun)) with the highest \(summary.lead.bare), numbered by that position"]
        question.ordering = "sorted by \(first.the) and then by position"
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let runningTotal = Shape(name: "highly_complex.running_total", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 1...1, functions: [.sum]) else { return nil }
        let group = summary.groupNames[0]
        var query = SelectQuery(select: summary.outer("p") + ["SUM(p.\(summary.lead.name)) OVER (ORDER BY p.\(group) ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total"],
                                from: "per_group AS p")
        query.with = [("per_group", summary.inner.sql)]
        query.orderBy = ["p.\(group)"]
        var question = summary.parts
        question.notes = ["with a running total of \(summary.lead.bare) accumulated in order of \(summary.layout.groups[0].the)"]
        question.ordering = ShapeKit.ordering(by: summary.layout.groups[0], descending: false)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let lagChange = Shape(name: "highly_complex.lag_change", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 1...1, functions: [.sum, .average]) else { return nil }
        let group = summary.groupNames[0]
        let lead = summary.lead.name
        var query = SelectQuery(select: summary.outer("p") + ["p.\(lead) - LAG(p.\(lead)) OVER (ORDER BY p.\(group)) AS change_from_previous"],
                                from: "per_group AS p")
        query.with = [("per_group", summary.inner.sql)]
        query.orderBy = ["p.\(group)"]
        var question = summary.parts
        question.notes = ["with the change in \(summary.lead.bare) from the previous \(summary.layout.groups[0].noun)"]
        question.ordering = ShapeKit.ordering(by: summary.layout.groups[0], descending: false)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let quartiles = Shape(name: "highly_complex.ntile_quartiles", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 1...2, functions: [.sum, .average, .maximum]) else { return nil }
        let lead = summary.lead.name
        var query = SelectQuery(select: summary.outer("p") + ["NTILE(4) OVER (ORDER BY p.\(lead) DESC) AS quartile"],
                                from: "per_group AS p")
        query.with = [("per_group", summary.inner.sql)]
        query.orderBy = ["p.\(lead) DESC"] + summary.groupNames.map { "p.\($0)" }
        var question = summary.parts
        question.notes = ["with the quartile by \(summary.lead.bare) each one falls into, 1 being the highest"]
        question.ordering = ShapeKit.ordering(by: summary.lead, descending: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let cteAboveAverage = Shape(name: "highly_complex.cte_above_average", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 1...2, functions: [.sum, .average]) else { return nil }
        let lead = summary.lead.name
        var query = SelectQuery(select: summary.outer("t") + ["ROUND(t.\(lead) - o.average_value, 2) AS above_average"],
                                from: "totals AS t\nCROSS JOIN overall AS o")
        query.with = [("totals", summary.inner.sql), ("overall", "SELECT AVG(\(lead)) AS average_value FROM totals")]
        query.filters = ["t.\(lead) >= o.average_value"]
        query.orderBy = ["t.\(lead) DESC"] + summary.groupNames.map { "t.\($0)" }
        var question = summary.parts
        question.notes = ["keeping only those whose \(summary.lead.bare) is at or above the average of all of them, with the difference from that average rounded to two decimals"]
        question.ordering = ShapeKit.ordering(by: summary.lead, descending: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let correlatedPosition = Shape(name: "highly_complex.correlated_position", level: .highlyComplex) { context in
        guard let summary = Summary(&context, groups: 1...1, functions: [.sum, .average]) else { return nil }
        let groups = context.rows("SELECT COUNT(*) FROM (\(summary.inner.sql))", limit: 1)?.first?.first?.number ?? 0
        guard groups > 0, groups <= 800 else { return nil }
        let lead = summary.lead.name
        let count = context.rng.pick([5, 10, 15])
        var query = SelectQuery(select: summary.outer("t") + ["(SELECT COUNT(*) FROM totals AS t2 WHERE t2.\(lead) > t.\(lead)) + 1 AS position"],
                                from: "totals AS t")
        query.with = [("totals", summary.inner.sql)]
        query.orderBy = ["position"] + summary.groupNames.map { "t.\($0)" }
        query.limit = count
        var question = summary.parts
        question.notes = ["with each one's position, counting how many have a higher \(summary.lead.bare) plus one"]
        question.ordering = "in order of that position"
        question.limit = ShapeKit.limit(count, top: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let setUnion = setOperation("highly_complex.set_union", keyword: "UNION", sameColumns: true,
                                       requireRows: false) { "together with those where \($0), without duplicates" }

    static let setIntersect = setOperation("highly_complex.set_intersect", keyword: "INTERSECT", sameColumns: false,
                                           requireRows: false) { "that also occur where \($0)" }

    static let setExcept = setOperation("highly_complex.set_except", keyword: "EXCEPT", sameColumns: true,
                                        requireRows: true) { "excluding any that also occur where \($0)" }

    /// Two filtered branches of the same projection joined by a set operator; `note` words the
    /// second branch's conditions. `requireRows` drops drafts whose result is empty.
    private static func setOperation(_ name: String, keyword: String, sameColumns: Bool, requireRows: Bool,
                                     note: @escaping @Sendable (String) -> String) -> Shape {
        Shape(name: name, level: .highlyComplex) { context in
            guard let sets = SetBranches(&context, sameColumns: sameColumns) else { return nil }
            let first = sets.query(filters: sets.first), second = sets.query(filters: sets.second)
            let sql = "\(first)\n\(keyword)\n\(second)\nORDER BY 1"
            if requireRows, context.rows(sql, limit: 1)?.isEmpty ?? true { return nil }
            let question = QuestionParts(
                request: "\(ShapeKit.list(sets.columns)) for \(context.rootRows)", plural: true,
                conditions: (sets.scope + sets.first).map(\.phrase),
                notes: [note(English.list(sets.second.map(\.phrase)))],
                ordering: ShapeKit.ordering(by: sets.columns[0], descending: false), connector: "where")
            return ShapeOutput(sql: sql, parts: question)
        }
    }
}
