import Model

/// One SQL template family: it spends a slot's columns its own way and says so in the question.
struct Shape: Sendable {
    /// `level.family`, e.g. `moderate.grouped_sum_top_n`; recorded in ``SQLDraft/shape``.
    let name: String
    let level: ComplexityLevel
    /// Writes the SQL and question parts, or nil when the shape does not fit the slot.
    let build: @Sendable (inout ShapeContext) -> ShapeOutput?
}

/// What a shape produced.
struct ShapeOutput {
    let sql: String
    let parts: QuestionParts
}
