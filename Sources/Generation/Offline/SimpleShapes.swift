import Model

/// Simple shapes: one or two tables, a projection with WHERE filters, sometimes sorted or limited.
enum SimpleShapes {
    static let all: [Shape] = [filteredProjection, sortedProjection, topRows, distinctValues, rangeFilter, inList,
                               patternMatch]

    static let filteredProjection = Shape(name: "simple.filtered_projection", level: .simple) { context in
        let layout = context.projectionLayout(filters: 1...2)
        guard !layout.columns.isEmpty, !layout.filters.isEmpty else { return nil }
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        return ShapeOutput(sql: query.sql, parts: parts(context, layout))
    }

    static let sortedProjection = Shape(name: "simple.sorted_projection", level: .simple) { context in
        let layout = context.projectionLayout(filters: 1...2)
        guard !layout.columns.isEmpty, !layout.filters.isEmpty else { return nil }
        let key = layout.columns.first { $0.kind == .measure } ?? context.rng.pick(layout.columns)
        let descending = key.kind == .measure || (key.family == .date && context.rng.chance(0.5))
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        query.orderBy = ["\(key.sql)\(descending ? " DESC" : "")"]
        var question = parts(context, layout)
        question.ordering = ShapeKit.ordering(by: key, descending: descending)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let topRows = Shape(name: "simple.top_rows", level: .simple) { context in
        var layout = context.projectionLayout(filters: 0...1)
        guard !layout.columns.isEmpty else { return nil }
        var key = layout.columns.first { $0.kind == .measure }
        if key == nil, let helper = context.helperMeasure() {
            layout.columns.append(helper)
            key = helper
        }
        guard let key else { return nil }
        let count = context.rng.pick([3, 5, 10, 10, 20])
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        query.orderBy = ["\(key.sql) DESC"]
        query.limit = count
        var question = parts(context, layout)
        question.ordering = ShapeKit.ordering(by: key, descending: true)
        question.limit = ShapeKit.limit(count, top: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let distinctValues = Shape(name: "simple.distinct_values", level: .simple) { context in
        let layout = context.projectionLayout(filters: 0...2)
        guard !layout.columns.isEmpty else { return nil }
        let first = layout.columns[0]
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.distinct = true
        query.filters = layout.filters.map(\.sql)
        query.orderBy = [first.sql]
        var question = parts(context, layout)
        question.request = layout.columns.count == 1
            ? "the distinct \(English.plural(first.noun)) found in \(context.rootRows)"
            : "the distinct combinations of \(ShapeKit.list(layout.columns)) found in \(context.rootRows)"
        question.connector = "where"
        question.ordering = ShapeKit.ordering(by: first, descending: false)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let rangeFilter = Shape(name: "simple.range_filter", level: .simple) { context in
        let measure = context.measures.first { context.anchorValue($0) != .null } ?? context.helperMeasure()
        guard let measure, let condition = context.between(measure, context.anchorValue(measure)) else { return nil }
        let layout = focused(&context, on: measure, condition: condition, extraFilters: 0...1)
        guard !layout.columns.isEmpty else { return nil }
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        return ShapeOutput(sql: query.sql, parts: parts(context, layout))
    }

    static let inList = Shape(name: "simple.in_list", level: .simple) { context in
        let pool = context.dimensions.filter { context.sample.distinctCount(of: $0) >= 2 }
        let column = pool.isEmpty ? context.helperDimension() : context.rng.pick(pool)
        guard let column, let condition = context.inList(column) else { return nil }
        let layout = focused(&context, on: column, condition: condition, extraFilters: 0...1)
        guard !layout.columns.isEmpty else { return nil }
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        return ShapeOutput(sql: query.sql, parts: parts(context, layout))
    }

    static let patternMatch = Shape(name: "simple.pattern_match", level: .simple) { context in
        let pool = context.dimensions.filter { $0.family == .text && context.prefix($0) != nil && $0.flagClause == nil }
        guard !pool.isEmpty else { return nil }
        let column = context.rng.pick(pool)
        guard let condition = context.prefix(column) else { return nil }
        let layout = focused(&context, on: column, condition: condition, extraFilters: 0...1)
        guard !layout.columns.isEmpty else { return nil }
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql)
        query.orderBy = [column.sql]
        var question = parts(context, layout)
        question.ordering = ShapeKit.ordering(by: column, descending: false)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    /// A projection whose main filter is `condition` on `focus`; `focus` is listed only when
    /// nothing else is.
    static func focused(_ context: inout ShapeContext, on focus: BoundColumn, condition: Condition,
                        extraFilters: ClosedRange<Int>) -> ProjectionLayout {
        var layout = context.projectionLayout(filters: extraFilters)
        layout.filters.removeAll { $0.sql.hasPrefix(focus.sql + " ") }
        layout.columns.removeAll { $0 == focus }
        if layout.columns.isEmpty { layout.columns = [focus] }
        layout.filters.insert(condition, at: 0)
        return layout
    }

    /// "the A and the B for <rows>" with the filters as conditions.
    static func parts(_ context: ShapeContext, _ layout: ProjectionLayout) -> QuestionParts {
        QuestionParts(request: "\(ShapeKit.list(layout.columns)) for \(context.rootRows)",
                      plural: true, conditions: layout.filters.map(\.phrase), connector: "where")
    }
}
