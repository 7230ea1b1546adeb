/// What the LLM judge said about an example (`judge` of an `examples.jsonl` line, docs/llm.md).
public struct JudgeVerdict: Sendable, Equatable, Codable {
    /// `scored`, `back_translated`, or `unjudged` (no usable answer: `reason` says why).
    public var status: String
    /// 1-5: does the SQL answer exactly this question (mode `score`).
    public var faithfulness: Int?
    /// 1-5: would an analyst ask it this way.
    public var naturalness: Int?
    /// 1-5: how many readings the question allows (1: one).
    public var ambiguity: Int?
    /// The judge's short reason, or why there is no verdict.
    public var reason: String
    /// The judge's model.
    public var model: String
    /// Mode `back_translate`: the judge's SQL for the question alone, and whether its result
    /// fingerprint equals the example's.
    public var sql: String?
    public var matched: Bool?
    /// Whether the example was rewritten after a low score (then this verdict is the second one).
    public var repaired: Bool?
    /// Verdicts of the paraphrases (`judge.paraphrases`), in the order of `paraphrases`.
    public var paraphrases: [ParaphraseVerdict]?

    public init(status: String, faithfulness: Int? = nil, naturalness: Int? = nil, ambiguity: Int? = nil, reason: String,
                model: String, sql: String? = nil, matched: Bool? = nil) {
        self.status = status
        self.faithfulness = faithfulness
        self.naturalness = naturalness
        self.ambiguity = ambiguity
        self.reason = reason
        self.model = model
        self.sql = sql
        self.matched = matched
    }
}

/// The judge's scores of one paraphrase.
public struct ParaphraseVerdict: Sendable, Equatable, Codable {
    public var text: String
    public var faithfulness: Int
    public var reason: String

    public init(text: String, faithfulness: Int, reason: String) {
        self.text = text
        self.faithfulness = faithfulness
        self.reason = reason
    }
}
