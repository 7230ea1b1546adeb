import Model

/// Analyses of who is active where: entities with their activity including those with none (an
/// outer join), and entities active in two channels or in one but not the other (INTERSECT,
/// EXCEPT, EXISTS), each in a year of the facts' events.
enum ActivityRecipes {
    /// Facts other than `fact` whose single-column key references `dimension`, with that key.
    static func facts(referencing dimension: String, in schema: Schema) -> [ForeignKey] {
        schema.foreignKeys.filter { key in
            key.parentTable.lowercased() == dimension.lowercased() && key.childColumns.count == 1
                && schema.table(named: key.childTable)?.kind == .fact
        }
    }

    /// A dimension's entities with the number of a fact's rows in a year, including entities with
    /// none (`LEFT JOIN` with the year in the join condition).
    static func withoutActivity(_ context: inout IntentContext) -> IntentQuery? {
        let anchor = context.frame.anchor
        guard anchor.table.kind == .dimension, context.frame.instances.count == 1, let semantic = context.semantic else { return nil }
        let keys = facts(referencing: anchor.table.name, in: context.schema).filter {
            semantic.eventDateKey(of: $0.childTable, in: context.schema) != nil }
        guard !keys.isEmpty else { return nil }
        let key = context.rng.pick(keys)
        guard let fact = context.schema.table(named: key.childTable), let event = semantic.eventDateKey(of: fact.name, in: context.schema),
              let calendarTable = context.schema.table(named: event.parentTable),
              let yearColumn = calendarTable.columns.first(where: {
                  semantic.semantics(of: ColumnRef(table: calendarTable.name, column: $0.name)).grain == .year }) else { return nil }
        // Entities are listed by a target that names or groups them; the other targets filter
        // (a detail, a record date or a flag is stated as a condition, never listed as groups).
        let targets = context.targets(.show) + context.targets(.group) + context.targets(.filter)
        let names = targets.filter { Self.lists($0, semantic: semantic) } + context.helpers([.name, .identifier, .category], alias: anchor.alias)
            .filter { Self.lists($0, semantic: semantic) }
        guard let name = names.first else { return nil }
        let conditions = targets.filter { $0 != name }.compactMap { context.condition(on: $0) }
        guard conditions.count == targets.filter({ $0 != name }).count else { return nil }
        let year = context.rng.pick([1998, 1999, 2000, 2001, 2002])
        let factEntity = context.vocabulary.entity(of: fact.name)
        let parentKey = key.parentColumns[0]
        let from = "\(SQLIdentifier.quoteIfNeeded(anchor.table.name)) AS \(anchor.alias)\nLEFT JOIN \(SQLIdentifier.quoteIfNeeded(fact.name)) AS f"
            + " ON f.\(SQLIdentifier.quoteIfNeeded(key.childColumns[0])) = \(anchor.alias).\(SQLIdentifier.quoteIfNeeded(parentKey))"
            + " AND f.\(SQLIdentifier.quoteIfNeeded(event.childColumns[0])) IN (SELECT d.\(SQLIdentifier.quoteIfNeeded(event.parentColumns[0]))"
            + " FROM \(SQLIdentifier.quoteIfNeeded(calendarTable.name)) AS d WHERE d.\(SQLIdentifier.quoteIfNeeded(yearColumn.name)) = \(year))"
        let countColumn = fact.primaryKey.first.map { "f.\(SQLIdentifier.quoteIfNeeded($0))" } ?? "f.\(SQLIdentifier.quoteIfNeeded(key.childColumns[0]))"
        let alias = factEntity.plural.replacingOccurrences(of: " ", with: "_")
        var query = QueryText(select: [name.sql, "COUNT(\(countColumn)) AS \(alias)"], from: from)
        query.filters = conditions.map(\.sql)
        query.groupBy = [name.sql]
        query.orderBy = ["\(alias)", name.sql]
        query.limit = 10
        var parts = QuestionParts(request: "\(English.plural(name.phrase)) of \(context.frame.anchorPlural) with the fewest \(factEntity.plural) in \(year), including those with none",
                                  conditions: Condition.phrases(conditions, in: context.frame), limit: "first 10")
        parts.connector = conditions.isEmpty ? nil : "among those with"
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.without_activity")
    }

    /// Customers (any dimension two facts reference) active in two channels in a year
    /// (INTERSECT), or in the first but not the second (EXCEPT), counted by a grouping of theirs.
    static func crossChannel(_ context: inout IntentContext) -> IntentQuery? {
        let anchor = context.frame.anchor
        guard anchor.table.kind == .dimension, context.frame.instances.count == 1, let semantic = context.semantic else { return nil }
        var byFact: [ForeignKey] = []
        for key in facts(referencing: anchor.table.name, in: context.schema)
        where semantic.eventDateKey(of: key.childTable, in: context.schema) != nil
            && context.schema.table(named: key.childTable)?.subjectArea != "returns"
            && !byFact.contains(where: { $0.childTable == key.childTable }) {
            byFact.append(key)
        }
        guard byFact.count >= 2 else { return nil }
        var pair = byFact
        pair.shuffle(using: &context.rng)
        let first = pair[0], second = pair[1]
        let except = context.rng.int(in: 0...1) == 1
        let year = context.rng.pick([1999, 2000, 2001, 2002])
        func active(_ key: ForeignKey) -> String? {
            guard let event = semantic.eventDateKey(of: key.childTable, in: context.schema),
                  let calendarTable = context.schema.table(named: event.parentTable),
                  let yearColumn = calendarTable.columns.first(where: {
                      semantic.semantics(of: ColumnRef(table: calendarTable.name, column: $0.name)).grain == .year }) else { return nil }
            return "SELECT f.\(SQLIdentifier.quoteIfNeeded(key.childColumns[0])) FROM \(SQLIdentifier.quoteIfNeeded(key.childTable)) AS f"
                + " JOIN \(SQLIdentifier.quoteIfNeeded(calendarTable.name)) AS d ON f.\(SQLIdentifier.quoteIfNeeded(event.childColumns[0]))"
                + " = d.\(SQLIdentifier.quoteIfNeeded(event.parentColumns[0])) WHERE d.\(SQLIdentifier.quoteIfNeeded(yearColumn.name)) = \(year)"
        }
        let targets = context.targets(.group) + context.targets(.show) + context.targets(.filter)
        let groupings = targets.filter { Self.lists($0, semantic: semantic) } + context.helpers([.category], alias: anchor.alias, minimum: 2)
        guard let group = groupings.first else { return nil }
        // The other targets filter the entities counted.
        let conditions = targets.filter { $0 != group }.compactMap { context.condition(on: $0) }
        guard conditions.count == targets.filter({ $0 != group }).count else { return nil }
        let key = "\(anchor.alias).\(SQLIdentifier.quoteIfNeeded(first.parentColumns[0]))"
        let counted = context.frame.anchorPlural.replacingOccurrences(of: " ", with: "_")
        var query = QueryText(select: [group.sql, "COUNT(*) AS \(counted)"],
                              from: "\(SQLIdentifier.quoteIfNeeded(anchor.table.name)) AS \(anchor.alias)")
        guard let firstActive = active(first), let secondActive = active(second) else { return nil }
        query.filters = ["\(key) IN (\(firstActive) \(except ? "EXCEPT" : "INTERSECT") \(secondActive))"] + conditions.map(\.sql)
        query.groupBy = [group.sql]
        query.orderBy = ["\(counted) DESC", group.sql]
        let one = context.vocabulary.entity(of: first.childTable).plural, other = context.vocabulary.entity(of: second.childTable).plural
        let request = except
            ? "number of \(context.frame.anchorPlural) with \(one) but no \(other) in \(year)"
            : "number of \(context.frame.anchorPlural) with both \(one) and \(other) in \(year)"
        let parts = QuestionParts(request: request, plural: false, grouping: "by \(Phrase.grouping(group))",
                                  conditions: Condition.phrases(conditions, in: context.frame), connector: conditions.isEmpty ? nil : "among those with")
        return IntentQuery(sql: query.sql, parts: parts, shape: "highly_complex.cross_channel")
    }

    /// Whether entities are listed or grouped by `column`: it groups, and is no descriptive
    /// detail, record date or flag (those are stated as conditions).
    static func lists(_ column: FrameColumn, semantic: SemanticModel) -> Bool {
        column.useClass.groups && ![.detail, .recordDate, .flag, .key].contains(semantic.semantics(of: column.ref).role)
    }
}
