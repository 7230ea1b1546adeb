import Foundation
import Generation
import Model
import SyntheticData
import Validation

/// The dry run's LLM estimate: the prompts a run of the plan would send, rendered over the
/// plan's synthetic database (built in a temporary file) and counted with ``TokenCount``
/// (``LLMProvider/estimate(plan:validator:)``), priced at the config's rates.
enum PromptEstimate {
    /// The estimate of `plan`, or the reason it could not be made; over `database` (the plan's
    /// synthetic database, already built) when given, else over one built in a temporary file.
    static func of(plan: Plan, schema: Schema, database: String? = nil) -> Result<RunEstimate, CLIMessage> {
        let path = database ?? FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-estimate-\(UUID().uuidString).sqlite").path
        defer { if database == nil { try? FileManager.default.removeItem(atPath: path) } }
        do {
            if database == nil {
                _ = try SyntheticDatabaseBuilder(schema: schema, seed: UInt64(plan.seed), scale: plan.config.database.scale).build(path: path)
            }
            let validator = try Validator(databasePath: path, schema: schema, settings: plan.config.validation)
            let settings = plan.config.llm
            let client = ChatCompletionClient(settings: settings, apiKey: nil, cache: nil, replay: false, meter: CostMeter(settings: settings))
            let provider = LLMProvider(schema: schema, config: plan.config, client: client, templates: try PromptTemplates.bundled())
            return .success(provider.estimate(plan: plan, validator: validator))
        } catch {
            return .failure(CLIMessage(text: "\(error)"))
        }
    }

    /// The dry run's lines on requests, tokens and cost at the config's prices.
    static func summary(plan: Plan, schema: Schema, database: String? = nil) -> String {
        let estimate: RunEstimate
        switch of(plan: plan, schema: schema, database: database) {
        case .success(let value): estimate = value
        case .failure(let message): return "LLM estimate: not available (\(message.text))"
        }
        let llm = plan.config.llm
        let meter = CostMeter(settings: llm)
        func line(_ name: String, _ part: RunEstimate.Part) -> String {
            "\(name): \(part.requests) requests, \(part.promptTokens) prompt + \(part.completionTokens) completion tokens"
        }
        let total = estimate.total
        var parts = [line("batches", estimate.batches)]
        if estimate.paraphrases.requests > 0 { parts.append(line("paraphrases", estimate.paraphrases)) }
        let judgePrices = plan.config.judge.endpoint(from: llm)
        if estimate.judge.requests > 0 { parts.append(line("judge (\(judgePrices.model))", estimate.judge)) }
        let reaskShare = plan.config.run.expectedReaskShare
        if estimate.reasks.requests > 0 { parts.append(line("expected re-asks (run.expected_reask_share \(reaskShare) per slot)", estimate.reasks)) }
        let generator = estimate.batches.promptTokens + estimate.paraphrases.promptTokens + estimate.reasks.promptTokens
        let generated = estimate.batches.completionTokens + estimate.paraphrases.completionTokens + estimate.reasks.completionTokens
        let judgeCost = CostMeter(settings: judgePrices).cost(prompt: estimate.judge.promptTokens, completion: estimate.judge.completionTokens)
        let cost = meter.cost(prompt: generator, completion: generated) + judgeCost
        let offlineJudge = plan.config.generation.provider != "openai" && estimate.judge.requests > 0
            ? "\n    this offline run sends only the judge's requests: \(line("judge (\(judgePrices.model))", estimate.judge)), estimated cost $\(String(format: "%.2f", judgeCost))"
            : ""
        return """
        estimated generation calls: \(plan.batches.count); prompt tokens: about \(total.promptTokens); completion tokens: about \(total.completionTokens); estimated cost: $\(String(format: "%.2f", cost)) with --provider openai (\(llm.model) at llm.prompt_price_per_1k \(llm.promptPricePer1K), llm.completion_price_per_1k \(llm.completionPricePer1K); re-asks at run.expected_reask_share \(reaskShare) per slot)
            \(parts.joined(separator: "; ")) (the prompts of the run rendered and counted at 4 bytes a token, docs/llm.md)\(offlineJudge)
        """
    }
}

/// A message for the user (a value that can travel in a `Result`).
struct CLIMessage: Error {
    var text: String
}
