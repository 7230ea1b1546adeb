import Model
import SQLite
import Validation

/// Rows of the slot's join read through the validator, so that filters use values that exist.
struct SampleTable {
    let columns: [FrameColumn]
    let rows: [[SQLValue]]
    /// The position of each column by its SQL text (the first one when two read the same).
    private let positions: [String: Int]

    init(columns: [FrameColumn], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
        var positions: [String: Int] = [:]
        for (index, column) in columns.enumerated() where positions[column.sql] == nil { positions[column.sql] = index }
        self.positions = positions
    }

    /// Reads up to `limit` rows of `columns` over `from`; nil when the query fails.
    static func read(columns: [FrameColumn], from: String, validator: Validator, limit: Int = 200, offset: Int = 0) -> SampleTable? {
        guard !columns.isEmpty else { return SampleTable(columns: [], rows: []) }
        let list = columns.map(\.sql).joined(separator: ", ")
        guard let rows = validator.rows(of: "SELECT \(list)\nFROM \(from)\nLIMIT \(limit) OFFSET \(offset)", limit: limit) else { return nil }
        return SampleTable(columns: columns, rows: rows)
    }

    private func index(of column: FrameColumn) -> Int? {
        positions[column.sql]
    }

    /// The value of `column` in row `row` (NULL when unknown).
    func value(_ column: FrameColumn, row: Int) -> SQLValue {
        guard let index = index(of: column), rows.indices.contains(row), rows[row].indices.contains(index) else { return .null }
        return rows[row][index]
    }

    /// The non-null values of `column` in sample order.
    func values(of column: FrameColumn) -> [SQLValue] {
        guard let index = index(of: column) else { return [] }
        return rows.compactMap { $0.indices.contains(index) && $0[index] != .null ? $0[index] : nil }
    }

    /// The non-null values of `column` in the rows where `other` holds `value`, in sample order.
    func values(of column: FrameColumn, where other: FrameColumn, is value: SQLValue) -> [SQLValue] {
        guard let at = index(of: column), let otherAt = index(of: other) else { return [] }
        return rows.compactMap { row in
            row.indices.contains(at) && row.indices.contains(otherAt) && row[otherAt] == value && row[at] != .null ? row[at] : nil
        }
    }

    /// Distinct non-null values of `column` in the sample.
    func distinctCount(of column: FrameColumn) -> Int {
        Set(values(of: column)).count
    }
}
