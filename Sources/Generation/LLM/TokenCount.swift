/// The token approximation of cost estimates, rate limits and answers without `usage`: one token
/// per four bytes of UTF-8 text (rounded up), plus four tokens per chat message and three per
/// request for the chat format's framing. OpenAI's tokenizers give about four characters a token
/// for English; the estimate is checked against the test server's independent count (docs/llm.md).
public enum TokenCount {
    /// Tokens of `text`.
    public static func of(_ text: String) -> Int {
        (text.utf8.count + 3) / 4
    }

    /// Prompt tokens of a request made of `messages`.
    public static func prompt(_ messages: [ChatMessage]) -> Int {
        messages.reduce(3) { $0 + 4 + of($1.content) }
    }
}
