import Model
import Validation

/// When a proven negative is hard, from measured facts only (docs/dataset-format.md, "Negatives"):
/// few token edits from the positive, a result of the same shape (as many columns, a row count
/// within a factor of two, rows on both sides), and joins the schema allows (every join equality
/// equates keys of one entity, ``KeyEntity``). A candidate the schema alone rules out, or whose
/// result looks nothing like the positive's, is told apart without reading the question: not hard.
struct NegativeHardness {
    /// At most this many token edits: one qualified column reference with its comma (`, s.s_city`).
    static let maxEdits = 4

    let schema: Schema

    /// Whether the negative `sql`, `edits` tokens from the positive, with result `negative`, is
    /// hard against the positive's result `positive`.
    func isHard(sql: String, edits: Int, positive: ValidationResult, negative: ValidationResult) -> Bool {
        guard edits <= Self.maxEdits, Self.sameShape(positive, negative) else { return false }
        guard let structure = try? SQLStructure.analyze(sql, schema: schema) else { return false }
        return KeyEntity.unrelatedJoins(in: structure, schema: schema).isEmpty
    }

    /// As many columns, rows on both sides, and row counts within a factor of two.
    static func sameShape(_ positive: ValidationResult, _ negative: ValidationResult) -> Bool {
        guard let columns = positive.columnCount, columns == negative.columnCount,
              let rows = positive.rowCount, let other = negative.rowCount, rows > 0, other > 0 else { return false }
        return max(rows, other) <= 2 * min(rows, other)
    }
}
