import Model

extension LLMProvider {
    public var paraphraseSource: String { "llm" }

    /// The LLM's rewrites of an accepted example's question, in either mode: one request per
    /// example asking for two more than `count` (the pipeline drops near-copies). No request
    /// when `count` is 0, after a stop, or once the run has failed; a request that got no usable
    /// answer after every retry and follow-up gives no candidates (the example records why it has
    /// fewer paraphrases) and is counted as a lost paraphrase request.
    public func paraphraseCandidates(of example: Example, draft: SQLDraft, count: Int, seed: UInt64) -> [(text: String, style: String)] {
        guard count > 0, fatalError == nil, stopped == nil else { return [] }
        do {
            return try LLMParaphraser(client: client, templates: templates)
                .paraphrases(question: example.question, sql: example.sql, count: count + 2, batch: example.batchID, seed: seed)
                .filter { PromptCopy.placeholder(in: $0) == nil }   // the contract's "<rewrite>" is no paraphrase
                .map { ($0, "llm") }
        } catch {
            note(error)
            // Counted (manifest `llm.paraphrase_failures`, run summary) unless the run was stopped.
            if error.kind != .stopped { client.meter.recordParaphraseFailure() }
            return []
        }
    }
}
