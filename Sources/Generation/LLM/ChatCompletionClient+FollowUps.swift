extension ChatCompletionClient {
    /// Reads `answer` (the reply to `conversation`) with `read`; an answer that is not the requested
    /// JSON gets a follow-up (`format.txt`) asking for it again, at most `llm.max_repairs` times,
    /// each counted as a repair. Past that the last error is thrown, prefixed with the batch and
    /// `what`, and counted as a failure.
    func read<T>(_ answer: String, of conversation: [ChatMessage], templates: PromptTemplates, batch: String, seed: UInt64,
                 what: String, _ read: (String) throws(LLMError) -> T) throws(LLMError) -> T {
        var conversation = conversation
        var answer = answer
        var followUps = 0
        while true {
            do {
                return try read(answer)
            } catch {
                guard followUps < settings.maxRepairs else {
                    meter.recordFailure()
                    throw LLMError(error.kind, "batch \(batch): \(what): \(error.message)")
                }
                followUps += 1
                meter.recordRepair()
                conversation = BatchPrompt.reformat(templates: templates, conversation: conversation + [.assistant(answer)], error: error.message)
                answer = try complete(request(conversation, seed: seed), batch: batch).content
            }
        }
    }
}
