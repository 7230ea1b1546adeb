import Foundation

extension SchemaChecker {
    /// Errors for a semantic model that names what the schema lacks or contradicts (an event date that
    /// is not a foreign key to the calendar, an unknown business key or version column, a metric over
    /// unknown tables or columns or over a non-measure); warnings for settings the role ignores and
    /// one grouped warning for flags without phrases (docs/semantic-model.md).
    static func checkSemantics(_ schema: Schema, into diagnostics: inout [Diagnostic]) {
        let model = SemanticModel(schema: schema)
        var unphrased: [String] = []
        for (tableIndex, table) in schema.tables.enumerated() {
            let path = "$.tables[\(tableIndex)]"
            if let given = table.semantic {
                checkTableSemantics(given, of: table, in: schema, model: model, at: "\(path).semantic", into: &diagnostics)
            }
            for (columnIndex, column) in table.columns.enumerated() {
                let semantics = model.semantics(of: ColumnRef(table: table.name, column: column.name))
                if semantics.role == .flag, semantics.truePhrase == nil || semantics.falsePhrase == nil {
                    unphrased.append("\(table.name).\(column.name)")
                }
                guard let given = column.semantic else { continue }
                checkColumnSemantics(given, of: column, at: "\(path).columns[\(columnIndex)].semantic", into: &diagnostics)
            }
        }
        if !unphrased.isEmpty {
            let shown = unphrased.prefix(5).joined(separator: ", ") + (unphrased.count > 5 ? ", ..." : "")
            diagnostics.append(Diagnostic(.warning, at: "$.tables",
                                          "\(unphrased.count) flag column(s) without true_phrase and false_phrase (questions say the label and Y or N): \(shown)"))
        }
        for (index, metric) in (schema.metrics ?? []).enumerated() {
            checkMetric(metric, in: schema, model: model, at: "$.metrics[\(index)]", into: &diagnostics)
        }
    }

    private static func checkColumnSemantics(_ semantics: ColumnSemantics, of column: Column, at path: String,
                                             into diagnostics: inout [Diagnostic]) {
        let role = semantics.role
        let measureFields = semantics.aggregation != nil || semantics.nonAdditiveDimension != nil
        if let role, role != .measure, measureFields {
            diagnostics.append(Diagnostic(.warning, at: path, "aggregation and non_additive_dimension apply to measures only; this column's role is \(role.rawValue)"))
        }
        if let role, role != .timeGrain, role != .date, semantics.grain != nil {
            diagnostics.append(Diagnostic(.warning, at: "\(path).grain", "grain applies to time grains and dates only; this column's role is \(role.rawValue)"))
        }
        if let role, role != .flag, semantics.truePhrase != nil || semantics.falsePhrase != nil {
            diagnostics.append(Diagnostic(.warning, at: path, "true_phrase and false_phrase apply to flags only; this column's role is \(role.rawValue)"))
        }
        if role == .measure, column.typeFamily != .integer, column.typeFamily != .decimal {
            diagnostics.append(Diagnostic(.error, at: "\(path).role", "a measure must be a number; \(column.name) is \(column.type)"))
        }
        if let dimension = semantics.nonAdditiveDimension, dimension != "time" {
            diagnostics.append(Diagnostic(.warning, at: "\(path).non_additive_dimension", "unknown non-additive dimension \"\(dimension)\" (this build knows \"time\")"))
        }
        checkSynonyms(semantics.synonyms, at: "\(path).synonyms", into: &diagnostics)
    }

    /// An empty synonym is an error: a question would say nothing for the column or metric.
    private static func checkSynonyms(_ synonyms: [String], at path: String, into diagnostics: inout [Diagnostic]) {
        for (index, synonym) in synonyms.enumerated() where synonym.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(Diagnostic(.error, at: "\(path)[\(index)]", "expected a non-empty noun phrase"))
        }
    }

    private static func checkTableSemantics(_ semantics: TableSemantics, of table: Table, in schema: Schema, model: SemanticModel,
                                            at path: String, into diagnostics: inout [Diagnostic]) {
        let keys: [(String?, String, String?)] = [(semantics.eventDate, "event_date", model.calendarTable),
                                                  (semantics.eventTime, "event_time", model.clockTable)]
        for (column, field, target) in keys {
            guard let column else { continue }
            let key = schema.foreignKey(from: table.name, column: column)
            let what = field == "event_date" ? "calendar" : "clock"
            guard let own = table.column(named: column) else {
                diagnostics.append(Diagnostic(.error, at: "\(path).\(field)", "unknown column \"\(column)\" in table \"\(table.name)\""))
                continue
            }
            // Any calendar (clock) table of the schema will do: a schema may keep several.
            let kind = field == "event_date" ? "date" : "time_of_day"
            if let key, key.parentTable.lowercased() == target?.lowercased()
                || schema.table(named: key.parentTable).map({ model.table($0.name).timeDimension == kind }) == true {
                continue
            } else if key == nil, field == "event_date", own.typeFamily == .date {
                continue // a fact dated by a date or timestamp column of its own (MetricFlow's agg_time_dimension)
            } else if let key {
                diagnostics.append(Diagnostic(.error, at: "\(path).\(field)",
                                              "\(table.name).\(column) references \(key.parentTable), which is not a \(what) table\(target == nil ? " (the schema has none)" : "")"))
            } else {
                diagnostics.append(Diagnostic(.error, at: "\(path).\(field)",
                                              "\(table.name).\(column) is not a foreign key to a \(what) table\(field == "event_date" ? " nor a date column of its own" : "")"))
            }
        }
        if let key = semantics.businessKey, table.column(named: key) == nil {
            diagnostics.append(Diagnostic(.error, at: "\(path).business_key", "unknown column \"\(key)\" in table \"\(table.name)\""))
        }
        if let versions = semantics.versionedBy {
            if versions.count != 2 {
                diagnostics.append(Diagnostic(.error, at: "\(path).versioned_by", "expected the record start and end date columns, found \(versions.count) name(s)"))
            }
            for (index, name) in versions.enumerated() where table.column(named: name) == nil {
                diagnostics.append(Diagnostic(.error, at: "\(path).versioned_by[\(index)]", "unknown column \"\(name)\" in table \"\(table.name)\""))
            }
        }
        if let snapshot = semantics.snapshot, snapshot, table.kind != .fact {
            diagnostics.append(Diagnostic(.error, at: "\(path).snapshot", "only a fact table can be a snapshot; \(table.name) is a \(table.kind.rawValue)"))
        }
        if let dimension = semantics.timeDimension, dimension != "date", dimension != "time_of_day" {
            diagnostics.append(Diagnostic(.error, at: "\(path).time_dimension", "unknown time dimension \"\(dimension)\" (expected date or time_of_day)"))
        }
    }

    private static func checkMetric(_ metric: Metric, in schema: Schema, model: SemanticModel, at path: String,
                                    into diagnostics: inout [Diagnostic]) {
        let terms: [(String, String?, String)] = [("numerator", metric.numerator, metric.table),
                                                  ("denominator", metric.denominator, metric.denominatorTable ?? metric.table)]
        if metric.kind == .ratio, metric.denominator == nil {
            diagnostics.append(Diagnostic(.error, at: "\(path).denominator", "a ratio metric needs a denominator"))
        }
        if metric.kind != .ratio, metric.denominator != nil || metric.denominatorTable != nil {
            diagnostics.append(Diagnostic(.warning, at: "\(path).denominator", "only a ratio metric has a denominator (ignored for a \(metric.kind.rawValue) metric)"))
        }
        for (field, columnName, tableName) in terms {
            guard let columnName else { continue }
            guard let table = schema.table(named: tableName) else {
                let tableField = field == "denominator" && metric.denominatorTable != nil ? "denominator_table" : "table"
                diagnostics.append(Diagnostic(.error, at: "\(path).\(tableField)", "unknown table \"\(tableName)\""))
                continue
            }
            guard table.column(named: columnName) != nil else {
                diagnostics.append(Diagnostic(.error, at: "\(path).\(field)", "unknown column \"\(columnName)\" in table \"\(table.name)\""))
                continue
            }
            let role = model.role(of: ColumnRef(table: table.name, column: columnName))
            if role != .measure {
                diagnostics.append(Diagnostic(.error, at: "\(path).\(field)",
                                              "\(table.name).\(columnName) is a \(role?.rawValue ?? "column") of the semantic model, not a measure"))
            }
        }
        checkSynonyms(metric.synonyms, at: "\(path).synonyms", into: &diagnostics)
        if let duplicate = schema.metrics?.firstIndex(where: { $0.name == metric.name }), "$.metrics[\(duplicate)]" != path {
            diagnostics.append(Diagnostic(.error, at: "\(path).name", "duplicate metric name \"\(metric.name)\" (first at $.metrics[\(duplicate)])"))
        }
    }
}
