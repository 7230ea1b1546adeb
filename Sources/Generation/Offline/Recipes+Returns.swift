import Model

/// Returns joined to the sales they return (TPC-DS q17, q25, q29, q50): the returned share of
/// the sold amount by the slot's grouping in its period, each sale line counted once (a sale has
/// at most one return line, so the outer join never double counts).
enum ReturnRecipes {
    static func returnRate(_ context: inout IntentContext) -> IntentQuery? {
        let anchor = context.frame.anchor
        guard anchor.table.kind == .fact, let semantic = context.semantic else { return nil }
        let metrics = semantic.metrics.filter { $0.kind == .ratio && $0.denominatorTable?.lowercased() == anchor.table.name.lowercased() }
        guard !metrics.isEmpty else { return nil }
        let metric = context.rng.pick(metrics)
        guard let returns = context.schema.table(named: metric.table),
              let key = context.schema.foreignKeys.first(where: { $0.childTable.lowercased() == returns.name.lowercased()
                  && $0.parentTable.lowercased() == anchor.table.name.lowercased() && $0.childColumns.count >= 2 }),
              let returned = returns.column(named: metric.numerator), let denominator = metric.denominator,
              let sold = anchor.table.column(named: denominator),
              var core = GroupedAggregate.build(&context) else { return nil }
        let alias = "r"
        let on = zip(key.childColumns, key.parentColumns).map { child, parent in
            "\(alias).\(SQLIdentifier.quoteIfNeeded(child)) = \(anchor.alias).\(SQLIdentifier.quoteIfNeeded(parent))"
        }.joined(separator: " AND ")
        let from = context.frame.fromClause.replacingOccurrences(
            of: "\(SQLIdentifier.quoteIfNeeded(anchor.table.name)) AS \(anchor.alias)",
            with: "\(SQLIdentifier.quoteIfNeeded(anchor.table.name)) AS \(anchor.alias)\nLEFT JOIN \(SQLIdentifier.quoteIfNeeded(returns.name)) AS \(alias) ON \(on)")
        let soldColumn = context.frame.bind(sold, of: anchor, vocabulary: context.vocabulary)
        let returnedSQL = "\(alias).\(SQLIdentifier.quoteIfNeeded(returned.name))"
        let name = metric.label.lowercased().replacingOccurrences(of: " ", with: "_")
        let extras = context.targets(.aggregate) + context.targets(.count)
        core.measures = extras
        let extraSQL = extras.isEmpty ? [] : zip(core.aggregateSQL, core.outputNames).map { "\($0) AS \($1)" }
        var query = QueryText(select: core.groupSQL + ["SUM(\(soldColumn.sql)) AS total_sold", "SUM(\(returnedSQL)) AS total_returned",
                                                       "\(context.dialect.quotient("SUM(\(returnedSQL))", over: "NULLIF(SUM(\(soldColumn.sql)), 0)")) AS \(name)"] + extraSQL,
                              from: from)
        query.filters = core.conditions.map(\.sql)
        query.groupBy = core.groupSQL
        query.orderBy = ["\(name) DESC"]
        let returnsEntity = context.vocabulary.entity(of: returns.name).plural
        let label = context.vocabulary.label(of: ColumnRef(table: returns.name, column: returned.name))
        let more = extras.isEmpty ? "" : ", \(context.frame.wording.alongWith) \(Phrase.list(aggregates: core.aggregatePhrases(context.frame)))"
        var parts = QuestionParts(request: "\(context.frame.subject(of: context.frame.label(of: metric))) \(context.frame.phrasing(["(\(label) of their \(returnsEntity) over \(soldColumn.phrase))", "(\(returnsEntity)' \(label) divided by \(soldColumn.phrase))"], "return-rate"))\(more)",
                                  plural: false, grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: context.frame), connector: "with")
        if core.manyGroups {
            query.limit = 10
            parts.limit = "top 10"
        }
        return IntentQuery(sql: query.sql, parts: parts, shape: "complex.return_rate")
    }
}
