import Model

/// Moderate shapes: joins, aggregates, GROUP BY, ORDER BY and LIMIT.
enum ModerateShapes {
    static let all: [Shape] = [groupedSumTopN, groupedAverage, groupedCount, filteredTotals, minMaxByGroup,
                               sortedJoinListing]

    static let groupedSumTopN = Shape(name: "moderate.grouped_sum_top_n", level: .moderate) { context in
        guard let layout = context.aggregateLayout(groups: 1...2, functions: [.sum, .sum, .average], maxFilters: 2),
              let lead = layout.lead else { return nil }
        return topGroups(context, layout, by: lead, limit: context.rng.pick([3, 5, 10, 10, 15]))
    }

    static let groupedAverage = Shape(name: "moderate.grouped_average", level: .moderate) { context in
        guard let layout = context.aggregateLayout(groups: 1...2, functions: [.average, .maximum, .average, .minimum],
                                                   maxFilters: 2) else { return nil }
        var query = grouped(context, layout)
        query.orderBy = layout.groups.map(\.sql)
        var question = parts(layout)
        if let first = layout.groups.first { question.ordering = ShapeKit.ordering(by: first, descending: false) }
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let groupedCount = Shape(name: "moderate.grouped_count", level: .moderate) { context in
        guard var layout = context.aggregateLayout(groups: 1...2, functions: [.sum, .average], maxFilters: 2,
                                                   requireMeasure: false) else { return nil }
        let count = Aggregate(.countRows, of: nil, rows: context.rootRows)
        layout.aggregates.removeAll { $0.function == .countRows }
        layout.aggregates.insert(count, at: 0)
        return topGroups(context, layout, by: count, limit: context.rng.pick([5, 10, 20]))
    }

    static let filteredTotals = Shape(name: "moderate.filtered_totals", level: .moderate) { context in
        guard let layout = context.aggregateLayout(groups: 0...0, functions: [.sum, .average, .maximum, .minimum],
                                                   maxFilters: 3) else { return nil }
        var query = SelectQuery(select: ShapeKit.aliased(layout.aggregates.map { ($0.sql, $0.name) }), from: context.from)
        query.filters = layout.filters.map(\.sql)
        var question = parts(layout)
        question.plural = layout.aggregates.count > 1
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let minMaxByGroup = Shape(name: "moderate.min_max_by_group", level: .moderate) { context in
        guard var layout = context.aggregateLayout(groups: 1...1, functions: [.average], maxFilters: 2),
              let leadIndex = layout.aggregates.firstIndex(where: { $0.isNumericSummary }),
              let measure = layout.aggregates[leadIndex].column else { return nil }
        let low = Aggregate(.minimum, of: measure, rows: context.rootRows)
        let high = Aggregate(.maximum, of: measure, rows: context.rootRows)
        layout.aggregates.replaceSubrange(leadIndex...leadIndex, with: [low, high])
        let count = context.rng.pick([5, 10, 10, 20])
        var query = grouped(context, layout)
        query.orderBy = ["\(high.name) DESC"] + layout.groups.map(\.sql)
        query.limit = count
        var question = parts(layout)
        question.ordering = ShapeKit.ordering(by: high, descending: true)
        question.limit = ShapeKit.limit(count, top: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let sortedJoinListing = Shape(name: "moderate.sorted_join_listing", level: .moderate) { context in
        var layout = context.projectionLayout(filters: 1...2)
        guard !layout.columns.isEmpty else { return nil }
        var key = layout.columns.first { $0.kind == .measure }
        if key == nil, let helper = context.helperMeasure() {
            layout.columns.append(helper)
            key = helper
        }
        guard let key else { return nil }
        let descending = context.rng.chance(0.7)
        let count = context.rng.pick([5, 10, 25])
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        query.orderBy = ["\(key.sql)\(descending ? " DESC" : "")"]
        query.limit = count
        var question = SimpleShapes.parts(context, layout)
        question.ordering = ShapeKit.ordering(by: key, descending: descending)
        question.limit = ShapeKit.limit(count, top: descending)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    /// `SELECT groups, aggregates FROM joins WHERE filters GROUP BY groups`.
    /// The grouped query ordered by `lead` from highest to lowest, then by the groups, top `limit`.
    static func topGroups(_ context: ShapeContext, _ layout: AggregateLayout, by lead: Aggregate, limit: Int) -> ShapeOutput {
        var query = grouped(context, layout)
        query.orderBy = ["\(lead.name) DESC"] + layout.groups.map(\.sql)
        query.limit = limit
        var question = parts(layout)
        question.ordering = ShapeKit.ordering(by: lead, descending: true)
        question.limit = ShapeKit.limit(limit, top: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static func grouped(_ context: ShapeContext, _ layout: AggregateLayout) -> SelectQuery {
        var query = SelectQuery(select: layout.groups.map(\.sql) + ShapeKit.aliased(layout.aggregates.map { ($0.sql, $0.name) }),
                                from: context.from)
        query.filters = layout.filters.map(\.sql)
        query.groupBy = layout.groups.map(\.sql)
        return query
    }

    /// The request (aggregates), grouping and conditions of an aggregate layout.
    static func parts(_ layout: AggregateLayout) -> QuestionParts {
        QuestionParts(request: ShapeKit.list(layout.aggregates), plural: true,
                      grouping: QuestionParts.grouping(layout.groups), conditions: layout.filters.map(\.phrase))
    }
}
