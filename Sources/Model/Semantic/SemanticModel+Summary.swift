extension SemanticModel {
    /// The columns of `table` with `role`, in column order.
    public func columns(of table: Table, role: SemanticRole) -> [Column] {
        table.columns.filter { self.role(of: ColumnRef(table: table.name, column: $0.name)) == role }
    }

    /// One line per kind of semantic entry of `table` (`schema show`): measures with aggregation and
    /// unit, dimensions, details, flags with phrases, time grains, event date and time, versioning.
    public func summaryLines(of table: Table) -> [String] {
        var lines: [String] = []
        let ref = { (column: Column) in ColumnRef(table: table.name, column: column.name) }
        let measures = columns(of: table, role: .measure).map { column -> String in
            let semantics = self.semantics(of: ref(column))
            let settings = [semantics.aggregation?.rawValue, semantics.unit?.rawValue,
                            semantics.nonAdditiveDimension.map { "non-additive over \($0)" }].compactMap { $0 }
            return "\(column.name) (\(settings.joined(separator: ", ")))"
        }
        let flags = columns(of: table, role: .flag).map { column -> String in
            let semantics = self.semantics(of: ref(column))
            guard let yes = semantics.truePhrase, let no = semantics.falsePhrase else { return "\(column.name) (no phrases)" }
            return "\(column.name) (\"\(yes)\" / \"\(no)\")"
        }
        let grains = columns(of: table, role: .timeGrain).map { "\($0.name) (\(self.semantics(of: ref($0)).grain?.rawValue ?? "other"))" }
        let plain: [(String, SemanticRole)] = [("dimensions", .dimension), ("details", .detail),
                                               ("identifiers", .identifier), ("record dates", .recordDate), ("dates", .date)]
        lines.append(contentsOf: [("measures", measures), ("flags", flags), ("time grains", grains)]
            .filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" })
        for (title, role) in plain {
            let names = columns(of: table, role: role).map(\.name)
            if !names.isEmpty { lines.append("\(title): \(names.joined(separator: ", "))") }
        }
        let semantics = self.table(table.name)
        var events: [String] = []
        if let date = semantics.eventDate { events.append("date \(date)") }
        if let time = semantics.eventTime { events.append("time \(time)") }
        if !events.isEmpty { lines.append("event: \(events.joined(separator: ", "))\(semantics.snapshot == true ? " (periodic snapshot)" : "")") }
        if let key = semantics.businessKey { lines.append("business key: \(key)") }
        if let versions = semantics.versionedBy { lines.append("versioned by: \(versions.joined(separator: ", "))") }
        if let dimension = semantics.timeDimension { lines.append("time dimension: \(dimension)") }
        return lines
    }

    /// A metric in one line: `name (kind, unit): label = numerator / denominator`.
    public static func describe(_ metric: Metric) -> String {
        var formula = "\(metric.table).\(metric.numerator)"
        if let denominator = metric.denominator { formula += " / \(metric.denominatorTable ?? metric.table).\(denominator)" }
        let settings = [metric.kind.rawValue, metric.unit?.rawValue].compactMap { $0 }.joined(separator: ", ")
        return "\(metric.name) (\(settings)): \(metric.label) = \(formula)"
    }

    /// How many columns per role, in ``SemanticRole`` order: `measure 58, dimension 140, ...`.
    public func roleCounts(of schema: Schema) -> String {
        SemanticRole.allCases.map { role in
            "\(role.rawValue) \(schema.tables.reduce(0) { $0 + columns(of: $1, role: role).count })"
        }.joined(separator: ", ")
    }
}

extension SemanticProvenance {
    /// `columns 425 (given 120, partly 3, derived 302), tables 24 (given 10, derived 14), metrics 12 given`.
    public func describe(metricCount: Int) -> String {
        let columns = columnsGiven + columnsPartly + columnsDerived
        let tables = tablesGiven + tablesDerived
        return "columns \(columns) (given \(columnsGiven), partly \(columnsPartly), derived \(columnsDerived)), "
            + "tables \(tables) (given \(tablesGiven), derived \(tablesDerived)), "
            + "metrics \(metricCount) \(metricsGiven > 0 ? "given" : "derived")"
    }
}
