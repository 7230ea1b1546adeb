/// The requests and tokens a run of a plan would send with an LLM provider, computed from the
/// prompts it would render (``LLMProvider/estimate(plan:validator:)``) and counted with
/// ``TokenCount``. Repairs and re-asks depend on the answers: they are estimated from
/// `run.expected_reask_share` re-asks per slot.
public struct RunEstimate: Sendable, Equatable {
    /// One kind of request.
    public struct Part: Sendable, Equatable {
        public var requests = 0
        public var promptTokens = 0
        public var completionTokens = 0

        public init() {}

        mutating func add(prompt: Int, completion: Int) {
            requests += 1
            promptTokens += prompt
            completionTokens += completion
        }

        static func + (lhs: Part, rhs: Part) -> Part {
            var sum = lhs
            sum.requests += rhs.requests
            sum.promptTokens += rhs.promptTokens
            sum.completionTokens += rhs.completionTokens
            return sum
        }
    }

    /// The first request of every batch (question and SQL, or questions in sql-first).
    public var batches = Part()
    /// One request per example when `paraphrases.count` > 0.
    public var paraphrases = Part()
    /// The judge's requests when `judge.mode` is not `off`.
    public var judge = Part()
    /// Expected re-asks: `run.expected_reask_share` per slot, each the size of a one-slot request
    /// of its batch (sql-first) or of the batch's conversation plus a repair (llm).
    public var reasks = Part()

    public init() {}

    /// Every part together.
    public var total: Part { batches + paraphrases + judge + reasks }
}
