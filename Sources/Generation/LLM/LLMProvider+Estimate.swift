import Foundation
import Model
import Validation

extension LLMProvider {
    /// What a run of `plan` would send, from the prompts it would render: each batch's request
    /// exactly as the run builds it (schema context with sample values, the offline examples,
    /// the slot lines), each example's paraphrase request with the offline generator's question
    /// and SQL of its slot standing in for the LLM's, and their answers as the JSON of those
    /// drafts. Tokens by ``TokenCount``.
    public func estimate(plan: Plan, validator: Validator) -> RunEstimate {
        let seed = UInt64(plan.seed)
        let wanted = plan.config.paraphrases.count
        var estimate = RunEstimate()
        for batch in plan.batches {
            let prepared = prepare(batch, slots: batch.slots, attempt: 0, validator: validator, seed: seed)
            var items: [String] = []
            for slot in batch.slots {
                guard let draft = offline.draft(slot: slot, category: batch.category, attempt: 0, seed: seed, validator: validator) else { continue }
                var item = "{\"slot\": \(Self.quoted(slot.id)), \"question\": \(Self.quoted(draft.question))"
                if mode == .llm { item += ", \"sql\": \(Self.quoted(draft.sql))" }
                items.append(item + "}")
                guard wanted > 0 else { continue }
                let messages = BatchPrompt.paraphrase(templates: templates, question: draft.question, sql: draft.sql, count: wanted + 2)
                let rewrites = Array(repeating: Self.quoted(draft.question), count: wanted + 2).joined(separator: ", ")
                estimate.paraphrases.add(prompt: TokenCount.prompt(messages), completion: TokenCount.of("{\"paraphrases\": [\(rewrites)]}"))
            }
            estimate.batches.add(prompt: TokenCount.prompt(prepared.messages),
                                 completion: TokenCount.of("{\"examples\": [\(items.joined(separator: ", "))]}"))
        }
        return estimate
    }

    static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
    }
}
