import Model
import SQLite

/// Complex shapes: HAVING, subqueries, CASE, several aggregates and date logic.
enum ComplexShapes {
    static let all: [Shape] = [havingThreshold, aboveAverage, caseBands, conditionalTotal, dateTrend,
                               multiAggregateRatio, shareOfTotal]

    static let havingThreshold = Shape(name: "complex.having_threshold", level: .complex) { context in
        guard let layout = context.aggregateLayout(groups: 1...2, functions: [.sum, .average, .sum], maxFilters: 2),
              let lead = layout.lead else { return nil }
        var pilot = ModerateShapes.grouped(context, layout)
        pilot.select = [lead.sql]
        guard let values = context.rows(pilot.sql, limit: 5000)?.compactMap({ $0.first?.number }), !values.isEmpty
        else { return nil }
        let sorted = values.sorted()
        let top = sorted[sorted.count - 1]
        var cut = sorted[sorted.count / 2]
        if cut >= top { cut = sorted.last(where: { $0 < top }) ?? top }
        let threshold = ShapeKit.threshold(cut, for: lead)
        let strict = cut < top
        var query = ModerateShapes.grouped(context, layout)
        query.having = ["\(lead.sql) \(strict ? ">" : ">=") \(threshold.sql)"]
        query.orderBy = ["\(lead.name) DESC"] + layout.groups.map(\.sql)
        var question = ModerateShapes.parts(layout)
        question.notes = ["keeping only those whose \(lead.bare) is \(strict ? "above" : "at least") \(threshold.english)"]
        question.ordering = ShapeKit.ordering(by: lead, descending: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let aboveAverage = Shape(name: "complex.above_average_subquery", level: .complex) { context in
        var layout = context.projectionLayout(filters: 0...1)
        let measure = context.measures.first { context.sample.distinctCount(of: $0) > 1 } ?? context.helperMeasure()
        guard let measure, let table = context.join.node(alias: measure.alias)?.table else { return nil }
        layout.filters.removeAll { $0.sql.hasPrefix(measure.sql + " ") }
        if !layout.columns.contains(measure) { layout.columns.append(measure) }
        let average = ("(SELECT AVG(avg_src.\(identifier: measure.column.name)) FROM \(identifier: table.name) AS avg_src)" as SQL).text
        // Compare in the direction the anchor row satisfies, so that the result keeps it.
        let overall = context.rows("SELECT \(average)", limit: 1)?.first?.first?.number
        let above = (context.anchorValue(measure).number ?? .infinity) > (overall ?? -.infinity)
        let condition = Condition(sql: "\(measure.sql) \(above ? ">" : "<") \(average)",
                                  phrase: "\(measure.the) is \(above ? "above" : "below") its average over all \(context.phrases.rows(of: table))")
        let count = context.rng.pick([10, 20, 25])
        var query = SelectQuery(select: layout.columns.map(\.sql), from: context.from)
        query.filters = layout.filters.map(\.sql) + [condition.sql]
        query.orderBy = ["\(measure.sql)\(above ? " DESC" : "")"]
        query.limit = count
        if context.rows(query.sql, limit: 1)?.isEmpty ?? true {
            layout.filters = context.scope
            layout.columns = context.targets + (context.targets.contains(measure) ? [] : [measure])
            query.select = layout.columns.map(\.sql)
            query.filters = layout.filters.map(\.sql) + [condition.sql]
        }
        var question = SimpleShapes.parts(context, layout)
        question.conditions = layout.filters.map(\.phrase) + [condition.phrase]
        question.ordering = ShapeKit.ordering(by: measure, descending: above)
        question.limit = ShapeKit.limit(count, top: above)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let caseBands = Shape(name: "complex.case_bands", level: .complex) { context in
        let pool = context.measures.filter { context.sample.distinctCount(of: $0) >= 3 }
        let measure = pool.isEmpty ? context.helperMeasure() : context.rng.pick(pool)
        guard let measure else { return nil }
        let values = context.sample.values(of: measure).compactMap(\.number).sorted()
        guard values.count >= 3 else { return nil }
        let low = bandEdge(values[values.count / 3], measure), high = bandEdge(values[(2 * values.count) / 3], measure)
        guard low.value < high.value else { return nil }
        guard var layout = context.aggregateLayout(groups: 0...0, functions: [.average, .sum], maxFilters: 2,
                                                   requireMeasure: false) else { return nil }
        layout.aggregates.removeAll { $0.function == .countRows }
        let count = Aggregate(.countRows, of: nil, rows: context.rootRows)
        let band = "CASE WHEN \(measure.sql) < \(low.sql) THEN 'low' WHEN \(measure.sql) < \(high.sql) THEN 'medium' ELSE 'high' END"
        var query = SelectQuery(select: ["\(band) AS band"] + ShapeKit.aliased(([count] + layout.aggregates).map { ($0.sql, $0.name) }),
                                from: context.from)
        query.filters = ["\(measure.sql) IS NOT NULL"] + layout.filters.map(\.sql)
        query.groupBy = ["band"]
        query.orderBy = ["MIN(\(measure.sql))"]
        let question = QuestionParts(
            request: ShapeKit.list([count] + layout.aggregates), plural: true,
            grouping: "for each band of \(measure.the) (low below \(low.english), medium from \(low.english) up to \(high.english), high from \(high.english) up)",
            conditions: ["\(measure.the) is known"] + layout.filters.map(\.phrase),
            ordering: "from the low band to the high band")
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let conditionalTotal = Shape(name: "complex.conditional_total", level: .complex) { context in
        guard let layout = context.aggregateLayout(groups: 1...1, functions: [.sum, .average], maxFilters: 1),
              let lead = layout.lead else { return nil }
        let used = layout.groups
        let pool = (context.dimensions + context.helpers.filter { $0.kind == .dimension }).filter {
            !used.contains($0) && context.anchorValue($0) != .null && (2...25).contains(context.sample.distinctCount(of: $0))
        }
        guard !pool.isEmpty else { return nil }
        let flag = context.rng.pick(pool)
        guard let condition = context.equality(flag, context.anchorValue(flag)) else { return nil }
        let conditional: Aggregate
        let conditionalSQL: String
        if let column = lead.column, lead.function == .sum || lead.function == .average {
            conditionalSQL = "SUM(CASE WHEN \(condition.sql) THEN \(column.sql) ELSE 0 END)"
            conditional = Aggregate(.sum, of: column, rows: context.rootRows)
        } else {
            conditionalSQL = "SUM(CASE WHEN \(condition.sql) THEN 1 ELSE 0 END)"
            conditional = Aggregate(.countRows, of: nil, rows: context.rootRows)
        }
        var query = ModerateShapes.grouped(context, layout)
        query.select.insert("\(conditionalSQL) AS conditional_total", at: layout.groups.count)
        query.orderBy = ["conditional_total DESC"] + layout.groups.map(\.sql)
        var question = ModerateShapes.parts(layout)
        question.request = "\(conditional.phrase) counting only records where \(condition.phrase), alongside \(question.request)"
        question.ordering = "sorted from highest to lowest \(conditional.bare) counted that way"
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let dateTrend = Shape(name: "complex.date_trend", level: .complex) { context in
        if let date = context.dateColumn(), case .text(let anchorDate) = context.anchorValue(date),
           ValueText.spelledDate(anchorDate) != nil {
            return datePeriods(&context, date: date, anchor: anchorDate)
        }
        guard let year = context.yearColumn(), let value = context.anchorValue(year).number else { return nil }
        guard let layout = context.aggregateLayout(groups: 0...0, functions: [.sum, .average], maxFilters: 2,
                                                   excluding: [year]) else { return nil }
        let last = Int(value)
        var query = SelectQuery(select: [year.sql] + ShapeKit.aliased(layout.aggregates.map { ($0.sql, $0.name) }),
                                from: context.from)
        query.filters = ["\(year.sql) BETWEEN \(last - 2) AND \(last)"] + layout.filters.map(\.sql)
        query.groupBy = [year.sql]
        query.orderBy = [year.sql]
        let question = QuestionParts(request: ShapeKit.list(layout.aggregates), plural: true,
                                     grouping: "for each \(year.noun)",
                                     conditions: ["\(year.the) is between \(last - 2) and \(last)"] + layout.filters.map(\.phrase),
                                     ordering: ShapeKit.ordering(by: year, descending: false))
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let multiAggregateRatio = Shape(name: "complex.multi_aggregate_ratio", level: .complex) { context in
        guard var layout = context.aggregateLayout(groups: 1...1, functions: [.sum, .sum, .average, .maximum], maxFilters: 2)
        else { return nil }
        let sums = layout.aggregates.filter { $0.function == .sum }
        var query = ModerateShapes.grouped(context, layout)
        var question = ModerateShapes.parts(layout)
        if sums.count >= 2 {
            query.select.append("ROUND(100.0 * \(sums[0].sql) / NULLIF(\(sums[1].sql), 0), 2) AS ratio_percent")
            question.request += ", and \(sums[0].bare) as a percentage of \(sums[1].bare) rounded to two decimals"
        } else {
            if !layout.aggregates.contains(where: { $0.function == .countRows }) {
                layout.aggregates.append(Aggregate(.countRows, of: nil, rows: context.rootRows))
            }
            query = ModerateShapes.grouped(context, layout)
            question = ModerateShapes.parts(layout)
        }
        let minimum = context.rng.pick([2, 2, 3])
        query.having = ["COUNT(*) >= \(minimum)"]
        if context.rows(query.sql, limit: 1)?.isEmpty ?? true {
            query.having = []
        } else {
            question.notes = ["keeping only those with at least \(minimum) \(context.rootRows)"]
        }
        let lead = layout.lead ?? layout.aggregates[0]
        query.orderBy = ["\(lead.name) DESC"] + layout.groups.map(\.sql)
        question.ordering = ShapeKit.ordering(by: lead, descending: true)
        return ShapeOutput(sql: query.sql, parts: question)
    }

    static let shareOfTotal = Shape(name: "complex.share_of_total", level: .complex) { context in
        guard let layout = context.aggregateLayout(groups: 1...1, functions: [.sum], maxFilters: 2),
              let lead = layout.aggregates.first(where: { $0.function == .sum }), let measure = lead.column,
              let table = context.join.node(alias: measure.alias)?.table else { return nil }
        var query = ModerateShapes.grouped(context, layout)
        let total: SQL = "(SELECT SUM(all_src.\(identifier: measure.column.name)) FROM \(identifier: table.name) AS all_src)"
        query.select.append("ROUND(100.0 * \(lead.sql) / \(total), 2) AS share_percent")
        query.orderBy = ["share_percent DESC"] + layout.groups.map(\.sql)
        var question = ModerateShapes.parts(layout)
        question.request += ", and that total as a percentage of \(lead.bare.hasPrefix("sum of") ? "the " + lead.bare : "the overall " + lead.bare) over all \(context.phrases.rows(of: table)) (rounded to two decimals)"
        question.ordering = "sorted from the largest to the smallest share"
        return ShapeOutput(sql: query.sql, parts: question)
    }
}
