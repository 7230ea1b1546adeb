/// The LLM judge (docs/llm.md, "The judge"): off by default. Its endpoint and model may differ from
/// the generator's (`llm.*`); empty values mean "the same as `llm.*`".
public struct JudgeSettings: Sendable, Equatable, Codable {
    /// `off`, `score` (scores 1-5 for faithfulness, naturalness and ambiguity) or `back_translate`
    /// (the judge writes SQL for the question alone; kept when its result equals the gold's).
    public var mode: String = "off"
    /// Empty: `llm.base_url`.
    public var baseURL: String = ""
    /// Empty: `llm.model`.
    public var model: String = ""
    /// Empty: `llm.api_key_env`.
    public var apiKeyEnv: String = ""
    /// Lowest faithfulness score (1-5) an example keeps without a repair.
    public var threshold: Int = 4
    /// Examples (and paraphrases) judged in one request.
    public var examplesPerRequest: Int = 8
    /// Below the threshold: one repair round (question and SQL rewritten with the judge's reason,
    /// then judged again) before the example is dropped; false drops it at once.
    public var repair: Bool = true
    /// Also judge each paraphrase against its example's SQL; one below the threshold is dropped.
    public var paraphrases: Bool = false
    /// Result rows shown to the judge with each SQL.
    public var sampleRows: Int = 5
    /// Sampling temperature of the judge.
    public var temperature: Double = 0
    /// Dollars per 1,000 prompt tokens of the judge's model (negative: `llm.prompt_price_per_1k`).
    public var promptPricePer1K: Double = -1
    /// Dollars per 1,000 completion tokens of the judge's model (negative: `llm.completion_price_per_1k`).
    public var completionPricePer1K: Double = -1

    public init() {}

    /// Whether the judge runs at all.
    public var isOn: Bool { mode != "off" }

    enum CodingKeys: String, CodingKey {
        case mode, model, threshold, repair, paraphrases, temperature
        case baseURL = "base_url"
        case apiKeyEnv = "api_key_env"
        case examplesPerRequest = "examples_per_request"
        case sampleRows = "sample_rows"
        case promptPricePer1K = "prompt_price_per_1k"
        case completionPricePer1K = "completion_price_per_1k"
    }

    /// The judge's endpoint settings: `llm` with the judge's overrides (model, URL, key, prices,
    /// temperature).
    public func endpoint(from llm: LLMSettings) -> LLMSettings {
        var settings = llm
        if !baseURL.isEmpty { settings.baseURL = baseURL }
        if !model.isEmpty { settings.model = model }
        if !apiKeyEnv.isEmpty { settings.apiKeyEnv = apiKeyEnv }
        if promptPricePer1K >= 0 { settings.promptPricePer1K = promptPricePer1K }
        if completionPricePer1K >= 0 { settings.completionPricePer1K = completionPricePer1K }
        settings.temperature = temperature
        return settings
    }
}
