import Model

/// Simple recipes: a lookup of rows by their filters, or the top rows by an amount.
enum LookupRecipes {
    /// `SELECT shown FROM ... WHERE filters ORDER BY first shown`; a LIMIT when nothing filters, and
    /// always on a fact's rows (no query lists hundreds of raw fact rows).
    static func lookup(_ context: inout IntentContext) -> IntentQuery? {
        // Counted targets (entity keys, codes) make a count, not a listing.
        guard context.targets(.count).isEmpty else { return nil }
        // Amounts of a fact's rows are shown by the top-N recipe, not listed.
        if context.frame.anchor.table.kind == .fact, context.targets(.show).contains(where: \.isMeasure) { return nil }
        var shown = context.targets(.show).filter { !$0.isMeasure || context.frame.anchor.table.kind == .dimension }
        if shown.isEmpty {
            let pool = context.helpers([.name, .category, .identifier], alias: context.frame.anchor.alias)
            guard !pool.isEmpty else { return nil }
            shown = [context.rng.pick(pool)]
        }
        // Numbers alone say nothing: they are shown beside what they belong to (the entity's name or code).
        if shown.allSatisfy(\.isMeasure) {
            guard let name = context.entityName() else { return nil }
            shown.insert(name, at: 0)
        }
        shown = context.withEntityNames(shown)
        let anchor = context.frame.anchor
        var conditions = context.targets(.filter).compactMap { context.condition(on: $0) }
        conditions += context.targets(.show).filter { !shown.contains($0) }.compactMap { context.condition(on: $0) }
        conditions += context.contributions(besides: shown + conditions.map(\.column))
        // A fact's rows listed by categories or calendar parts say nothing ("the education levels of
        // catalog returns") unless a code of the fact picks them ("the warehouses of order 37"):
        // they are counted by them ("number of catalog returns by education level").
        if anchor.table.kind == .fact, shown.allSatisfy({ [.category, .datePart].contains($0.useClass) }),
           !conditions.contains(where: { $0.column.alias == anchor.alias && $0.column.useClass == .identifier }) {
            let groups = GroupedAggregate(measures: [], groups: shown, conditions: conditions,
                                          manyGroups: context.hasManyGroups(shown, under: conditions))
            return TotalRecipes.grouped(groups, &context, top: nil, shape: "simple.count_by_group")
        }
        var query = QueryText(select: shown.map(\.sql), from: context.frame.fromClause)
        query.distinct = true
        query.filters = conditions.map(\.sql)
        query.orderBy = [shown[0].sql]
        var parts = QuestionParts(request: "\(English.list(shown.map { English.plural($0.phrase) })) of \(context.frame.anchorPlural)",
                                  conditions: Condition.phrases(conditions, in: context.frame), connector: "with")
        // A fact's rows are many: a lookup on them always says how many it lists.
        if conditions.isEmpty || context.frame.anchor.table.kind == .fact {
            let count = context.rng.pick([5, 10, 20])
            query.limit = count
            parts.limit = "first \(count)"
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "simple.lookup")
    }

    /// The top N rows by an amount shown with them: `ORDER BY amount DESC LIMIT n`.
    static func topRows(_ context: inout IntentContext) -> IntentQuery? {
        guard context.targets(.count).isEmpty else { return nil }
        let shownTargets = context.targets(.show)
        // A fact's rows are ranked by an amount of their own, never by a number of a dimension they
        // reach (a web page's image count is shown beside its page).
        let anchor = context.frame.anchor
        var key = shownTargets.first { $0.isMeasure && (anchor.table.kind == .dimension || $0.alias == anchor.alias) }
        if key == nil {
            let pool = context.helpers([.measure, .rate], alias: context.frame.anchor.alias, minimum: 2)
            key = pool.isEmpty ? nil : context.rng.pick(pool)
        }
        guard let key else { return nil }
        var shown = shownTargets.filter { $0 != key }
        var conditions = context.targets(.filter).compactMap { context.condition(on: $0) }
        if shown.isEmpty {
            // A seeded name or code of the anchor, so that repeats of a target read differently.
            let names = context.helpers([.name, .identifier], alias: context.frame.anchor.alias)
            if !names.isEmpty { shown.append(context.rng.pick(names)) }
        }
        // The rows ranked are shown with what they are (a name or code), not as bare amounts.
        if shown.allSatisfy(\.isMeasure), let name = context.entityName(excluding: shown) { shown.insert(name, at: 0) }
        shown = context.withEntityNames(shown)
        guard shown.contains(where: { !$0.isMeasure }) else { return nil }
        conditions += context.contributions(besides: shown + [key] + conditions.map(\.column))
        if conditions.isEmpty, context.rng.int(in: 0...1) == 1 {
            // Half of the unfiltered top-N questions narrow the rows by a category, flag or amount
            // of the anchor, so that repeats of a target in one batch read (and query) differently.
            let narrowing = context.helpers([.category, .flag, .measure], alias: context.frame.anchor.alias, minimum: 2)
                .filter { !shown.contains($0) && $0 != key }
            if !narrowing.isEmpty {
                let column = context.rng.pick(narrowing)
                if let condition = Condition.on(column, value: context.value(column)) { conditions.append(condition) }
            }
        }
        let count = context.rng.pick([3, 5, 10])
        var query = QueryText(select: shown.map(\.sql) + [key.sql], from: context.frame.fromClause)
        query.filters = conditions.map(\.sql)
        query.orderBy = ["\(key.sql) DESC"]
        query.limit = count
        let with = shown.isEmpty ? "" : ", \(context.frame.wording.alongWith) \(English.list(shown.map { English.plural($0.phrase) }))"
        let parts = QuestionParts(request: "top \(count) \(context.frame.anchorPlural) by \(key.phrase)\(with)",
                                  conditions: Condition.phrases(conditions, in: context.frame), connector: "with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "simple.top_n")
    }
}
