/// One generated question/SQL pair before validation.
public struct SQLDraft: Sendable, Equatable {
    /// One SQLite `SELECT` statement, without a trailing semicolon.
    public var sql: String
    /// The question in natural English.
    public var question: String
    /// The question style used, one of the configured styles.
    public var style: String
    /// The SQL shape (template family) used, e.g. `moderate.grouped_sum_top_n`.
    public var shape: String

    /// A draft from its parts.
    public init(sql: String, question: String, style: String, shape: String) {
        self.sql = sql
        self.question = question
        self.style = style
        self.shape = shape
    }
}
