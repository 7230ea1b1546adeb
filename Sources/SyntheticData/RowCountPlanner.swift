import Model
import SQLite

/// Generic row counts: about 100 rows per dimension table and 3,000 per fact table at scale 1.
enum RowCountPlanner {
    static let dimensionRows = 100
    static let factRows = 3000
    static let minimumRows = 5

    /// `base * scale` rounded, at least `minimum`.
    static func scaled(_ base: Int, _ scale: Double, minimum: Int = minimumRows) -> Int {
        let value = (Double(base) * scale).rounded()
        guard value.isFinite, value < 1e9 else { return 1_000_000_000 }
        return max(minimum, Int(value))
    }

    /// The row count of a table without a profile.
    static func genericCount(for table: Table, scale: Double) -> Int {
        scaled(table.kind == .fact ? factRows : dimensionRows, scale)
    }
}
