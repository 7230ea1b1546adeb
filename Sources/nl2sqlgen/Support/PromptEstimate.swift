import Model

/// A rough prompt-token estimate for a plan: the DDL and descriptions of each batch's tables plus
/// a line per slot, at about four characters a token.
enum PromptEstimate {
    static func of(plan: Plan, schema: Schema) -> Int {
        var characters = 0
        for batch in plan.batches {
            characters += 600
            for name in batch.tables {
                guard let table = schema.table(named: name) else { continue }
                characters += table.description.count + 40
                for column in table.columns { characters += column.name.count + column.type.count + column.description.count + 8 }
            }
            for slot in batch.slots { characters += 80 + slot.targetColumns.reduce(0) { $0 + $1.description.count + 2 } }
        }
        return characters / 4
    }

    /// Completion tokens: about 120 a slot (question and SQL in the JSON contract).
    static func completionTokens(of plan: Plan) -> Int {
        plan.slots.count * 120
    }

    /// The dry run's line on tokens and cost at the config's prices.
    static func summary(plan: Plan, schema: Schema) -> String {
        let prompt = of(plan: plan, schema: schema)
        let completion = completionTokens(of: plan)
        let llm = plan.config.llm
        let cost = Double(prompt) / 1000 * llm.promptPricePer1K + Double(completion) / 1000 * llm.completionPricePer1K
        return "estimated generation calls: \(plan.batches.count); prompt tokens: about \(prompt) (schema context of each batch plus slot instructions); completion tokens: about \(completion); estimated cost: $\(String(format: "%.2f", cost)) with --provider openai (\(llm.model) at llm.prompt_price_per_1k \(llm.promptPricePer1K), llm.completion_price_per_1k \(llm.completionPricePer1K); repairs and paraphrases not included)"
    }
}
