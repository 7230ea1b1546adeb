import Foundation
import Model
import Validation

extension LLMProvider {
    /// What a run of `plan` would send, from the prompts it would render: each batch's request
    /// exactly as the run builds it (schema context with sample values, the offline examples,
    /// the slot lines), each example's paraphrase request with the offline generator's question
    /// and SQL of its slot standing in for the LLM's, and their answers as the JSON of those
    /// drafts. With `judge.mode` not `off`, the judge's requests over those drafts (and paraphrases)
    /// too, answered by a verdict (or an SQL) per item. In sql-first, a slot whose offline draft
    /// returns no rows is asked again (a re-ask), as the run does. Tokens by ``TokenCount``.
    public func estimate(plan: Plan, validator: Validator) -> RunEstimate {
        let seed = UInt64(plan.seed)
        let wanted = plan.config.paraphrases.count
        var estimate = RunEstimate()
        let share = plan.config.run.expectedReaskShare
        var reasks = (requests: 0.0, prompt: 0.0, completion: 0.0)
        for batch in plan.batches {
            let prepared = prepare(batch, slots: batch.slots, attempt: 0, validator: validator, seed: seed)
            var items: [String] = []
            var drafts: [Example] = []
            // In sql-first a draft without rows is drawn again: its slot is asked once more, alone.
            var emptyDrafts = 0
            for slot in batch.slots {
                guard let draft = offline.draft(slot: slot, category: batch.category, attempt: 0, seed: seed, validator: validator) else { continue }
                if mode == .sqlFirst, validator.validate(draft.sql).verdict != .ok { emptyDrafts += 1 }
                drafts.append(Self.standIn(for: draft, slot: slot, batch: batch, paraphrases: wanted))
                var item = "{\"slot\": \(Self.quoted(slot.id)), \"question\": \(Self.quoted(draft.question))"
                if mode == .llm { item += ", \"sql\": \(Self.quoted(draft.sql))" }
                items.append(item + "}")
                guard wanted > 0 else { continue }
                let messages = BatchPrompt.paraphrase(templates: templates, question: draft.question, sql: draft.sql, count: wanted + 2)
                let rewrites = Array(repeating: Self.quoted(draft.question), count: wanted + 2).joined(separator: ", ")
                estimate.paraphrases.add(prompt: TokenCount.prompt(messages), completion: TokenCount.of("{\"paraphrases\": [\(rewrites)]}"))
            }
            let answer = TokenCount.of("{\"examples\": [\(items.joined(separator: ", "))]}")
            estimate.batches.add(prompt: TokenCount.prompt(prepared.messages), completion: answer)
            if share > 0 || emptyDrafts > 0, let first = batch.slots.first, !items.isEmpty {
                // A re-ask sends the schema context again: one slot alone (sql-first), or the
                // batch's conversation with a repair request (llm).
                let single = TokenCount.prompt(prepare(batch, slots: [first], attempt: 1, validator: validator, seed: seed).messages)
                let prompt = mode == .sqlFirst ? single : TokenCount.prompt(prepared.messages) + answer + single / 4
                let count = share * Double(batch.slots.count) + Double(emptyDrafts)
                reasks.requests += count
                reasks.prompt += count * Double(prompt)
                reasks.completion += count * Double(answer / max(1, items.count))
            }
            if plan.config.judge.isOn { estimateJudge(drafts, settings: plan.config.judge, validator: validator, into: &estimate.judge) }
        }
        estimate.reasks.requests = Int(reasks.requests.rounded())
        estimate.reasks.promptTokens = Int(reasks.prompt.rounded())
        estimate.reasks.completionTokens = Int(reasks.completion.rounded())
        return estimate
    }

    /// The judge's requests over `examples` (stand-ins), `judge.examples_per_request` a request.
    private func estimateJudge(_ examples: [Example], settings: JudgeSettings, validator: Validator, into part: inout RunEstimate.Part) {
        let judge = ExampleJudge(schema: schema, settings: settings, client: client, templates: templates)
        let scoring = settings.mode != "back_translate"
        let size = max(1, settings.examplesPerRequest)
        let reason = String(repeating: "x", count: 100)
        for start in stride(from: 0, to: examples.count, by: size) {
            let chunk = Array(examples[start..<min(examples.count, start + size)])
            let items = chunk.flatMap { JudgeItem.items(of: $0, paraphrases: scoring && settings.paraphrases) }
            let answers = items.map { item in
                scoring ? "{\"id\": \(Self.quoted(item.id)), \"faithfulness\": 5, \"naturalness\": 5, \"ambiguity\": 1, \"reason\": \"\(reason)\"}"
                    : "{\"id\": \(Self.quoted(item.id)), \"sql\": \(Self.quoted(item.sql))}"
            }
            let messages = judge.messages(items, examples: chunk, scoring: scoring, validator: validator)
            part.add(prompt: TokenCount.prompt(messages), completion: TokenCount.of("{\"\(scoring ? "verdicts" : "queries")\": [\(answers.joined(separator: ", "))]}"))
        }
    }

    /// An example standing in for the one `draft` would give: its question and SQL, the slot's
    /// tables, `paraphrases` copies of its question as paraphrases.
    private static func standIn(for draft: SQLDraft, slot: Slot, batch: Batch, paraphrases: Int) -> Example {
        var example = Example(id: slot.id, batchID: batch.id, slotID: slot.id, question: draft.question, sql: draft.sql, style: draft.style,
                              category: batch.category, shape: draft.shape, provider: "estimate", complexity: slot.complexity, hardness: "",
                              tables: slot.tables, columns: [], joinEdges: [], constructs: [],
                              result: ResultShape(rows: 0, columns: 0, columnNames: [], fingerprint: ""), attempts: 1)
        example.paraphrases = Array(repeating: Paraphrase(text: draft.question, style: "estimate", distance: 0, jaccard: 0, source: "estimate"),
                                    count: paraphrases)
        return example
    }

    static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
    }
}
