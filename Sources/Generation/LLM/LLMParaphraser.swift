import Model

/// Paraphrases of a question with an LLM (in either mode): each asks for the same result as the
/// SQL. Exact copies of the question and repeats are dropped; the caller applies the distance rule.
public struct LLMParaphraser: Sendable {
    public let client: ChatCompletionClient
    public let templates: PromptTemplates

    public init(client: ChatCompletionClient, templates: PromptTemplates) {
        self.client = client
        self.templates = templates
    }

    /// Up to `count` paraphrases of `question` (whose SQL is `sql`), requested for `batch`.
    public func paraphrases(question: String, sql: String, count: Int, batch: String, seed: UInt64) throws(LLMError) -> [String] {
        guard count > 0 else { return [] }
        let messages = BatchPrompt.paraphrase(templates: templates, question: question, sql: sql, count: count)
        let reply = try client.complete(client.request(messages, seed: seed), batch: batch)
        var seen: Set<String> = [question.lowercased()]
        var kept: [String] = []
        for text in try ResponseParser.paraphrases(in: reply.content) where kept.count < count {
            if seen.insert(text.lowercased()).inserted { kept.append(text) }
        }
        return kept
    }
}
