import Model

/// What the test server answers to one request.
public struct TestServerReply: Sendable {
    public var status: Int
    /// Extra header fields, e.g. `Retry-After`.
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Seconds to wait before answering.
    public var delay: Double
    /// Send only this many body bytes (with the full Content-Length) and close: a truncated body.
    public var truncateTo: Int?

    public init(status: Int, headers: [(String, String)] = [], body: [UInt8], delay: Double = 0, truncateTo: Int? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.truncateTo = truncateTo
    }

    /// A chat completion in the public response format whose assistant message is `content`.
    public static func completion(_ content: String, promptTokens: Int = 100, completionTokens: Int = 50,
                                  model: String = "test-model", delay: Double = 0) -> TestServerReply {
        let body = """
        {"id":"chatcmpl-test","object":"chat.completion","created":0,"model":\(JSONText.quote(model)),\
        "choices":[{"index":0,"message":{"role":"assistant","content":\(JSONText.quote(content))},"finish_reason":"stop"}],\
        "usage":{"prompt_tokens":\(promptTokens),"completion_tokens":\(completionTokens),"total_tokens":\(promptTokens + completionTokens)}}
        """
        return TestServerReply(status: 200, body: Array(body.utf8), delay: delay)
    }

    /// An error in the public error format, e.g. 429 with `Retry-After`, or 500.
    public static func error(_ status: Int, retryAfter: String? = nil, message: String = "test error") -> TestServerReply {
        let body = "{\"error\":{\"message\":\(JSONText.quote(message)),\"type\":\"server_error\"}}"
        return TestServerReply(status: status, headers: retryAfter.map { [("Retry-After", $0)] } ?? [], body: Array(body.utf8))
    }

    /// A 200 whose body is not JSON at all (e.g. a proxy's HTML page).
    public static func malformedBody() -> TestServerReply {
        TestServerReply(status: 200, body: Array("<html>bad gateway</html>".utf8))
    }

    /// A completion whose body stops halfway (the connection closes early).
    public static func truncated(_ content: String) -> TestServerReply {
        var reply = completion(content)
        reply.truncateTo = reply.body.count / 2
        return reply
    }
}
