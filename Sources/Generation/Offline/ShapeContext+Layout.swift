import Model

/// How a shape spends the slot's target columns.
struct AggregateLayout {
    /// Grouping columns.
    var groups: [BoundColumn]
    /// Aggregates of measures, counts of keys and of the dimensions not grouped or filtered.
    var aggregates: [Aggregate]
    /// Filters from the anchor row.
    var filters: [Condition]
    /// The measure the shape orders or thresholds by (the first aggregated measure), if any.
    var lead: Aggregate? { aggregates.first { $0.isNumericSummary } ?? aggregates.first }
}

/// A projection: columns to list and filters from the anchor row.
struct ProjectionLayout {
    var columns: [BoundColumn]
    var filters: [Condition]
}

extension ShapeContext {
    /// Spends every target: some dimensions are grouped (`groups` of them, helpers added when the
    /// slot has too few), others filtered with the anchor's values or counted, measures aggregated
    /// with `functions` in turn, keys counted distinctly. With `requireMeasure` a helper measure is
    /// added when no target is one.
    mutating func aggregateLayout(groups range: ClosedRange<Int>, functions: [Aggregate.Function],
                                  maxFilters: Int, requireMeasure: Bool = true,
                                  excluding: [BoundColumn] = []) -> AggregateLayout? {
        var dims = groupingOrder(dimensions.filter { !excluding.contains($0) })
        let wanted = rng.int(in: range)
        var groups: [BoundColumn] = []
        while groups.count < wanted, let next = dims.first, sample.distinctCount(of: next) >= 2 || groups.isEmpty {
            groups.append(next)
            dims.removeFirst()
        }
        while groups.count < range.lowerBound {
            guard let helper = helperDimension(excluding: groups + excluding) else { break }
            groups.append(helper)
        }
        if groups.count < range.lowerBound { return nil }
        // Filters on columns with few values keep many rows; the others are counted.
        var filtered: [(column: BoundColumn, condition: Condition)] = []
        var counted: [BoundColumn] = []
        for dim in dims {
            let values = sample.distinctCount(of: dim)
            if filtered.count < maxFilters, values <= 40, rng.chance(0.7), let condition = anchorCondition(dim) {
                filtered.append((dim, condition))
            } else {
                counted.append(dim)
            }
        }
        // Drop filters (counting their columns instead) while they leave fewer than two groups.
        while !groups.isEmpty, !filtered.isEmpty,
              groupCount(groups, filters: scope + filtered.map(\.condition)) < 2 {
            counted.insert(filtered.removeLast().column, at: 0)
        }
        let filters = filtered.map(\.condition)
        var aggregates = counted.map { Aggregate(.countDistinct, of: $0, rows: rootRows) }
        let offset = rng.int(in: 0...max(0, functions.count - 1))
        var measured: [Aggregate] = []
        for (index, measure) in measures.filter({ !excluding.contains($0) }).enumerated() {
            var function = functions.isEmpty ? .sum : functions[(offset + index) % functions.count]
            if function == .sum, measure.isRate { function = .average }
            measured.append(Aggregate(function, of: measure, rows: rootRows))
        }
        if measured.isEmpty, requireMeasure {
            if let helper = helperMeasure(excluding: excluding) {
                measured.append(Aggregate(functions.first ?? .sum, of: helper, rows: rootRows))
            } else {
                measured.append(Aggregate(.countRows, of: nil, rows: rootRows))
            }
        }
        aggregates = measured + aggregates + keys.map { Aggregate(.countDistinct, of: $0, rows: rootRows) }
        if aggregates.isEmpty { aggregates = [Aggregate(.countRows, of: nil, rows: rootRows)] }
        return AggregateLayout(groups: groups, aggregates: aggregates, filters: scope + filters)
    }

    /// Dimensions in the order they make good groups: 2 to 60 values in the sample that repeat
    /// (fewest first), then more or unique values, then constant columns.
    mutating func groupingOrder(_ columns: [BoundColumn]) -> [BoundColumn] {
        let ordered = byCardinality(columns)
        func band(_ column: BoundColumn) -> Int {
            let values = sample.distinctCount(of: column)
            let unique = Double(values) >= 0.9 * Double(sample.rows.count)
            return values >= 2 && values <= 60 && !unique ? 0 : values >= 2 ? 1 : 2
        }
        return [0, 1, 2].flatMap { wanted in ordered.filter { band($0) == wanted } }
    }

    /// Groups of the join under `filters` (0, 1 or 2 meaning "at least two").
    func groupCount(_ groups: [BoundColumn], filters: [Condition]) -> Int {
        let whereClause = filters.isEmpty ? "" : "\nWHERE " + filters.map(\.sql).joined(separator: " AND ")
        let list = groups.map(\.sql).joined(separator: ", ")
        let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM \(from)\(whereClause)\nGROUP BY \(list)\nLIMIT 2)"
        return Int(rows(sql, limit: 1)?.first?.first?.number ?? 0)
    }

    /// Lists the targets and filters on some of them (between `filters` bounds) with the anchor's
    /// values; helpers fill in for slots without targets and add filters when too few were made.
    mutating func projectionLayout(filters range: ClosedRange<Int>) -> ProjectionLayout {
        var columns = targets
        var filters: [Condition] = []
        let wanted = rng.int(in: range)
        let candidates = groupingOrder(targets.filter { $0.kind != .key })
        for column in candidates where filters.count < wanted && columns.count > 1 {
            guard let condition = anchorCondition(column) else { continue }
            filters.append(condition)
            columns.removeAll { $0 == column }
        }
        if columns.isEmpty {
            var used: [BoundColumn] = []
            if let dim = helperDimension() { used.append(dim) }
            if let dim = helperDimension(excluding: used) { used.append(dim) }
            if let measure = helperMeasure() { used.append(measure) }
            columns = used
        }
        var tries = 0
        while filters.count < range.lowerBound, tries < 4 {
            tries += 1
            guard let helper = helperDimension(excluding: columns), let condition = anchorCondition(helper),
                  !filters.contains(condition) else { continue }
            filters.append(condition)
        }
        return ProjectionLayout(columns: columns, filters: scope + filters)
    }
}
