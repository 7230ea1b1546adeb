/// What an LLM provider used for a dataset: the endpoint, the prompt templates and the traffic,
/// recorded in `manifest.json` under `llm`. Never holds the API key.
public struct LLMUsage: Sendable, Equatable, Codable {
    public var baseURL: String
    public var model: String
    /// `llm` or `sql-first`.
    public var mode: String
    /// SHA-256 of the prompt templates (name, a NUL, text, in name order).
    public var promptSHA256: String
    /// Requests answered by the server (retries not counted).
    public var requests: Int
    /// Requests answered from the cache.
    public var cacheHits: Int
    /// Retries after 429, 5xx, timeouts or incomplete responses.
    public var retries: Int
    /// Requests that got no usable answer after every retry.
    public var failures: Int
    /// Repair prompts sent (invalid SQL or malformed JSON).
    public var repairs: Int
    /// Examples whose paraphrase request got no usable answer after every retry and follow-up
    /// (they keep fewer paraphrases). Absent in manifests written before it was counted.
    public var paraphraseFailures: Int?
    public var promptTokens: Int
    public var completionTokens: Int
    /// Estimated dollars from `llm.prompt_price_per_1k` and `llm.completion_price_per_1k`.
    public var cost: Double
    /// Why the provider stopped early (`max_cost`, `cancelled`), or nil.
    public var stopped: String?

    public init(baseURL: String, model: String, mode: String, promptSHA256: String, requests: Int = 0, cacheHits: Int = 0,
                retries: Int = 0, failures: Int = 0, repairs: Int = 0, paraphraseFailures: Int? = nil, promptTokens: Int = 0, completionTokens: Int = 0,
                cost: Double = 0, stopped: String? = nil) {
        self.baseURL = baseURL
        self.model = model
        self.mode = mode
        self.promptSHA256 = promptSHA256
        self.requests = requests
        self.cacheHits = cacheHits
        self.retries = retries
        self.failures = failures
        self.repairs = repairs
        self.paraphraseFailures = paraphraseFailures
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.cost = cost
        self.stopped = stopped
    }

    enum CodingKeys: String, CodingKey {
        case model, mode, requests, retries, failures, repairs, cost, stopped
        case baseURL = "base_url"
        case promptSHA256 = "prompt_sha256"
        case cacheHits = "cache_hits"
        case paraphraseFailures = "paraphrase_failures"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}

/// Tokens of one batch, a line of `llm-usage.jsonl`.
public struct BatchUsage: Sendable, Equatable, Codable {
    public var batchID: String
    public var requests: Int
    public var cacheHits: Int
    public var promptTokens: Int
    public var completionTokens: Int
    public var cost: Double

    public init(batchID: String, requests: Int = 0, cacheHits: Int = 0, promptTokens: Int = 0, completionTokens: Int = 0, cost: Double = 0) {
        self.batchID = batchID
        self.requests = requests
        self.cacheHits = cacheHits
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.cost = cost
    }

    enum CodingKeys: String, CodingKey {
        case requests, cost
        case batchID = "batch_id"
        case cacheHits = "cache_hits"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}
