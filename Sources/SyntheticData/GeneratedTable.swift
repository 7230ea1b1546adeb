import Model
import SQLite

/// The rows generated for one table, kept in memory so that child tables can point at them.
final class GeneratedTable {
    let table: Table
    let shapes: [ColumnShape]
    private let positions: [String: Int]
    var rows: [[SQLValue]] = []

    init(table: Table) {
        self.table = table
        shapes = table.columns.map { ColumnShape(declaredType: $0.type) }
        var positions: [String: Int] = [:]
        for (offset, column) in table.columns.enumerated() where positions[column.name.lowercased()] == nil {
            positions[column.name.lowercased()] = offset
        }
        self.positions = positions
    }

    var count: Int { rows.count }

    /// The position of `column` (case-insensitive), nil when the table has no such column.
    func position(of column: String) -> Int? {
        positions[column] ?? positions[column.lowercased()]
    }

    /// The value of `column` in row `row`, `.null` when the column or row does not exist.
    func value(_ row: Int, _ column: String) -> SQLValue {
        guard row >= 0, row < rows.count, let position = positions[column] ?? positions[column.lowercased()] else {
            return .null
        }
        return rows[row][position]
    }

    /// The value of `column` in row `row` as an integer (decimals truncated), nil when NULL or text.
    func integer(_ row: Int, _ column: String) -> Int? {
        value(row, column).integerValue
    }

    /// The value of `column` in row `row` in hundredths (for decimals such as prices).
    func cents(_ row: Int, _ column: String) -> Int? {
        value(row, column).centsValue
    }

    /// A uniformly chosen row index, nil when the table is empty.
    func randomRow(using random: inout SeededRandom) -> Int? {
        rows.isEmpty ? nil : random.int(in: 0...(rows.count - 1))
    }

    /// The value of `column` in a random row (`.null` when the table is empty or lacks the column).
    func randomValue(_ column: String, using random: inout SeededRandom) -> SQLValue {
        guard let row = randomRow(using: &random) else { return .null }
        return value(row, column)
    }
}
