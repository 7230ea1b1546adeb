import Foundation
import HTTP
import Model

/// Sends chat-completions requests to one OpenAI-compatible endpoint, safely from many threads:
/// answers from the cache first (only from it with `replay`), waits for the rate limits, retries
/// 429, 5xx, timeouts and incomplete answers with backoff, stores answers in the cache and counts
/// tokens and cost. The API key only ever goes into the `Authorization` header.
public final class ChatCompletionClient: Sendable {
    public let settings: LLMSettings
    /// `{base_url}/chat/completions`.
    public let endpoint: String
    public let meter: CostMeter
    private let apiKey: String?
    private let cache: RequestCache?
    private let replay: Bool
    private let http: HTTPClient
    private let limiter: RateLimiter
    private let policy: RetryPolicy

    /// A client; `apiKey` nil or empty sends no `Authorization` header (local servers).
    public init(settings: LLMSettings, apiKey: String?, cache: RequestCache?, replay: Bool, meter: CostMeter,
                http: HTTPClient = HTTPClient(), policy: RetryPolicy? = nil) {
        self.settings = settings
        var base = settings.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        endpoint = base + "/chat/completions"
        self.apiKey = apiKey
        self.cache = cache
        self.replay = replay
        self.meter = meter
        self.http = http
        limiter = RateLimiter(requestsPerMinute: settings.requestsPerMinute, tokensPerMinute: settings.tokensPerMinute)
        var policy = policy ?? RetryPolicy(maxRetries: settings.maxRetries)
        policy.maxRetryAfter = settings.maxRetryAfterSeconds
        self.policy = policy
    }

    /// A request of `messages` with the configured model and parameters.
    public func request(_ messages: [ChatMessage], seed: UInt64) -> ChatRequest {
        ChatRequest(model: settings.model, messages: messages, temperature: settings.temperature, maxTokens: settings.maxTokens,
                    jsonMode: settings.jsonMode, seed: seed)
    }

    /// This client's prices (its settings'), passed to the shared meter.
    private var prices: (prompt: Double, completion: Double) { (settings.promptPricePer1K, settings.completionPricePer1K) }

    /// Stops new requests and aborts those in flight.
    public func cancel() {
        meter.stop("cancelled")
        http.cancel()
    }

    /// The answer to `request`, made for `batch` (named in errors and usage).
    public func complete(_ request: ChatRequest, batch: String) throws(LLMError) -> ChatReply {
        let body = request.body()
        let key = RequestCache.key(endpoint: endpoint, body: body)
        if let cache, let stored = try cache.lookup(key) {
            var reply = try ChatReply.decode(stored, request: request)
            reply.fromCache = true
            meter.record(batch: batch, prompt: reply.promptTokens, completion: reply.completionTokens, cached: true, prices: prices)
            return reply
        }
        if replay {
            if let failure = try cache?.failure(key) {
                meter.recordFailure()
                throw redacted(failure)
            }
            throw LLMError(.replayMiss, "--replay: the request of batch \(batch) is not in the cache \(cache?.path ?? "(none)"); the cache does not belong to this plan, config and seed, or the run that filled it stopped early")
        }
        do throws(LLMError) {
            if let reason = meter.stopped { throw LLMError(.stopped, "no request for batch \(batch): stopped (\(reason))") }
            return try send(request, body: body, key: key, batch: batch)
        } catch {
            // A server may echo the request's headers: the key never reaches a message or the cache.
            let error = redacted(error)
            // Recorded so that a replay reproduces the run, including a budget stop or an interruption.
            if [.transport, .status, .malformedResponse, .stopped].contains(error.kind) { try cache?.storeFailure(key, error: error) }
            throw error
        }
    }

    private func redacted(_ error: LLMError) -> LLMError {
        LLMError(error.kind, SecretRedactor.redact(error.message, secret: apiKey))
    }

    /// The network part of ``complete(_:batch:)``: rate limits, retries, the cache on success.
    private func send(_ request: ChatRequest, body: [UInt8], key: String, batch: String) throws(LLMError) -> ChatReply {
        var headers = [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json")]
        if let apiKey, !apiKey.isEmpty { headers.append(HTTPHeader("Authorization", "Bearer \(apiKey)")) }
        let http = HTTPRequest(url: endpoint, headers: headers, body: body, timeoutSeconds: settings.timeoutSeconds)
        var random = SeededRandom(seed: request.seed, stream: key)
        var retry = 0
        var timeouts = 0
        while true {
            let estimate = request.estimatedPromptTokens
            guard limiter.acquire(tokens: estimate, stop: { meter.stopped != nil }) else {
                throw LLMError(.stopped, "no request for batch \(batch): stopped (\(meter.stopped ?? "cancelled"))")
            }
            var problem: LLMError
            var retryAfter: Double?
            let ticket = meter.traffic.started()
            let outcome = Result(catching: { () throws(HTTPError) in try self.http.send(http) })
            meter.traffic.finished(ticket, answered: (try? outcome.get()) != nil)
            switch outcome {
            case .success(let response) where response.status == 200:
                do {
                    let reply = try ChatReply.decode(response.body, request: request)
                    limiter.settle(estimated: estimate, actual: reply.promptTokens + reply.completionTokens)
                    try cache?.store(key, endpoint: endpoint, request: body, response: response.body)
                    meter.record(batch: batch, prompt: reply.promptTokens, completion: reply.completionTokens, cached: false, prices: prices)
                    return reply
                } catch where error.kind == .malformedResponse {
                    problem = LLMError(.malformedResponse, "batch \(batch): \(error.message)")
                }
            case .success(let response):
                let detail = Self.errorMessage(response)
                problem = LLMError(.status, "batch \(batch): \(endpoint) answered HTTP \(response.status)\(detail.isEmpty ? "" : ": " + detail)\(Self.hint(response.status, detail: detail))")
                guard RetryPolicy.isRetryable(status: response.status) else {
                    meter.recordFailure()
                    // 400, 401, 403 and 404 say the request itself is wrong: no other request would fare better.
                    throw [400, 401, 403, 404].contains(response.status) ? LLMError(.refused, problem.message) : problem
                }
                retryAfter = response.header("Retry-After").flatMap { RetryPolicy.retryAfterSeconds($0) }
                if let asked = retryAfter, asked > policy.maxRetryAfter {
                    problem.message += " (Retry-After \(Int(asked.rounded())) s cut to \(policy.maxRetryAfter) s: llm.max_retry_after_seconds)"
                }
            case .failure(let error):
                guard error.isTransient else {
                    meter.recordFailure()
                    throw LLMError(error.kind == .cancelled ? .stopped : .transport, "batch \(batch): \(error.message)")
                }
                problem = LLMError(.transport, "batch \(batch): \(error.message)")
                if error.kind == .timeout { timeouts += 1 }
            }
            guard retry < policy.maxRetries else {
                meter.recordFailure()
                throw LLMError(problem.kind, problem.message + " (gave up after \(retry + 1) tries; see llm.max_retries)"
                               + Self.timeoutExplanation(timeouts: timeouts, tries: retry + 1, seconds: settings.timeoutSeconds))
            }
            let wait = policy.delay(retry: retry, retryAfter: retryAfter, random: &random)
            meter.recordRetry()
            retry += 1
            if !sleep(wait) { throw LLMError(.stopped, "batch \(batch): stopped (\(meter.stopped ?? "cancelled")) while waiting to retry") }
        }
    }

    /// Sleeps `seconds` in small steps; false when the run was stopped meanwhile.
    private func sleep(_ seconds: Double) -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + .milliseconds(Int(seconds * 1000))
        while clock.now < end {
            if meter.stopped == "cancelled" { return false }
            Thread.sleep(forTimeInterval: min(0.05, max(0, (end - clock.now).inSeconds)))
        }
        return true
    }

    /// Why a request whose tries timed out failed, and the setting that helps, e.g. "the server
    /// answered 0 of 3 tries within llm.timeout_seconds = 60 (3 timed out); a local CPU server may need 600".
    static func timeoutExplanation(timeouts: Int, tries: Int, seconds: Double) -> String {
        guard timeouts > 0 else { return "" }
        let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return "; the server answered 0 of \(tries) tries within llm.timeout_seconds = \(limit) (\(timeouts) timed out)"
            + (seconds < 600 ? "; a local CPU server may need 600" : "")
    }

    /// The server's `error.message`, or the start of the body.
    private static func errorMessage(_ response: HTTPResponse) -> String {
        if let json = try? JSONParser.parse(bytes: response.body), let message = json["error"]?["message"]?.stringValue { return message }
        return ChatReply.preview(response.body)
    }

    private static func hint(_ status: Int, detail: String) -> String {
        switch status {
        case 401, 403: return " (check the API key in the variable named by llm.api_key_env)"
        case 404: return " (check llm.base_url and llm.model)"
        case 400, 422:
            return detail.lowercased().contains("response_format") ? " (the server does not accept response_format: set llm.json_mode to false)" : ""
        default: return ""
        }
    }
}

extension ChatCompletionClient {
    /// Answers to `requests` with `llm.concurrency` in flight, in request order.
    public func completeAll(_ requests: [ChatRequest], batch: String) -> [Result<ChatReply, LLMError>] {
        let results = ResultSlots<Result<ChatReply, LLMError>>(count: requests.count)
        InFlight.run(count: requests.count, width: settings.concurrency) { [self] index in
            results[index] = Result { () throws(LLMError) in try complete(requests[index], batch: batch) }
        }
        return results.values.map { $0 ?? .failure(LLMError(.stopped, "not sent")) }
    }
}

/// Results written by several threads, one slot each.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { slots } }
}
