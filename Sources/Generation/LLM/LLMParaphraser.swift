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

    /// Up to `count` paraphrases of `question` (whose SQL is `sql`), requested for `batch`. An
    /// answer that is not the requested JSON gets a follow-up asking for it again, at most
    /// `llm.max_repairs` times, like the answer to a batch request.
    public func paraphrases(question: String, sql: String, count: Int, batch: String, seed: UInt64) throws(LLMError) -> [String] {
        guard count > 0 else { return [] }
        let messages = BatchPrompt.paraphrase(templates: templates, question: question, sql: sql, count: count)
        let reply = try client.complete(client.request(messages, seed: seed), batch: batch)
        let texts = try client.read(reply.content, of: messages, templates: templates, batch: batch, seed: seed, what: "paraphrases",
                                    ResponseParser.paraphrases(in:))
        return Self.kept(texts, question: question, count: count)
    }

    /// The first `count` texts that are neither the question nor a repeat.
    private static func kept(_ texts: [String], question: String, count: Int) -> [String] {
        var seen: Set<String> = [question.lowercased()]
        var kept: [String] = []
        for text in texts where kept.count < count {
            if seen.insert(text.lowercased()).inserted { kept.append(text) }
        }
        return kept
    }
}
