import SQLite

/// The values a ``TableProfile`` chooses for one row, by column name. Names the table does not
/// have are ignored, so a profile can be applied to a schema that only resembles TPC-DS.
struct RowDraft {
    private let table: GeneratedTable
    private(set) var values: [SQLValue?]

    init(table: GeneratedTable) {
        self.table = table
        values = Array(repeating: nil, count: table.table.columns.count)
    }

    /// The value set for `column`, nil when none (or the table has no such column).
    subscript(column: String) -> SQLValue? {
        get { table.position(of: column).flatMap { values[$0] } }
        set {
            if let position = table.position(of: column) { values[position] = newValue }
        }
    }

    /// Whether the table has `column`.
    func has(_ column: String) -> Bool {
        table.position(of: column) != nil
    }
}
