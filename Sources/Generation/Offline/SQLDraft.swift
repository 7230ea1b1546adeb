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
    /// What the question says, in parts, when the offline generator wrote it (paraphrases are
    /// rendered from it).
    var wording: Wording?

    /// A draft from its parts.
    public init(sql: String, question: String, style: String, shape: String) {
        self.sql = sql
        self.question = question
        self.style = style
        self.shape = shape
    }
}

/// The pieces an offline question was rendered from.
struct Wording: Sendable, Equatable {
    var parts: QuestionParts
    var category: String
    /// Role phrases kept only at their first occurrence (" for the date of the sale").
    var roleSuffixes: Set<String>

    /// `text` with repeated role phrases removed, as the question was.
    func tidy(_ text: String) -> String {
        English.keepingFirst(of: roleSuffixes, in: text)
    }
}
