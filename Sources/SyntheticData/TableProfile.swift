import Model
import SQLite

/// Domain knowledge for one table: how many rows and which values. The generator fills in every
/// column a profile leaves unset, checks every foreign-key value a profile chooses (replacing those
/// without a parent row) and keeps primary keys unique.
protocol TableProfile {
    /// Rows to generate, or nil for the generic count.
    func rowCount(scale: Double, data: GeneratedData) -> Int?
    /// Called once before the first row.
    mutating func prepare(data: GeneratedData, random: inout SeededRandom)
    /// Sets values for row `index` (0-based).
    mutating func fill(_ row: inout RowDraft, index: Int, data: GeneratedData, random: inout SeededRandom)
    /// Whether the generator may blank `column` (lower-cased) in a few percent of rows.
    func allowsNulls(in column: String) -> Bool
}

extension TableProfile {
    func rowCount(scale: Double, data: GeneratedData) -> Int? { nil }
    mutating func prepare(data: GeneratedData, random: inout SeededRandom) {}
    func allowsNulls(in column: String) -> Bool { true }

    /// `base * scale` rounded, at least `minimum`.
    func scaled(_ base: Int, _ scale: Double, minimum: Int = 5) -> Int {
        RowCountPlanner.scaled(base, scale, minimum: minimum)
    }
}
