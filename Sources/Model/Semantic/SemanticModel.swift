/// The semantic model of a schema: what each column and table means to an analyst (measures and
/// how they aggregate, dimensions, details, flags and their phrases, event times, versioning) and
/// the metrics computed from them. The schema file's `semantic` objects and `metrics` list say it
/// where written (by hand for TPC-DS); ``SemanticDerivation`` fills in the rest
/// (docs/semantic-model.md). Lookups are case-insensitive.
public struct SemanticModel: Sendable {
    private var columns: [ColumnRef: ColumnSemantics] = [:]
    private var tables: [String: TableSemantics] = [:]
    /// The metrics: the file's, else derived from measure names.
    public let metrics: [Metric]
    /// Columns and tables whose semantics the file states in full, partly, or not at all.
    public let provenance: SemanticProvenance
    /// The calendar table (time dimension `date`), if any.
    public let calendarTable: String?
    /// The clock table (time dimension `time_of_day`), if any.
    public let clockTable: String?

    public init(schema: Schema) {
        var provenance = SemanticProvenance()
        var calendar: String?
        var clock: String?
        for table in schema.tables {
            for column in table.columns {
                let given = column.semantic ?? ColumnSemantics()
                columns[Self.key(table.name, column.name)] = SemanticDerivation.resolved(column, in: table)
                provenance.count(column: given, complete: given.role != nil)
            }
            let derived = SemanticDerivation.table(table, in: schema)
            let given = table.semantic ?? TableSemantics()
            let resolved = given.filled(from: derived)
            tables[table.name.lowercased()] = resolved
            provenance.count(table: given)
            if resolved.timeDimension == "date", calendar == nil { calendar = table.name }
            if resolved.timeDimension == "time_of_day", clock == nil { clock = table.name }
        }
        calendarTable = calendar
        clockTable = clock
        let given = schema.metrics ?? []
        metrics = given.isEmpty ? MetricDerivation.metrics(of: schema) : given
        provenance.metricsGiven = given.count
        self.provenance = provenance
    }

    /// The semantics of `ref` (derived for a column the schema lacks: an empty entry).
    public func semantics(of ref: ColumnRef) -> ColumnSemantics {
        columns[Self.key(ref.table, ref.column)] ?? ColumnSemantics()
    }

    /// The role of `ref`.
    public func role(of ref: ColumnRef) -> SemanticRole? { semantics(of: ref).role }

    /// The semantics of the table named `name`.
    public func table(_ name: String) -> TableSemantics { tables[name.lowercased()] ?? TableSemantics() }

    /// The foreign key of `fact` that dates its events (to the calendar), if any.
    public func eventDateKey(of fact: String, in schema: Schema) -> ForeignKey? {
        guard let column = table(fact).eventDate else { return nil }
        return schema.foreignKey(from: fact, column: column)
    }

    /// The foreign key of `fact` to the clock table, if any.
    public func eventTimeKey(of fact: String, in schema: Schema) -> ForeignKey? {
        guard let column = table(fact).eventTime else { return nil }
        return schema.foreignKey(from: fact, column: column)
    }

    /// Whether `key` is an event-time edge (a fact's dating or clock key): the calendar parts it
    /// reaches are periods of the fact's events, not details of an entity (opening date, birth date).
    public func isEventEdge(_ key: ForeignKey) -> Bool {
        let semantics = table(key.childTable)
        guard key.childColumns.count == 1 else { return false }
        let column = key.childColumns[0].lowercased()
        return semantics.eventDate?.lowercased() == column || semantics.eventTime?.lowercased() == column
    }

    private static func key(_ table: String, _ column: String) -> ColumnRef {
        ColumnRef(table: table.lowercased(), column: column.lowercased())
    }
}

/// How much of a semantic model the schema file states (for `schema check`).
public struct SemanticProvenance: Sendable, Equatable {
    public var columnsGiven = 0
    public var columnsPartly = 0
    public var columnsDerived = 0
    public var tablesGiven = 0
    public var tablesDerived = 0
    public var metricsGiven = 0

    mutating func count(column: ColumnSemantics, complete: Bool) {
        if column.isEmpty { columnsDerived += 1 } else if complete { columnsGiven += 1 } else { columnsPartly += 1 }
    }

    mutating func count(table: TableSemantics) {
        if table == TableSemantics() { tablesDerived += 1 } else { tablesGiven += 1 }
    }
}
