import Model

/// Highly complex recipe: one figure of two sales channels side by side, through a set operation.
enum ChannelRecipes {
    /// The same aggregate of the anchor fact and of a sibling fact (another channel: store sales
    /// and catalog sales) per group, stacked with `UNION ALL` and labelled by channel. The sibling
    /// must reach the same dimensions through keys of the same role and hold a measure of the same
    /// label; each channel is aggregated on its own, so no total double counts.
    static func channelComparison(_ context: inout IntentContext) -> IntentQuery? {
        let frame = context.frame
        guard frame.anchor.table.kind == .fact, var core = GroupedAggregate.build(&context), !core.manyGroups else { return nil }
        let direct = frame.instances.dropFirst().allSatisfy { $0.childAlias == frame.anchor.alias }
        guard direct else { return nil }
        let siblings = context.schema.tables
            .filter { $0.kind == .fact && $0.name.lowercased() != frame.anchor.table.name.lowercased() }
            .compactMap { sibling in Sibling(of: frame, table: sibling, reading: core.columns, schema: context.schema, vocabulary: context.vocabulary) }
        guard !siblings.isEmpty else { return nil }
        let sibling = context.rng.pick(siblings)
        core.averages = false
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

/// A fact of another channel that can answer the same question: for each joined dimension an
/// edge of the same role (or the same key name after the table prefix) to the same table, and
/// for each column the question reads of the anchor a column of the same label and use class.
struct Sibling {
    let table: Table
    let plural: String
    /// Anchor-frame alias → sibling alias (`t0` → `u0`, `t1` → `u1`, ...).
    let aliases: [String: String]
    /// Anchor column name → the sibling's column of the same label.
    let columns: [String: FrameColumn]
    let fromClause: String

    init?(of frame: SlotFrame, table: Table, reading: [FrameColumn], schema: Schema, vocabulary: SchemaVocabulary) {
        let anchor = SlotFrame.Instance(table: table, alias: "u0", phrase: vocabulary.entity(of: table.name).plural, edge: nil, childAlias: nil)
        var aliases = [frame.anchor.alias: "u0"]
        var from = "\(SQLIdentifier.quoteIfNeeded(table.name)) AS u0"
        for (index, instance) in frame.instances.dropFirst().enumerated() {
            guard let edge = instance.edge else { return nil }
            let keys = schema.foreignKeys.filter { key in
                key.childTable.lowercased() == table.name.lowercased() && key.parentTable.lowercased() == edge.parentTable.lowercased()
                    && key.parentColumns.map { $0.lowercased() } == edge.parentColumns.map { $0.lowercased() }
                    && (vocabulary.role(of: key) == instance.phrase || Self.suffixes(key.childColumns) == Self.suffixes(edge.childColumns))
            }
            guard keys.count == 1, let key = keys.first else { return nil }
            let alias = "u\(index + 1)"
            aliases[instance.alias] = alias
            let pairs = zip(key.childColumns, key.parentColumns).map { "u0.\(SQLIdentifier.quoteIfNeeded($0)) = \(alias).\(SQLIdentifier.quoteIfNeeded($1))" }
            from += "\nJOIN \(SQLIdentifier.quoteIfNeeded(instance.table.name)) AS \(alias) ON " + pairs.joined(separator: " AND ")
        }
        var counterparts: [String: FrameColumn] = [:]
        for read in reading where read.alias == frame.anchor.alias {
            let label = vocabulary.label(of: read.ref).lowercased()
            let matches = table.columns.filter { column in
                vocabulary.label(of: ColumnRef(table: table.name, column: column.name)).lowercased() == label
                    && ColumnUseClass(column: column, in: table) == read.useClass
            }
            guard matches.count == 1, let match = matches.first else { return nil }
            counterparts[read.column.name] = frame.bind(match, of: anchor, vocabulary: vocabulary)
        }
        self.table = table
        plural = anchor.phrase
        self.aliases = aliases
        columns = counterparts
        fromClause = from
    }

    /// Key column names without their table prefix (`ss_sold_date_sk` → `sold_date_sk`).
    static func suffixes(_ columns: [String]) -> [String] {
        columns.map { name in
            let lower = name.lowercased()
            guard let underscore = lower.firstIndex(of: "_") else { return lower }
            return String(lower[lower.index(after: underscore)...])
        }
    }
}

extension GroupedAggregate {
    /// Every column the aggregate reads: measures, groups and filtered columns.
    var columns: [FrameColumn] { measures + groups + conditions.map(\.column) }

    /// The same aggregate over `sibling`: anchor columns replaced by their counterparts, dimension
    /// columns and conditions read through the sibling's aliases; nil when a column has none.
    func moved(to sibling: Sibling) -> GroupedAggregate? {
        func move(_ column: FrameColumn) -> FrameColumn? {
            if let counterpart = sibling.columns[column.column.name], sibling.aliases[column.alias] == "u0" { return counterpart }
            return sibling.aliases[column.alias].flatMap { $0 == "u0" ? nil : column.moved(to: $0) }
        }
        let measures = self.measures.compactMap(move), groups = self.groups.compactMap(move)
        let conditions = self.conditions.compactMap { condition in move(condition.column).flatMap { Condition.on($0, value: condition.value) } }
        guard measures.count == self.measures.count, groups.count == self.groups.count, conditions.count == self.conditions.count else { return nil }
        var moved = GroupedAggregate(measures: measures, groups: groups, conditions: conditions, manyGroups: manyGroups)
        moved.averages = averages
        moved.countsRowsFirst = countsRowsFirst
        return moved
    }
}
