import Model

/// What one batch produced: a pure function of the plan, the seed, the batch and the database.
/// Stored in the run ledger (`batch_results`) as canonical JSON.
public struct BatchResult: Sendable, Equatable, Codable {
    /// The batch's position in the plan (0 first).
    public var index: Int
    public var batchID: String
    /// Examples in slot order (before the cross-batch dedup of ``RunFinalizer``).
    public var examples: [Example]
    /// Slots that produced no example, in slot order.
    public var rejections: [Rejection]
    /// Failed draws by reason (every draw that was not kept, including those later replaced).
    public var droppedDraws: [String: Int]

    public init(index: Int, batchID: String, examples: [Example] = [], rejections: [Rejection] = [],
                droppedDraws: [String: Int] = [:]) {
        self.index = index
        self.batchID = batchID
        self.examples = examples
        self.rejections = rejections
        self.droppedDraws = droppedDraws
    }

    /// Whether a slot of the batch ended in a rejection (the ledger state `failed`).
    public var hasRejections: Bool { !rejections.isEmpty }

    /// The rejection reason of a slot whose batch request failed after every retry.
    public static let requestFailed = "request_failed"

    /// Whether the provider could not ask for the batch at all (an LLM request that failed).
    public var requestFailed: Bool {
        rejections.contains { $0.attempts.contains { $0.reason == Self.requestFailed } }
    }

    enum CodingKeys: String, CodingKey {
        case index, examples, rejections
        case batchID = "batch_id"
        case droppedDraws = "dropped_draws"
    }
}
