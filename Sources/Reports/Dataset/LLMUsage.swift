/// LLM usage of a run, the optional `llm` object of `manifest.json` (absent for offline runs).
public struct LLMUsage: Sendable, Equatable, Codable {
    public var model: String?
    public var promptTokens: Int?
    public var completionTokens: Int?
    /// Estimated dollars.
    public var cost: Double?
    public var requests: Int?
    public var retries: Int?
    public var cacheHits: Int?

    public init(model: String? = nil, promptTokens: Int? = nil, completionTokens: Int? = nil, cost: Double? = nil,
                requests: Int? = nil, retries: Int? = nil, cacheHits: Int? = nil) {
        self.model = model
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.cost = cost
        self.requests = requests
        self.retries = retries
        self.cacheHits = cacheHits
    }

    enum CodingKeys: String, CodingKey {
        case model, cost, requests, retries
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case cacheHits = "cache_hits"
    }

    /// The `llm` key of a manifest, read beside ``Manifest`` (which does not know it).
    struct Holder: Decodable {
        var llm: LLMUsage?
    }
}
