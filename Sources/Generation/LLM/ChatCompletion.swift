import Foundation
import Model

/// One message of a chat-completions conversation.
public struct ChatMessage: Sendable, Equatable, Codable {
    /// `system`, `user` or `assistant`.
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ text: String) -> ChatMessage { ChatMessage(role: "system", content: text) }
    public static func user(_ text: String) -> ChatMessage { ChatMessage(role: "user", content: text) }
    public static func assistant(_ text: String) -> ChatMessage { ChatMessage(role: "assistant", content: text) }
}

/// A request in the public chat-completions format (`POST {base_url}/chat/completions`).
public struct ChatRequest: Sendable, Equatable {
    public var model: String
    public var messages: [ChatMessage]
    public var temperature: Double
    public var maxTokens: Int
    /// Adds `response_format: {"type": "json_object"}`.
    public var jsonMode: Bool
    public var seed: UInt64

    public init(model: String, messages: [ChatMessage], temperature: Double, maxTokens: Int, jsonMode: Bool, seed: UInt64) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.jsonMode = jsonMode
        self.seed = seed
    }

    private struct Body: Encodable {
        struct Format: Encodable { var type: String }
        var model: String
        var messages: [ChatMessage]
        var temperature: Double
        var max_tokens: Int
        var seed: UInt64
        var response_format: Format?
    }

    /// The request body as canonical JSON (sorted keys): the same request gives the same bytes,
    /// which the cache key relies on. It never holds the API key (that goes in a header).
    public func body() -> [UInt8] {
        let body = Body(model: model, messages: messages, temperature: temperature, max_tokens: maxTokens, seed: seed,
                        response_format: jsonMode ? Body.Format(type: "json_object") : nil)
        return [UInt8]((try? CanonicalJSON.line(body)) ?? Data())
    }

    /// Roughly the prompt tokens (``TokenCount``), for rate limits before the answer says.
    public var estimatedPromptTokens: Int {
        TokenCount.prompt(messages)
    }
}

/// The part of a chat-completions response the generator uses.
public struct ChatReply: Sendable, Equatable {
    /// The first choice's assistant message.
    public var content: String
    public var promptTokens: Int
    public var completionTokens: Int
    /// `stop`, `length`, ... (nil when the server does not say).
    public var finishReason: String?
    /// Answered from the request cache.
    public var fromCache = false

    public init(content: String, promptTokens: Int, completionTokens: Int, finishReason: String?) {
        self.content = content
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.finishReason = finishReason
    }

    /// Decodes a response body; a body that is not a chat completion is a `malformedResponse`.
    public static func decode(_ body: [UInt8], request: ChatRequest) throws(LLMError) -> ChatReply {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes: body)
        } catch {
            throw LLMError(.malformedResponse, "the server's answer is not JSON (\(error.description)): \(Self.preview(body))")
        }
        guard let choice = json["choices"]?.arrayValue?.first, let content = choice["message"]?["content"]?.stringValue else {
            throw LLMError(.malformedResponse, "the server's answer has no choices[0].message.content: \(Self.preview(body))")
        }
        let usage = json["usage"]
        let prompt = usage?["prompt_tokens"]?.intValue ?? request.estimatedPromptTokens
        let completion = usage?["completion_tokens"]?.intValue ?? TokenCount.of(content)
        return ChatReply(content: content, promptTokens: prompt, completionTokens: completion,
                         finishReason: choice["finish_reason"]?.stringValue)
    }

    /// The first 200 characters of a body, for messages.
    static func preview(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return body.count > 200 ? text + "..." : text
    }
}
