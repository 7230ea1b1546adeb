import Model

/// Builds the schema of a MetricFlow import one semantic model and metric at a time.
struct MetricFlowSchemaBuilder {
    private let name: String
    private let base: Schema?
    private var tables: [Table] = []
    private var foreignKeys: [ForeignKey]
    private var metrics: [Metric] = []
    private(set) var notes: [String] = []
    /// A measure's name to its table and column.
    private var measures: [String: ColumnRef] = [:]
    /// A primary entity's name to its table and column.
    private var primaryEntities: [String: ColumnRef] = [:]
    /// Foreign entities to link once every primary entity is known.
    private var foreignEntities: [(entity: String, ref: ColumnRef)] = []

    init(name: String, base: Schema?) {
        self.name = name
        self.base = base
        self.foreignKeys = base?.foreignKeys ?? []
    }

    func schema() -> Schema {
        // Over a database schema its table order stays; tables no semantic model names keep their derived model.
        let tables = base?.tables.map { table in self.tables.first { $0.name.lowercased() == table.name.lowercased() } ?? table } ?? self.tables
        return Schema(name: name, description: base?.description ?? "Imported from dbt MetricFlow semantic models.",
                      tables: tables, foreignKeys: foreignKeys, metrics: metrics.isEmpty ? nil : metrics)
    }

    // MARK: Semantic models

    mutating func add(_ model: MetricFlowSemanticModel) throws(MetricFlowImportError) {
        let tableName = Self.tableName(of: model)
        var table: Table
        if let base {
            guard let existing = base.table(named: tableName) else {
                throw MetricFlowImportError("semantic model \(model.name): table \"\(tableName)\" is not in the imported database schema")
            }
            table = existing
        } else {
            table = Table(name: tableName, kind: .dimension, subjectArea: model.name.replacingOccurrences(of: "_", with: " "),
                          description: model.description ?? "", primaryKey: [], columns: [])
        }
        if tables.contains(where: { $0.name.lowercased() == table.name.lowercased() }) {
            throw MetricFlowImportError("semantic model \(model.name): table \"\(table.name)\" is the table of an earlier semantic model too")
        }
        if let description = model.description, table.description.isEmpty { table.description = description }
        var semantics = table.semantic ?? TableSemantics()
        for entity in model.entities ?? [] {
            guard let column = try columnName(entity.expr, entity.name, what: "entity \(entity.name)", of: model) else { continue }
            let role: (ColumnRole, SemanticRole)
            switch entity.type {
            case "primary": role = (.key, .key)
            case "foreign": role = (.foreignKey, .key)
            case "natural": role = (.identifier, .businessKey)
            case "unique": role = (.identifier, .identifier)
            default:
                throw MetricFlowImportError("semantic model \(model.name): entity \(entity.name) has unknown type \"\(entity.type)\" (expected primary, foreign, unique or natural)")
            }
            let resolved = try place(column, in: &table, model: model, type: "integer", role: role.0,
                                     semantics: ColumnSemantics(role: role.1), description: entity.description, label: entity.label)
            let ref = ColumnRef(table: table.name, column: resolved)
            switch entity.type {
            case "primary":
                if table.primaryKey.isEmpty { table.primaryKey = [resolved] }
                primaryEntities[entity.name.lowercased()] = ref
            case "foreign": foreignEntities.append((entity.name.lowercased(), ref))
            case "natural": semantics.businessKey = resolved
            default: break
            }
        }
        var validity: (start: String?, end: String?) = (nil, nil)
        var timeColumns: [String: String] = [:]
        for dimension in model.dimensions ?? [] {
            guard let column = try columnName(dimension.expr, dimension.name, what: "dimension \(dimension.name)", of: model) else { continue }
            let resolved: String
            switch dimension.type {
            case "categorical":
                let words = column.lowercased().split(separator: "_")
                let flag = words.first == "is" || words.first == "has"
                resolved = try place(column, in: &table, model: model, type: flag ? "boolean" : "varchar(100)", role: .attribute,
                                     semantics: ColumnSemantics(role: flag ? .flag : .dimension),
                                     description: dimension.description, label: dimension.label)
            case "time":
                let granularity = dimension.typeParams?.timeGranularity?.lowercased()
                let validityParams = dimension.typeParams?.validityParams
                let record = validityParams?.isStart == true || validityParams?.isEnd == true
                let semantic = record ? ColumnSemantics(role: .recordDate)
                    : ColumnSemantics(role: .date, grain: granularity.flatMap(Self.grain))
                let clock = ["hour", "minute", "second", "millisecond"].contains(granularity ?? "")
                resolved = try place(column, in: &table, model: model, type: clock ? "timestamp" : "date", role: .date,
                                     semantics: semantic, description: dimension.description, label: dimension.label)
                if validityParams?.isStart == true { validity.start = resolved }
                if validityParams?.isEnd == true { validity.end = resolved }
                timeColumns[dimension.name.lowercased()] = resolved
            default:
                throw MetricFlowImportError("semantic model \(model.name): dimension \(dimension.name) has unknown type \"\(dimension.type)\" (expected categorical or time)")
            }
        }
        if let start = validity.start, let end = validity.end { semantics.versionedBy = [start, end] }
        var eventDimension = model.defaults?.aggTimeDimension
        for measure in model.measures ?? [] {
            try addMeasure(measure, to: &table, model: model, timeColumns: timeColumns)
            if eventDimension == nil { eventDimension = measure.aggTimeDimension }
            if measure.nonAdditiveDimension != nil { semantics.snapshot = true }
        }
        if !(model.measures ?? []).isEmpty {
            table.kind = .fact
            if let eventDimension {
                semantics.eventDate = timeColumns[eventDimension.lowercased()] ?? eventDimension
            }
        }
        table.semantic = semantics == TableSemantics() ? nil : semantics
        tables.append(table)
    }

    private mutating func addMeasure(_ measure: MetricFlowSemanticModel.Measure, to table: inout Table,
                                     model: MetricFlowSemanticModel, timeColumns: [String: String]) throws(MetricFlowImportError) {
        let what = "measure \(measure.name) of \(model.name)"
        let agg = measure.agg.lowercased()
        guard let column = try columnName(measure.expr, measure.name, what: "measure \(measure.name)", of: model) else { return }
        if let existing = table.column(named: column), existing.semantic?.role != nil, existing.semantic?.role != .measure {
            notes.append("\(what) aggregates \(table.name).\(existing.name), a \(existing.semantic?.role?.rawValue ?? "column") of the model: left out (no measure column)")
            return
        }
        if agg == "sum_boolean" {
            let resolved = try place(column, in: &table, model: model, type: "boolean", role: .attribute,
                                     semantics: ColumnSemantics(role: .flag), description: measure.description, label: measure.label)
            notes.append("\(what) counts the rows where \(table.name).\(resolved) holds: imported as a flag")
            return
        }
        let aggregation: MeasureAggregation?
        switch agg {
        case "sum": aggregation = .sum
        case "average", "avg": aggregation = .average
        case "min": aggregation = .min
        case "max": aggregation = .max
        case "count": aggregation = .count
        case "count_distinct": aggregation = .countDistinct
        default:
            aggregation = nil
            notes.append("\(what): aggregation \"\(measure.agg)\" has no counterpart; the aggregation is derived")
        }
        var nonAdditive: String?
        if let dimension = measure.nonAdditiveDimension?.name {
            nonAdditive = timeColumns[dimension.lowercased()] != nil ? "time" : dimension
        }
        if let existing = table.column(named: column), existing.semantic?.role == .measure {
            notes.append("\(what) aggregates \(table.name).\(existing.name) again: the column keeps its first aggregation")
            measures[measure.name.lowercased()] = ColumnRef(table: table.name, column: existing.name)
            return
        }
        let resolved = try place(column, in: &table, model: model, type: "decimal(18,2)", role: .measure,
                                 semantics: ColumnSemantics(role: .measure, aggregation: aggregation, nonAdditiveDimension: nonAdditive),
                                 description: measure.description, label: measure.label)
        measures[measure.name.lowercased()] = ColumnRef(table: table.name, column: resolved)
    }

    /// Adds or annotates the column `name` of `table`; returns its name as the table spells it.
    private func place(_ name: String, in table: inout Table, model: MetricFlowSemanticModel, type: String, role: ColumnRole,
                       semantics: ColumnSemantics, description: String?, label: String?) throws(MetricFlowImportError) -> String {
        if let index = table.columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            if base == nil, table.columns[index].semantic != nil { return table.columns[index].name }
            if base != nil, role == .measure, !Self.isNumeric(table.columns[index]) {
                throw MetricFlowImportError("semantic model \(model.name): measure column \(table.name).\(table.columns[index].name) is \(table.columns[index].type), not a number")
            }
            table.columns[index].role = role == .key && !table.primaryKey.isEmpty && !table.primaryKey.contains(table.columns[index].name) ? .identifier : role
            table.columns[index].semantic = semantics
            if let description, table.columns[index].description.isEmpty { table.columns[index].description = description }
            if let label, table.columns[index].label == nil { table.columns[index].label = label }
            return table.columns[index].name
        }
        if base != nil {
            throw MetricFlowImportError("semantic model \(model.name): column \"\(name)\" is not in table \"\(table.name)\" of the imported database schema")
        }
        table.columns.append(Column(name: name, type: type, nullable: role != .key, role: role, description: description ?? "",
                                    label: label, semantic: semantics))
        return name
    }

    private static func isNumeric(_ column: Column) -> Bool {
        column.typeFamily == .integer || column.typeFamily == .decimal
    }

    /// The column an element reads: its `expr` when that is a (possibly qualified) column name, its
    /// name when it has no `expr`; nil (with a note) for an SQL expression.
    private mutating func columnName(_ expr: String?, _ name: String, what: String,
                                     of model: MetricFlowSemanticModel) throws(MetricFlowImportError) -> String? {
        guard let expr = expr?.trimmingCharacters(in: .whitespacesAndNewlines) else { return name }
        let last = expr.split(separator: ".").last.map(String.init) ?? expr
        let identifier = last.first.map { $0.isLetter || $0 == "_" } == true && last.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        if identifier, expr.split(separator: ".").count <= 2 { return last }
        notes.append("\(what) of \(model.name) is the SQL expression \"\(expr)\", not a column: left out")
        return nil
    }

    private static func tableName(of model: MetricFlowSemanticModel) -> String {
        if let alias = model.nodeRelation?.alias, !alias.isEmpty { return alias }
        if let reference = model.model {
            let quoted = reference.split(whereSeparator: { $0 == "'" || $0 == "\"" }).map(String.init)
            if quoted.count >= 3 { return quoted[quoted.count - 2] }
        }
        return model.name
    }

    private static func grain(_ granularity: String) -> TimeGrain? {
        switch granularity {
        case "day": .date
        case "week": .week
        case "month": .month
        case "quarter": .quarter
        case "year": .year
        case "hour": .hour
        case "minute": .minute
        case "second": .second
        default: nil
        }
    }

    // MARK: Foreign entities

    /// A foreign entity references the table whose primary entity has its name.
    mutating func linkForeignEntities() {
        for (entity, child) in foreignEntities {
            guard let parent = primaryEntities[entity] else {
                notes.append("foreign entity \(entity) of \(child.table) has no semantic model with it as primary entity: no foreign key")
                continue
            }
            let exists = foreignKeys.contains { $0.childTable.lowercased() == child.table.lowercased()
                && $0.childColumns.map { $0.lowercased() } == [child.column.lowercased()] }
            if !exists {
                foreignKeys.append(ForeignKey(childTable: child.table, childColumns: [child.column], parentTable: parent.table,
                                              parentColumns: [parent.column]))
            }
        }
    }

    // MARK: Metrics

    mutating func add(_ metric: MetricFlowMetric, among all: [MetricFlowMetric]) {
        let label = metric.label ?? metric.name.replacingOccurrences(of: "_", with: " ")
        let params = metric.typeParams
        switch metric.type.lowercased() {
        case "simple", "cumulative":
            guard let ref = measure(params?.measure?.name, for: metric) else { return }
            metrics.append(Metric(name: metric.name, label: label, kind: metric.type.lowercased() == "simple" ? .simple : .cumulative,
                                  table: ref.table, numerator: ref.column))
        case "ratio":
            guard let numerator = base(of: params?.numerator?.name, among: all, for: metric),
                  let denominator = base(of: params?.denominator?.name, among: all, for: metric) else { return }
            metrics.append(Self.ratio(metric.name, label: label, numerator, over: denominator))
        case "derived":
            addDerived(metric, label: label, among: all)
        default:
            notes.append("metric \(metric.name): unknown type \"\(metric.type)\": left out")
        }
    }

    /// A derived metric over the same metric now and one offset window earlier is a growth; one
    /// input over another (`a / b`) is a ratio; anything else is left out.
    private mutating func addDerived(_ metric: MetricFlowMetric, label: String, among all: [MetricFlowMetric]) {
        let inputs = metric.typeParams?.metrics ?? []
        let expr = (metric.typeParams?.expr ?? "").replacingOccurrences(of: " ", with: "")
        if let offset = inputs.first(where: { $0.offsetWindow != nil }),
           inputs.contains(where: { $0.name == offset.name && $0.offsetWindow == nil }) {
            guard let ref = base(of: offset.name, among: all, for: metric) else { return }
            metrics.append(Metric(name: metric.name, label: label, kind: .growth, table: ref.table, numerator: ref.column))
            return
        }
        let names = inputs.map { $0.alias ?? $0.name }
        if inputs.count == 2, expr == "\(names[0])/\(names[1])" || expr == "\(names[0])/nullif(\(names[1]),0)" {
            guard let numerator = base(of: inputs[0].name, among: all, for: metric),
                  let denominator = base(of: inputs[1].name, among: all, for: metric) else { return }
            metrics.append(Self.ratio(metric.name, label: label, numerator, over: denominator))
            return
        }
        notes.append("metric \(metric.name): the derived expression \"\(metric.typeParams?.expr ?? "")\" is neither a growth nor a ratio of two metrics: left out")
    }

    /// A ratio metric; the denominator's table is named when it differs from the numerator's.
    private static func ratio(_ name: String, label: String, _ numerator: ColumnRef, over denominator: ColumnRef) -> Metric {
        Metric(name: name, label: label, kind: .ratio, table: numerator.table, numerator: numerator.column, denominator: denominator.column,
               denominatorTable: denominator.table.lowercased() == numerator.table.lowercased() ? nil : denominator.table)
    }

    /// The measure column of the simple (or cumulative) metric `name`.
    private mutating func base(of name: String?, among all: [MetricFlowMetric], for metric: MetricFlowMetric) -> ColumnRef? {
        guard let name, let input = all.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            notes.append("metric \(metric.name): input metric \(name ?? "(none)") is not defined: left out")
            return nil
        }
        guard ["simple", "cumulative"].contains(input.type.lowercased()) else {
            notes.append("metric \(metric.name): input metric \(input.name) is \(input.type), not simple: left out")
            return nil
        }
        return measure(input.typeParams?.measure?.name, for: metric)
    }

    private mutating func measure(_ name: String?, for metric: MetricFlowMetric) -> ColumnRef? {
        guard let name, let ref = measures[name.lowercased()] else {
            notes.append("metric \(metric.name): measure \(name ?? "(none)") has no measure column: left out")
            return nil
        }
        return ref
    }
}
