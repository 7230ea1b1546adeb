import Model

/// A fact of another channel that can answer the same question: for each joined dimension an
/// edge of the same role (or the same key name after the table prefix) to the same table, and
/// for each column the question reads of the anchor a column of the same label and use class.
struct SiblingChannel {
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
                    && (vocabulary.role(of: key) == vocabulary.role(of: edge) || Self.suffixes(key.childColumns) == Self.suffixes(edge.childColumns))
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
