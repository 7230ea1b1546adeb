import Foundation
import Model

/// What a run ledger belongs to. A run resumes only when every field matches.
public struct RunIdentity: Sendable, Equatable {
    /// SHA-256 of the plan's canonical JSON with `llm.max_cost` left out.
    public var planSHA256: String
    /// SHA-256 of the plan's config as one-line canonical JSON.
    public var configSHA256: String
    public var seed: Int
    public var toolVersion: String
    public var shard: ShardSpec
    public var batchCount: Int

    public init(planSHA256: String, configSHA256: String, seed: Int, toolVersion: String, shard: ShardSpec, batchCount: Int) {
        self.planSHA256 = planSHA256
        self.configSHA256 = configSHA256
        self.seed = seed
        self.toolVersion = toolVersion
        self.shard = shard
        self.batchCount = batchCount
    }

    /// The identity of running `plan` (shard `shard`) with this build. The LLM budget
    /// (`llm.max_cost`) and how the server is reached (`llm.base_url`, `api_key_env`,
    /// `timeout_seconds`, retries, concurrency, rate limits) are left out (taken at their defaults):
    /// a run stopped by its budget, a dead server or a short timeout resumes once they are fixed.
    public init(plan: Plan, toolVersion: String, shard: ShardSpec) throws {
        var plan = plan
        plan.config.llm.maxCost = 0
        let defaults = LLMSettings()
        plan.config.llm.baseURL = defaults.baseURL
        plan.config.llm.apiKeyEnv = defaults.apiKeyEnv
        plan.config.llm.timeoutSeconds = defaults.timeoutSeconds
        plan.config.llm.maxRetries = defaults.maxRetries
        plan.config.llm.maxRetryAfterSeconds = defaults.maxRetryAfterSeconds
        plan.config.llm.concurrency = defaults.concurrency
        plan.config.llm.requestsPerMinute = defaults.requestsPerMinute
        plan.config.llm.tokensPerMinute = defaults.tokensPerMinute
        self.init(planSHA256: SHA256.hex(of: [UInt8](try CanonicalJSON.pretty(plan))),
                  configSHA256: SHA256.hex(of: [UInt8](try CanonicalJSON.line(plan.config))),
                  seed: plan.seed, toolVersion: toolVersion, shard: shard, batchCount: plan.batches.count)
    }

    /// What differs from `other` (`self` is the recorded one), in words; empty when they match.
    /// The shard is left out when `includingShard` is false (merge compares shards of one run).
    public func differences(from other: RunIdentity, includingShard: Bool = true) -> [String] {
        var found: [String] = []
        func short(_ hash: String) -> String { String(hash.prefix(12)) + "…" }
        if planSHA256 != other.planSHA256 { found.append("plan sha256 \(short(planSHA256)) vs \(short(other.planSHA256))") }
        if configSHA256 != other.configSHA256 { found.append("config sha256 \(short(configSHA256)) vs \(short(other.configSHA256))") }
        if seed != other.seed { found.append("seed \(seed) vs \(other.seed)") }
        if toolVersion != other.toolVersion { found.append("tool version \(toolVersion) vs \(other.toolVersion)") }
        if includingShard, shard != other.shard { found.append("shard \(shard) vs \(other.shard)") }
        return found
    }
}
