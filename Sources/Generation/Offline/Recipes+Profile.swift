import Model

/// Entity profile lookups (docs/analysis-families.md): the descriptive details of one named entity
/// (the address and phone of a store, the e-mail of a customer), the way details are used: shown,
/// never grouped or filtered by a prefix.
enum ProfileRecipes {
    /// `SELECT DISTINCT name, details FROM dimension WHERE name = 'x' [AND end IS NULL]`: the
    /// slot's detail targets and up to three details in all, of the entity its anchor row names;
    /// the current version of a versioned entity when the row is current.
    static func profile(_ context: inout IntentContext) -> IntentQuery? {
        let frame = context.frame
        guard frame.anchor.table.kind == .dimension, frame.instances.count == 1, context.targets(.count).isEmpty,
              let semantic = context.semantic else { return nil }
        let isDetail = { (column: FrameColumn) in semantic.semantics(of: column.ref).role == .detail }
        var details = context.targets.map(\.column).filter(isDetail)
        let names = context.targets.map(\.column).filter { [.name, .identifier].contains($0.useClass) && !isDetail($0) }
        guard !details.isEmpty, let name = names.first ?? context.entityName(excluding: details), !isDetail(name),
              context.value(name) != .null else { return nil }
        // A profile shows a few details together (an address is its street, city and ZIP code).
        // Which details and how many (two to four) are seeded, so profiles of one entity differ.
        var more = context.helpers.filter { $0.alias == frame.anchor.alias && isDetail($0) && !details.contains($0) && context.value($0) != .null }
        more.shuffle(using: &context.rng)
        let wanted = context.rng.int(in: 2...4)
        while details.count < wanted, !more.isEmpty { details.append(more.removeFirst()) }
        let others = context.targets.map(\.column).filter { !isDetail($0) && $0 != name }
        let conditions = others.compactMap { context.condition(on: $0) }
        var filters = ["\(name.sql) = \(ValueText.sql(context.value(name), for: name))"] + conditions.map(\.sql)
        var current = ""
        // A versioned entity (a slowly changing dimension) in its current version, when the row is.
        if let versions = semantic.table(frame.anchor.table.name).versionedBy, versions.count == 2,
           let end = frame.anchor.table.column(named: versions[1]) {
            let column = frame.bind(end, of: frame.anchor, vocabulary: context.vocabulary)
            if context.value(column) == .null {
                filters.append("\(column.sql) IS NULL")
                current = "current "
            }
        }
        let shown = [name] + details
        var query = QueryText(select: shown.map(\.sql), from: frame.fromClause)
        query.distinct = true
        query.filters = filters
        query.orderBy = shown.map(\.sql)
        let who = "\(frame.anchorSingular) \(ValueText.plain(context.value(name), for: name))"
        let asked = English.list(details.map(\.phrase))
        var parts = QuestionParts(request: context.rng.pick(["\(current)\(asked) of \(who)", "\(who)'s \(current)\(asked)"]),
                                  plural: details.count > 1, conditions: Condition.phrases(conditions, in: frame))
        parts.connector = conditions.isEmpty ? nil : "with"
        return IntentQuery(sql: query.sql, parts: parts, shape: "simple.profile")
    }
}
