import Model

/// One request the test server received.
public struct RecordedRequest: Sendable {
    public var method: String
    public var path: String
    /// Header fields with lower-cased names.
    public var headers: [String: String]
    public var body: String

    /// The body parsed as JSON (nil when it is not JSON).
    public var json: JSONValue? { try? JSONParser.parse(body) }

    /// `(role, content)` of each message of a chat-completions request.
    public var messages: [(role: String, content: String)] {
        (json?["messages"]?.arrayValue ?? []).map { ($0["role"]?.stringValue ?? "", $0["content"]?.stringValue ?? "") }
    }

    /// The content of the last user message.
    public var lastUserMessage: String { messages.last { $0.role == "user" }?.content ?? "" }
}
