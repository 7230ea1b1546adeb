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
        var conversation = BatchPrompt.paraphrase(templates: templates, question: question, sql: sql, count: count)
        var followUps = 0
        while true {
            let reply = try client.complete(client.request(conversation, seed: seed), batch: batch)
            do {
                return Self.kept(try ResponseParser.paraphrases(in: reply.content), question: question, count: count)
            } catch {
                guard followUps < client.settings.maxRepairs else {
                    client.meter.recordFailure()
                    throw LLMError(error.kind, "batch \(batch): paraphrases: \(error.message) (after \(followUps) follow-up(s); see llm.max_repairs)")
                }
                followUps += 1
                client.meter.recordRepair()
                conversation = BatchPrompt.reformat(templates: templates, conversation: conversation + [.assistant(reply.content)],
                                                    error: error.message)
            }
        }
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
