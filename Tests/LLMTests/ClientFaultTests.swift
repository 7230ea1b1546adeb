import Foundation
import Generation
import HTTP
import Model
import SQLite
import OpenAITestServer
import Testing
import TestSupport

/// The client against each fault of the test server, the cache and replay, the cost limit.
@Suite struct ClientFaultTests {
    static func ask(_ client: ChatCompletionClient, _ text: String = "hello") throws(LLMError) -> ChatReply {
        try client.complete(client.request([.user(text)], seed: 7), batch: "b001")
    }

    @Test func retryAfterIsHonoured() throws {
        let server = try OpenAITestServer { _, number in number == 0 ? .error(429, retryAfter: "1") : .completion("{}") }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server))
        let clock = ContinuousClock()
        let started = clock.now
        _ = try Self.ask(client)
        #expect((clock.now - started) >= .seconds(1), "waited at least the Retry-After of 1 s")
        #expect(server.requests.count == 2)
        #expect(client.meter.usage(baseURL: "", model: "", mode: "", promptSHA256: "").retries == 1)
    }

    @Test func serverErrorsAreRetriedThenReported() throws {
        let server = try OpenAITestServer { _, _ in .error(500, message: "overloaded") }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server) { $0.maxRetries = 2 })
        #expect { try Self.ask(client) } throws: { error in
            guard let error = error as? LLMError else { return false }
            return error.kind == .status && error.message.contains("HTTP 500: overloaded") && error.message.contains("gave up after 3 tries")
        }
        #expect(server.requests.count == 3)
    }

    @Test func refusedKeyIsNotRetriedAndNamesTheVariable() throws {
        let server = try OpenAITestServer { _, _ in .error(401, message: "invalid api key") }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server))
        #expect { try Self.ask(client) } throws: { error in
            guard let error = error as? LLMError else { return false }
            return error.kind == .refused && error.message.contains("401") && error.message.contains("llm.api_key_env")
                && !error.message.contains(LLMFixture.key)
        }
        #expect(server.requests.count == 1)
    }

    @Test func failingEndpointCostsOneRequestPerBatch() throws {
        let server = try OpenAITestServer { _, _ in .error(503) }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server) { $0.maxRetries = 1 }))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        #expect(output.examples.isEmpty && output.rejections.count == 3)
        #expect(server.requests.count == 4, "two batches, two tries each, no per-slot requests")
        #expect(provider.problemMessages.count == 2 && provider.problemMessages.allSatisfy { $0.contains("HTTP 503") })
    }

    @Test func refusalStopsThePrefetch() throws {
        let server = try OpenAITestServer { _, _ in .error(404, message: "model not found") }
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let provider = try LLMFixture.provider(LLMFixture.client(LLMFixture.settings(server) { $0.concurrency = 1 }))
        #expect { try provider.prefetch(batches: LLMFixture.plan().batches, validator: validator, seed: 42) } throws: { error in
            (error as? LLMError)?.kind == .refused && "\(error)".contains("check llm.base_url and llm.model")
        }
        #expect(server.requests.count == 1, "the second batch is not sent after a refusal")
    }

    @Test func slowReplyTimesOut() throws {
        let server = try OpenAITestServer { _, _ in .completion("{}", delay: 3) }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server) { $0.timeoutSeconds = 1; $0.maxRetries = 0 })
        #expect { try Self.ask(client) } throws: { error in
            (error as? LLMError)?.kind == .transport && "\(error)".contains("no complete response within 1.0 s")
        }
    }

    @Test func connectionRefusedIsATransportError() throws {
        let server = try OpenAITestServer { _, _ in .completion("{}") }
        let url = server.baseURL
        server.stop()
        var settings = LLMSettings()
        settings.baseURL = url
        settings.maxRetries = 1
        let client = LLMFixture.client(settings)
        #expect { try Self.ask(client) } throws: { error in
            (error as? LLMError)?.kind == .transport && "\(error)".contains("connection failed")
        }
    }

    /// The small plan run live against `responder` into a fresh cache, then replayed from it with
    /// the server gone.
    struct LiveAndReplay {
        var first: GenerationRun.Output
        var second: GenerationRun.Output
        var sent: Int
        var replayed: LLMProvider

        init(maxRetries: Int = 3, responder: @escaping OpenAITestServer.Responder) throws {
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let cachePath = directory.appendingPathComponent("llm-cache.sqlite").path
            let (validator, connection) = try LLMFixture.validator()
            defer { withExtendedLifetime(connection) {} }
            let plan = LLMFixture.plan()
            let server = try OpenAITestServer(responder: responder)
            let settings = LLMFixture.settings(server) { $0.maxRetries = maxRetries }
            first = try LLMFixture.run(LLMFixture.provider(LLMFixture.client(settings, cache: RequestCache(path: cachePath))),
                                       plan: plan, validator: validator)
            sent = server.requests.count
            server.stop()
            replayed = try LLMFixture.provider(LLMFixture.client(settings, cache: RequestCache(path: cachePath), replay: true, key: nil))
            second = try LLMFixture.run(replayed, plan: plan, validator: validator)
        }

        /// Examples and rejections are byte-identical.
        var identical: Bool {
            get throws {
                try second.examples.map { try CanonicalJSON.line($0) } == first.examples.map { try CanonicalJSON.line($0) }
                    && second.rejections.map { try CanonicalJSON.line($0) } == first.rejections.map { try CanonicalJSON.line($0) }
            }
        }
    }

    @Test func replayAnswersFromTheCache() throws {
        let run = try LiveAndReplay { request, _ in
            .completion(ScriptedAnswers.answer(to: request) { $0 == "b002-s1" ? "SELECT broken FROM item" : nil })
        }
        #expect(run.sent == 3, "two batches and one repair")
        #expect(try run.identical)
        #expect(run.replayed.usage().cacheHits == 3 && run.replayed.usage().requests == 0)
    }

    @Test func replayMissNamesTheBatch() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let cache = try RequestCache(path: directory.appendingPathComponent("empty.sqlite").path)
        let empty = try LLMFixture.provider(LLMFixture.client(LLMSettings(), cache: cache, replay: true, key: nil))
        #expect { try empty.prefetch(batches: LLMFixture.plan().batches, validator: validator, seed: 42) } throws: { error in
            // The batches are asked in parallel: either one's miss may be the first.
            (error as? LLMError)?.kind == .replayMiss && ["batch b001", "batch b002"].contains { "\(error)".contains($0) }
        }
    }

    @Test func replayReproducesAFailedBatch() throws {
        let run = try LiveAndReplay(maxRetries: 1) { request, _ in
            request.lastUserMessage.contains("b002-s1") ? .error(503, message: "busy") : .completion(ScriptedAnswers.answer(to: request))
        }
        #expect(run.first.examples.count == 2 && run.first.rejections.map(\.slotID) == ["b002-s1"])
        #expect(try run.identical)
        #expect(run.replayed.problemMessages.count == 1 && run.replayed.problemMessages[0].contains("HTTP 503: busy"))
    }

    @Test func cacheNeverHoldsTheKey() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cache.sqlite").path
        let server = try OpenAITestServer { _, _ in .completion("{\"ok\": true}") }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server), cache: try RequestCache(path: path))
        _ = try Self.ask(client)
        #expect(server.requests.first?.headers["authorization"] == "Bearer \(LLMFixture.key)")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
            #expect(bytes.range(of: Data(LLMFixture.key.utf8)) == nil, "\(name) holds the key")
        }
    }

    @Test func maxCostStopsNewRequests() throws {
        let server = try LLMFixture.scriptedServer()
        defer { server.stop() }
        let (validator, connection) = try LLMFixture.validator()
        defer { withExtendedLifetime(connection) {} }
        let settings = LLMFixture.settings(server) {
            $0.concurrency = 1
            $0.promptPricePer1K = 1
            $0.completionPricePer1K = 2
            $0.maxCost = 0.15
        }
        let provider = try LLMFixture.provider(LLMFixture.client(settings))
        let output = try LLMFixture.run(provider, plan: LLMFixture.plan(), validator: validator)
        #expect(server.requests.count == 1, "the first answer costs 0.2 >= 0.15")
        #expect(output.examples.map(\.batchID) == ["b001", "b001"])
        #expect(output.rejections.map(\.slotID) == ["b002-s1"])
        let usage = provider.usage()
        #expect(usage.stopped == "max_cost" && abs(usage.cost - 0.2) < 1e-9)
    }

    @Test func cancelStopsTheRun() throws {
        let server = try LLMFixture.scriptedServer(delay: 5)
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { client.cancel() }
        let clock = ContinuousClock()
        let started = clock.now
        #expect { try Self.ask(client) } throws: { ($0 as? LLMError)?.kind == .stopped }
        #expect((clock.now - started) < .seconds(4))
        #expect(client.meter.stopped == "cancelled")
    }
}

/// Backoff, Retry-After, the response parser and the rate limiter on their own.
@Suite struct LLMPartsTests {
    @Test func backoffGrowsWithJitterAndHonoursRetryAfter() {
        let policy = RetryPolicy(maxRetries: 5, baseDelay: 1, maxDelay: 8)
        var random = SeededRandom(seed: 1)
        let delays = (0..<6).map { policy.delay(retry: $0, retryAfter: nil, random: &random) }
        for (retry, delay) in delays.enumerated() {
            let backoff = min(8, pow(2, Double(retry)))
            #expect(delay >= backoff / 2 && delay <= backoff)
        }
        #expect(policy.delay(retry: 0, retryAfter: 20, random: &random) == 20)
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        #expect(RetryPolicy.retryAfterSeconds("3") == 3)
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == 30)
        #expect(RetryPolicy.retryAfterSeconds("soon") == nil)
    }

    @Test func parserToleratesFencesAndReportsMalformedJSON() throws {
        let fenced = "```json\n{\"examples\": [{\"slot\": \"s1\", \"question\": \"Q?\", \"sql\": \"SELECT 1;\"}]}\n```"
        #expect(try ResponseParser.examples(in: fenced) == [SlotAnswer(slot: "s1", question: "Q?", sql: "SELECT 1")])
        #expect { try ResponseParser.examples(in: "{\"examples\": [") } throws: { ($0 as? LLMError)?.kind == .malformedContent }
        #expect { try ResponseParser.examples(in: "{\"items\": []}") } throws: { "\($0)".contains("no \"examples\" array") }
    }

    @Test func rateLimiterWaitsForTheWindow() {
        let limiter = RateLimiter(requestsPerMinute: 2, tokensPerMinute: 0, window: 0.5)
        let clock = ContinuousClock()
        let started = clock.now
        for _ in 0..<3 { limiter.acquire(tokens: 10) }
        #expect((clock.now - started) >= .milliseconds(450))
        let tokens = RateLimiter(requestsPerMinute: 0, tokensPerMinute: 100, window: 0.5)
        let again = clock.now
        tokens.acquire(tokens: 80)
        tokens.acquire(tokens: 80)
        #expect((clock.now - again) >= .milliseconds(450))
    }

    @Test func cacheKeyCoversEndpointAndBody() {
        let request = ChatRequest(model: "m", messages: [.user("q")], temperature: 0.5, maxTokens: 10, jsonMode: true, seed: 1)
        var other = request
        other.seed = 2
        let key = RequestCache.key(endpoint: "http://a/v1/chat/completions", body: request.body())
        #expect(key == RequestCache.key(endpoint: "http://a/v1/chat/completions", body: request.body()))
        #expect(key != RequestCache.key(endpoint: "http://b/v1/chat/completions", body: request.body()))
        #expect(key != RequestCache.key(endpoint: "http://a/v1/chat/completions", body: other.body()))
    }
}
