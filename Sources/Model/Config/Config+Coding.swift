extension Config {
    enum CodingKeys: String, CodingKey {
        case seed, database, validation, planner, generation, paraphrases, negatives, llm, output, judge, run
    }

    /// Decodes a config; `judge` and `run` may be missing (plans and manifests written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seed = try container.decode(Int.self, forKey: .seed)
        database = try container.decode(DatabaseSettings.self, forKey: .database)
        validation = try container.decode(ValidationSettings.self, forKey: .validation)
        planner = try container.decode(PlannerSettings.self, forKey: .planner)
        generation = try container.decode(GenerationSettings.self, forKey: .generation)
        paraphrases = try container.decode(ParaphraseSettings.self, forKey: .paraphrases)
        negatives = try container.decode(NegativeSettings.self, forKey: .negatives)
        llm = try container.decode(LLMSettings.self, forKey: .llm)
        output = try container.decode(OutputSettings.self, forKey: .output)
        judge = try container.decodeIfPresent(JudgeSettings.self, forKey: .judge) ?? JudgeSettings()
        run = try container.decodeIfPresent(RunSettings.self, forKey: .run) ?? RunSettings()
    }

    /// Encodes a config; `judge` and `run` only when it differs from the defaults, so plans and manifests
    /// of runs without a judge keep the bytes (and hashes) they had before it existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seed, forKey: .seed)
        try container.encode(database, forKey: .database)
        try container.encode(validation, forKey: .validation)
        try container.encode(planner, forKey: .planner)
        try container.encode(generation, forKey: .generation)
        try container.encode(paraphrases, forKey: .paraphrases)
        try container.encode(negatives, forKey: .negatives)
        try container.encode(llm, forKey: .llm)
        try container.encode(output, forKey: .output)
        if judge != JudgeSettings() { try container.encode(judge, forKey: .judge) }
        if run != RunSettings() { try container.encode(run, forKey: .run) }
    }
}
