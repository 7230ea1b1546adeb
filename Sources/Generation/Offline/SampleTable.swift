import Model
import SQLite
import Validation

/// Rows of the slot's join read through the validator, so that filters use values that exist.
struct SampleTable {
    let columns: [BoundColumn]
    let rows: [[SQLValue]]

    /// Reads up to `limit` rows of `columns` over `from`; nil when the query fails.
    static func read(columns: [BoundColumn], from: String, validator: Validator, limit: Int = 200) -> SampleTable? {
        guard !columns.isEmpty else { return SampleTable(columns: [], rows: []) }
        let list = columns.map(\.sql).joined(separator: ", ")
        guard let rows = validator.rows(of: "SELECT \(list)\nFROM \(from)\nLIMIT \(limit)", limit: limit) else { return nil }
        return SampleTable(columns: columns, rows: rows)
    }

    private func index(of column: BoundColumn) -> Int? {
        columns.firstIndex { $0.sql == column.sql }
    }

    /// The value of `column` in row `row` (NULL when unknown).
    func value(_ column: BoundColumn, row: Int) -> SQLValue {
        guard let index = index(of: column), rows.indices.contains(row), rows[row].indices.contains(index) else { return .null }
        return rows[row][index]
    }

    /// The non-null values of `column` in sample order.
    func values(of column: BoundColumn) -> [SQLValue] {
        guard let index = index(of: column) else { return [] }
        return rows.compactMap { $0.indices.contains(index) && $0[index] != .null ? $0[index] : nil }
    }

    /// Distinct non-null values of `column` in the sample.
    func distinctCount(of column: BoundColumn) -> Int {
        Set(values(of: column)).count
    }

    /// Share of sample rows in which `column` is NULL.
    func nullShare(of column: BoundColumn) -> Double {
        guard !rows.isEmpty else { return 1 }
        return 1 - Double(values(of: column).count) / Double(rows.count)
    }
}
