import Model

/// Highly complex recipe: one figure of two sales channels side by side, through a set operation.
enum ChannelRecipes {
    /// The same aggregate of the anchor fact and of a sibling fact (another channel: store sales
    /// and catalog sales) per group, stacked with `UNION ALL` and labelled by channel. The sibling
    /// must reach the same dimensions through keys of the same role and hold a measure of the same
    /// label; each channel is aggregated on its own, so no total double counts.
    static func channelComparison(_ context: inout IntentContext) -> IntentQuery? {
        let frame = context.frame
        guard frame.anchor.table.kind == .fact, let core = GroupedAggregate.build(&context), !core.manyGroups else { return nil }
        let direct = frame.instances.dropFirst().allSatisfy { $0.childAlias == frame.anchor.alias }
        guard direct else { return nil }
        let siblings = context.schema.tables
            .filter { $0.kind == .fact && $0.name.lowercased() != frame.anchor.table.name.lowercased() }
            .compactMap { sibling in SiblingChannel(of: frame, table: sibling, reading: core.columns, schema: context.schema, vocabulary: context.vocabulary) }
        guard !siblings.isEmpty else { return nil }
        let sibling = context.rng.pick(siblings)
        let channels = [frame.anchorPlural, sibling.plural]
        let groupNames = core.groups.indices.map { Phrase.alias("grp", $0) }
        let totalNames = core.aggregateSQL.indices.map { Phrase.alias("total", $0) }
        var first = QueryText(select: ["\(ValueText.quoted(channels[0])) AS channel"] + zip(core.groupSQL, groupNames).map { "\($0) AS \($1)" }
                                  + zip(core.aggregateSQL, totalNames).map { "\($0) AS \($1)" },
                              from: frame.fromClause)
        first.filters = core.conditions.map(\.sql)
        first.groupBy = core.groupSQL
        guard let moved = core.moved(to: sibling) else { return nil }
        var second = QueryText(select: [ValueText.quoted(channels[1])] + moved.groupSQL + moved.aggregateSQL, from: sibling.fromClause)
        second.filters = moved.conditions.map(\.sql)
        second.groupBy = moved.groupSQL
        let sql = first.sql + "\nUNION ALL\n" + second.sql + "\nORDER BY " + (groupNames + ["channel"]).joined(separator: ", ")
        let parts = QuestionParts(request: "\(Phrase.list(aggregates: core.aggregatePhrases(frame))) of \(channels[0]) versus \(channels[1])",
                                  grouping: "by \(English.list(core.groups.map(Phrase.grouping)))",
                                  conditions: Condition.phrases(core.conditions, in: frame), connector: "with")
        return IntentQuery(sql: sql, parts: parts, shape: "highly_complex.channel_comparison")
    }
}
