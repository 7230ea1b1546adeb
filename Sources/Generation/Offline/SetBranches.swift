/// Two filtered projections of the same join for UNION, INTERSECT and EXCEPT.
struct SetBranches {
    /// The columns both branches list.
    let columns: [BoundColumn]
    /// Filters of the first branch (true for the anchor row).
    let first: [Condition]
    /// Filters of the second branch.
    let second: [Condition]
    let from: String
    /// The slot's scope filters, carried by both branches.
    let scope: [Condition]

    /// With `sameColumns` both branches filter the same columns, the second with another sampled
    /// row's values (UNION, EXCEPT); otherwise they filter different columns with the anchor
    /// row's values, so the anchor row is in both (INTERSECT).
    init?(_ context: inout ShapeContext, sameColumns: Bool) {
        from = context.from
        scope = context.scope
        var candidates = context.dimensions.filter {
            context.anchorValue($0) != .null && context.sample.distinctCount(of: $0) >= 2 && $0.family != .decimal
        }
        candidates = context.byCardinality(candidates)
        let wanted = sameColumns ? 1 : 2
        var filterColumns = Array(candidates.prefix(wanted))
        var tries = 0
        while filterColumns.count < wanted, tries < 4 {
            tries += 1
            if let helper = context.helperDimension(excluding: filterColumns), context.anchorValue(helper) != .null,
               context.sample.distinctCount(of: helper) >= 2 {
                filterColumns.append(helper)
            }
        }
        guard filterColumns.count == wanted else { return nil }
        var listed = context.targets.filter { !filterColumns.contains($0) }
        if listed.isEmpty {
            if let dim = context.helperDimension(excluding: filterColumns) { listed.append(dim) }
            if let measure = context.helperMeasure() { listed.append(measure) }
        }
        guard !listed.isEmpty else { return nil }
        columns = listed
        if sameColumns {
            let column = filterColumns[0]
            let anchorValue = context.anchorValue(column)
            let others = context.sample.rows.indices.filter {
                let value = context.sample.value(column, row: $0)
                return value != .null && value != anchorValue
            }
            guard !others.isEmpty, let one = context.equality(column, anchorValue),
                  let two = context.equality(column, context.sample.value(column, row: context.rng.pick(others)))
            else { return nil }
            first = [one]
            second = [two]
        } else {
            guard let one = context.equality(filterColumns[0], context.anchorValue(filterColumns[0])),
                  let two = context.equality(filterColumns[1], context.anchorValue(filterColumns[1])) else { return nil }
            first = [one]
            second = [two]
        }
    }

    /// `SELECT columns FROM joins WHERE filters`.
    func query(filters: [Condition]) -> String {
        var query = SelectQuery(select: columns.map(\.sql), from: from)
        query.filters = (scope + filters).map(\.sql)
        return query.sql
    }
}
