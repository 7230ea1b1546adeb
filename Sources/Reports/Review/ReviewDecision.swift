/// One applied review decision, a line of `review/decisions.jsonl` (docs/review.md).
public struct ReviewDecision: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case accept, reject, edit
    }

    public var exampleID: String
    public var decision: Kind
    /// The SQL before the edit (edit only), so that the original stays recoverable.
    public var originalSQL: String?
    /// The new SQL (edit only); re-validated before it was recorded.
    public var sql: String?
    /// The new question (edit only, when the reviewer changed it).
    public var question: String?
    public var note: String?
    /// The review file and its line the decision came from.
    public var source: String
    public var line: Int

    public init(exampleID: String, decision: Kind, originalSQL: String? = nil, sql: String? = nil, question: String? = nil,
                note: String? = nil, source: String, line: Int) {
        self.exampleID = exampleID
        self.decision = decision
        self.originalSQL = originalSQL
        self.sql = sql
        self.question = question
        self.note = note
        self.source = source
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case decision, sql, question, note, source, line
        case exampleID = "example_id"
        case originalSQL = "original_sql"
    }

    /// The last decision per example id (later applications win).
    public static func latest(_ decisions: [ReviewDecision]) -> [String: ReviewDecision] {
        var latest: [String: ReviewDecision] = [:]
        for decision in decisions { latest[decision.exampleID] = decision }
        return latest
    }
}
