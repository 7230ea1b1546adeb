/// Why an LLM request got no usable answer, with a message a user can act on.
public struct LLMError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// No HTTP response (connection refused, timeout, TLS, ...) after every retry.
        case transport
        /// An HTTP error status after every retry, or one not worth retrying (422, ...).
        case status
        /// 400, 401, 403 or 404: the request, the key, the URL or the model is wrong; the run stops.
        case refused
        /// A 200 whose body is not a chat completion.
        case malformedResponse = "malformed_response"
        /// The assistant's message is not the JSON object the prompt asked for.
        case malformedContent = "malformed_content"
        /// `--replay` and the request is not in the cache.
        case replayMiss = "replay_miss"
        /// `--max-cost` reached or the run was cancelled: no new requests.
        case stopped
        /// The request cache cannot be opened, read or written.
        case cache
        /// A prompt template is missing.
        case prompts
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
