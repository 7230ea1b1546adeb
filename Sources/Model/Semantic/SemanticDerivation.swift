/// Derives the semantic model of columns and tables a schema file leaves unannotated, from roles,
/// types, names and table kinds (docs/semantic-model.md, "Derivation"). Deterministic; needs only
/// the table for a column (so ``ColumnUseClass`` can use it) and the foreign keys for a table.
public enum SemanticDerivation {
    /// Words of a descriptive detail: shown in a profile and filtered, never grouped.
    static let detailWords: Set<String> = ["street", "suite", "phone", "email", "login", "salutation", "first", "last",
                                           "address", "url", "zip", "manager", "desc", "description", "details",
                                           "comment", "comments", "note", "notes", "text", "number", "formal", "gmt", "offset"]
    static let moneyWords: Set<String> = ["price", "cost", "paid", "profit", "tax", "fee", "charge", "credit", "loss", "amt",
                                          "amount", "cash", "sales", "discount", "coupon", "revenue", "refunded", "reversed"]
    static let quantityWords: Set<String> = ["quantity", "qty", "hand", "units", "count"]

    /// The semantics of `column` in `table`: what the schema file states, the rest derived.
    public static func resolved(_ column: Column, in table: Table) -> ColumnSemantics {
        (column.semantic ?? ColumnSemantics()).filled(from: Self.column(column, in: table))
    }

    /// The derived semantics of `column` in `table`.
    public static func column(_ column: Column, in table: Table) -> ColumnSemantics {
        let words = ColumnUseClass.words(of: column.name)
        let family = column.typeFamily
        switch column.role {
        case .key, .foreignKey:
            return ColumnSemantics(role: .key)
        case .identifier:
            let first = table.columns.first { $0.role == .identifier }?.name == column.name
            return ColumnSemantics(role: table.kind == .dimension && first ? .businessKey : .identifier)
        case .measure:
            if family == .text { return ColumnSemantics(role: .dimension) }
            guard table.kind == .fact else { return ColumnSemantics(role: .detail, unit: unit(words)) }
            let averaged = ColumnUseClass.isUnitRate(words) || isPerUnitOrScore(words)
            return ColumnSemantics(role: .measure, aggregation: averaged ? .average : .sum,
                                   nonAdditiveDimension: isSnapshot(table) ? "time" : nil, unit: unit(words))
        case .date, .attribute:
            if ColumnUseClass.isFlag(column) { return ColumnSemantics(role: .flag) }
            // The grain's words first: whether the table is a calendar reads all its columns.
            if let grain = grain(words, family: family), timeDimension(of: table) != nil {
                return ColumnSemantics(role: .timeGrain, grain: grain)
            }
            if isRecordDate(words) { return ColumnSemantics(role: .recordDate) }
            if family == .date || family == .time { return ColumnSemantics(role: column.role == .date ? .date : .date) }
            if column.role == .date { return ColumnSemantics(role: .detail) }
            if family == .integer || family == .decimal {
                return ColumnSemantics(role: words.contains("count") ? .dimension : .detail)
            }
            if words.contains(where: detailWords.contains) { return ColumnSemantics(role: .detail) }
            return ColumnSemantics(role: .dimension)
        }
    }

    /// The derived semantics of `table` among `foreignKeys`.
    public static func table(_ table: Table, in schema: Schema) -> TableSemantics {
        var semantics = TableSemantics()
        semantics.timeDimension = timeDimension(of: table)
        if table.kind == .dimension {
            semantics.businessKey = table.columns.first { $0.role == .identifier }?.name
            let records = table.columns.filter { isRecordDate(ColumnUseClass.words(of: $0.name)) }.map(\.name)
            if records.count == 2 { semantics.versionedBy = records }
            return semantics
        }
        let keys = schema.foreignKeys.filter { $0.childTable.lowercased() == table.name.lowercased() && $0.childColumns.count == 1 }
        let calendar = keys.filter { key in schema.table(named: key.parentTable).map { timeDimension(of: $0) == "date" } ?? false }
        let clock = keys.filter { key in schema.table(named: key.parentTable).map { timeDimension(of: $0) == "time_of_day" } ?? false }
        semantics.eventDate = preferredEvent(calendar)?.childColumns[0]
        semantics.eventTime = preferredEvent(clock)?.childColumns[0]
        semantics.snapshot = isSnapshot(table)
        return semantics
    }

    /// The key that dates an event: a sold/returned/order date before a ship date, else the first.
    static func preferredEvent(_ keys: [ForeignKey]) -> ForeignKey? {
        let preferred = ["sold", "returned", "return", "order", "event", "transaction", "trans", "date"]
        for word in preferred {
            if let key = keys.first(where: { ColumnUseClass.words(of: $0.childColumns[0]).contains(word) && !ColumnUseClass.words(of: $0.childColumns[0]).contains("ship") }) {
                return key
            }
        }
        return keys.first
    }

    /// `date` for a calendar table (a date column, year and month parts and a week, weekday or quarter
    /// part), `time_of_day` for a clock
    /// table (hour and minute columns), nil otherwise.
    public static func timeDimension(of table: Table) -> String? {
        guard table.kind == .dimension else { return nil }
        // The words of every column at once: a word of one of them is a word of the table.
        let words = Set(table.columns.flatMap { ColumnUseClass.words(of: $0.name) })
        let has = { (word: String) in words.contains(word) }
        if has("hour") && has("minute") { return "time_of_day" }
        let dated = table.columns.contains { $0.typeFamily == .date }
        // Year and month alone also make a customer's birth date; a calendar has a week, weekday or quarter too.
        let calendarOnly = ["quarter", "qoy", "week", "dow", "weekend", "holiday"].contains(where: has)
        if dated && has("year") && (has("moy") || has("month")) && calendarOnly { return "date" }
        return nil
    }

    /// A periodic snapshot: a fact whose primary key is all foreign keys (one of them a date) and
    /// that has no identifier of its own (inventory: one row per item, warehouse and week).
    public static func isSnapshot(_ table: Table) -> Bool {
        guard table.kind == .fact, table.primaryKey.count >= 2 else { return false }
        let keyColumns = table.primaryKey.compactMap { table.column(named: $0) }
        return keyColumns.count == table.primaryKey.count && keyColumns.allSatisfy { $0.role == .foreignKey }
            && keyColumns.contains { ColumnUseClass.words(of: $0.name).contains("date") }
            && !table.columns.contains { $0.role == .identifier }
    }

    /// A cost or price per unit (`unit_cost`) or a score or rating: averaged, never summed.
    static func isPerUnitOrScore(_ words: [String]) -> Bool {
        (words.contains("unit") && (words.contains("cost") || words.contains("price")))
            || words.contains("score") || words.contains("rating")
    }

    static func isRecordDate(_ words: [String]) -> Bool {
        (words.contains("rec") || words.contains("record") || words.contains("valid"))
            && (words.contains("start") || words.contains("end") || words.contains("from") || words.contains("to"))
    }

    static func unit(_ words: [String]) -> MeasureUnit? {
        if words.contains(where: { ["percent", "percentage", "pct", "precentage"].contains($0) }) { return .percent }
        if words.contains(where: moneyWords.contains) { return .money }
        if words.contains(where: quantityWords.contains) { return .quantity }
        return .number
    }

    /// The grain a calendar or clock column holds, from its name.
    static func grain(_ words: [String], family: SQLTypeFamily) -> TimeGrain? {
        let set = Set(words)
        if family == .date { return .date }
        if set.contains("fy") {
            if set.contains("year") { return .fiscalYear }
            return set.contains("quarter") ? .fiscalQuarter : (set.contains("week") ? .fiscalWeek : .other)
        }
        if set.contains("seq") {
            if set.contains("month") { return .monthSequence }
            if set.contains("week") { return .weekSequence }
            if set.contains("quarter") { return .quarterSequence }
            return .other
        }
        if set.contains("quarter") && set.contains("name") { return .quarterName }
        if set.contains("year") { return .year }
        if set.contains("qoy") || set.contains("quarter") { return .quarter }
        if set.contains("moy") || set.contains("month") { return .month }
        if set.contains("dow") || (set.contains("day") && set.contains("name")) { return .dayOfWeek }
        if set.contains("dom") { return .dayOfMonth }
        if set.contains("week") { return .week }
        if set.contains("hour") { return .hour }
        if set.contains("minute") { return .minute }
        if set.contains("second") { return .second }
        if set.contains("shift") { return .shift }
        if set.contains("meal") { return .mealTime }
        if set.contains("time") && family == .integer { return .timeOfDay }
        return .other
    }
}
