import Model

/// What the report's meaning figures need to know about a schema, derived once from its tables,
/// roles, types and keys (docs/report.md, "Meaning figures"): fact tables, date dimensions and
/// their period columns, periodic-snapshot facts and their date keys, and descriptive details.
struct SchemaFacts {
    let schema: Schema
    /// Lower-cased names of the fact tables.
    let facts: Set<String>
    /// Lower-cased names of the date dimensions: dimensions a fact references whose columns are
    /// mostly calendar columns (role `date`) and include a date-typed one.
    let dateDimensions: Set<String>
    /// Lower-cased names of the periodic-snapshot facts (inventory-like): facts whose primary key
    /// includes a date key and that have no transaction number (no column of role `identifier`).
    let snapshots: Set<String>
    /// Lower-cased names of foreign-key columns (`table.column`) that reference a date dimension.
    private let dateKeys: Set<String>

    init(schema: Schema) {
        self.schema = schema
        let facts = Set(schema.tables.filter { $0.kind == .fact }.map { $0.name.lowercased() })
        let referencedByFacts = Set(schema.foreignKeys.filter { facts.contains($0.childTable.lowercased()) }.map { $0.parentTable.lowercased() })
        let dateDimensions = Set(schema.tables.filter { table in
            let others = table.columns.filter { $0.role != .key && $0.role != .foreignKey }
            return table.kind == .dimension && referencedByFacts.contains(table.name.lowercased())
                && others.filter { $0.role == .date }.count * 2 > others.count
                && table.columns.contains { $0.typeFamily == .date }
        }.map { $0.name.lowercased() })
        var dateKeys: Set<String> = []
        for key in schema.foreignKeys where key.childColumns.count == 1 && dateDimensions.contains(key.parentTable.lowercased()) {
            dateKeys.insert("\(key.childTable.lowercased()).\(key.childColumns[0].lowercased())")
        }
        snapshots = Set(schema.tables.filter { table in
            table.kind == .fact && !table.columns.contains { $0.role == .identifier }
                && table.primaryKey.contains { dateKeys.contains("\(table.name.lowercased()).\($0.lowercased())") }
        }.map { $0.name.lowercased() })
        self.facts = facts
        self.dateDimensions = dateDimensions
        self.dateKeys = dateKeys
    }

    func isFact(_ table: String) -> Bool { facts.contains(table.lowercased()) }

    func table(_ ref: ColumnRef) -> Table? { schema.table(named: ref.table) }

    func column(_ ref: ColumnRef) -> Column? { table(ref)?.column(named: ref.column) }

    /// Whether `ref` is a foreign key to a date dimension.
    func isDateKey(_ ref: ColumnRef) -> Bool { dateKeys.contains("\(ref.table.lowercased()).\(ref.column.lowercased())") }

    /// Name parts of a date dimension's columns that state a period.
    static let periodParts = ["year", "quarter", "qoy", "month", "moy", "seq"]
    /// Name parts of calendar columns that are no period (flags and day references).
    static let notPeriodParts = ["current", "same", "first", "last", "following", "holiday", "weekend"]

    /// Whether a filter on `ref` restricts rows to a period: a year, quarter, month, week or
    /// month/quarter sequence or a date of a date dimension, the date dimension's key, a fact's
    /// date key, or a fact's own date-typed column.
    func isPeriodColumn(_ ref: ColumnRef) -> Bool {
        guard let table = table(ref), let column = table.column(named: ref.column) else { return false }
        let name = table.name.lowercased()
        if isDateKey(ref) { return true }
        if facts.contains(name) { return column.typeFamily == .date }
        guard dateDimensions.contains(name) else { return false }
        if table.primaryKey.count == 1, table.primaryKey[0].lowercased() == column.name.lowercased() { return true }
        let words = NameParts.words(column.name)
        if words.contains(where: Self.notPeriodParts.contains) { return false }
        return column.typeFamily == .date || words.contains(where: { word in Self.periodParts.contains { word.hasPrefix($0) } })
    }

    /// Word sequences of a column name that make it a descriptive detail: shown, never grouped.
    static let detailNames: [[String]] = [
        ["street", "name"], ["street", "number"], ["street", "type"], ["suite", "number"],
        ["rec", "start", "date"], ["rec", "end", "date"], ["open", "date"], ["closed", "date"],
        ["first", "name"], ["last", "name"], ["email"], ["phone"], ["url"],
    ]

    /// Whether `ref` is a descriptive detail (a street, a suite, a record start or end date, an
    /// opening or closing date, a person's first or last name, an e-mail, a phone, a URL), by the
    /// words of its name.
    func isDetail(_ ref: ColumnRef) -> Bool {
        let words = NameParts.words(ref.column)
        return Self.detailNames.contains { pattern in
            words.count >= pattern.count && (0...(words.count - pattern.count)).contains { Array(words[$0..<$0 + pattern.count]) == pattern }
        }
    }

    /// Whether `ref` is a measure of a periodic-snapshot fact.
    func isSnapshotMeasure(_ ref: ColumnRef) -> Bool {
        snapshots.contains(ref.table.lowercased()) && column(ref)?.role == .measure
    }

    /// Whether `ref` is a numeric attribute of a dimension (no key).
    func isDimensionNumber(_ ref: ColumnRef) -> Bool {
        guard let table = table(ref), table.kind == .dimension, let column = table.column(named: ref.column) else { return false }
        return column.role != .key && column.role != .foreignKey && [.integer, .decimal].contains(column.typeFamily)
    }
}

/// The lower-cased words of an SQL name split at `_` and case changes (`ca_street_name` →
/// `ca street name`, `openDate` → `open date`).
enum NameParts {
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in name {
            if character == "_" || character == " " || character == "-" {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
            } else {
                if character.isUppercase, let last = current.last, last.isLowercase {
                    words.append(current.lowercased())
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
