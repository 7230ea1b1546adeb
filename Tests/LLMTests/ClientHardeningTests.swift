import Foundation
import Generation
import Model
import OpenAITestServer
import Testing
import TestSupport

/// The key never leaks through an echoing server; Retry-After is capped (issue 14, items 5 and 6).
@Suite struct ClientHardeningTests {
    @Test func echoedKeyIsRedactedFromMessagesAndTheCache() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try OpenAITestServer { _, _ in
            .error(500, message: "bad request; headers were Authorization: Bearer \(LLMFixture.key), x-api-key: \(LLMFixture.key)")
        }
        defer { server.stop() }
        let cachePath = directory.appendingPathComponent("llm-cache.sqlite").path
        let client = LLMFixture.client(LLMFixture.settings(server) { $0.maxRetries = 0 }, cache: try RequestCache(path: cachePath))
        var message = ""
        do {
            _ = try client.complete(client.request([.user("hello")], seed: 7), batch: "b001")
        } catch {
            message = error.message
        }
        #expect(message.contains("HTTP 500"))
        #expect(message.contains("[redacted]"))
        #expect(!message.contains(LLMFixture.key), "\(message)")
        let stored = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        #expect(stored.range(of: Data(LLMFixture.key.utf8)) == nil, "the key is in the cache file")
        let wal = FileManager.default.contents(atPath: cachePath + "-wal") ?? Data()
        #expect(wal.range(of: Data(LLMFixture.key.utf8)) == nil, "the key is in the cache's log")
    }

    @Test func bearerTokensAndTheKeyAreRedacted() {
        let text = SecretRedactor.redact("Authorization: Bearer abc.def-123, then sk-XYZ1 again, bearer\tq9", secret: "sk-XYZ1")
        #expect(text == "Authorization: Bearer [redacted], then [redacted] again, bearer\t[redacted]")
    }

    @Test func retryAfterIsCappedByTheConfig() throws {
        var random = SeededRandom(seed: 1, stream: "t")
        let policy = RetryPolicy(maxRetries: 1, baseDelay: 0.01, maxDelay: 0.05, maxRetryAfter: 60)
        #expect(policy.delay(retry: 0, retryAfter: 86_400, random: &random) == 60)
        #expect(policy.delay(retry: 0, retryAfter: 2, random: &random) == 2)
        // The client takes the cap from llm.max_retry_after_seconds and names it when it gives up.
        let server = try OpenAITestServer { _, _ in .error(429, retryAfter: "86400") }
        defer { server.stop() }
        let client = LLMFixture.client(LLMFixture.settings(server) {
            $0.maxRetries = 1
            $0.maxRetryAfterSeconds = 0
        })
        #expect { try client.complete(client.request([.user("hello")], seed: 7), batch: "b001") } throws: { error in
            guard let error = error as? LLMError else { return false }
            return error.message.contains("Retry-After 86400 s cut to 0.0 s: llm.max_retry_after_seconds")
        }
        #expect(server.requests.count == 2)
    }
}
