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
        let totalNames = core.aggregateSQL.enumerated().map { Phrase.alias(for: $1, $0) }
        var first = QueryText(select: ["\(ValueText.quoted(channels[0])) AS channel"] + zip(core.groupSQL, groupNames).map { "\($0) AS \($1)" }
                                  + zip(core.aggregateSQL, totalNames).map { "\($0) AS \($1)" },
                              from: frame.fromClause)
        first.filters = core.conditions.map(\.sql)
        first.groupBy = core.groupSQL
        guard let moved = core.moved(to: sibling) else { return nil }
        let figures = Phrase.list(aggregates: core.aggregatePhrases(frame))
        let grouping = "by \(English.list(core.groups.map(Phrase.grouping)))"
        let conditions = Condition.phrases(core.conditions, in: frame)
        if context.rng.chance(0.5) {
            // Side by side (TPC-DS q58): each channel aggregated in its own CTE, the anchor's groups
            // joined to the other channel's, and the difference of the first figure.
            var second = QueryText(select: zip(moved.groupSQL, groupNames).map { "\($0) AS \($1)" } + zip(moved.aggregateSQL, totalNames).map { "\($0) AS \($1)" },
                                   from: sibling.fromClause)
            second.filters = moved.conditions.map(\.sql)
            second.groupBy = moved.groupSQL
            first.select.removeFirst()
            let names = [frame.anchor.table.name, sibling.table.name].map { $0.lowercased() }
            var query = QueryText(select: groupNames.map { "a.\($0)" }
                                      + totalNames.flatMap { ["a.\($0) AS \(names[0])_\($0)", "b.\($0) AS \(names[1])_\($0)"] }
                                      + ["a.\(totalNames[0]) - b.\(totalNames[0]) AS difference"],
                                  from: "first_channel AS a\nLEFT JOIN second_channel AS b ON " + groupNames.map { "b.\($0) = a.\($0)" }.joined(separator: " AND "))
            query.with = [("first_channel", first.sql), ("second_channel", second.sql)]
            query.orderBy = groupNames.map { "a.\($0)" }
            let parts = QuestionParts(request: "\(figures) of \(channels[0]) and of \(channels[1]) side by side, and the difference between the two",
                                      grouping: grouping, conditions: conditions, connector: "with")
            return IntentQuery(sql: query.sql, parts: parts, shape: "highly_complex.channel_comparison")
        }
        var second = QueryText(select: [ValueText.quoted(channels[1])] + moved.groupSQL + moved.aggregateSQL, from: sibling.fromClause)
        second.filters = moved.conditions.map(\.sql)
        second.groupBy = moved.groupSQL
        let sql = first.sql + "\nUNION ALL\n" + second.sql + "\nORDER BY " + (groupNames + ["channel"]).joined(separator: ", ")
        let parts = QuestionParts(request: "\(figures) of \(channels[0]) versus \(channels[1])", grouping: grouping, conditions: conditions, connector: "with")
        return IntentQuery(sql: sql, parts: parts, shape: "highly_complex.channel_comparison")
    }
}
