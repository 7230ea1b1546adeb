import Foundation
import Generation
import HTTP
import OpenAITestServer
import Testing
import TestSupport

/// The libcurl wrapper on its own: status, headers and body; many threads at once.
@Suite struct HTTPClientTests {
    @Test func statusHeadersAndBodyArrive() throws {
        let server = try OpenAITestServer { request, _ in
            var reply = TestServerReply.error(429, retryAfter: "7", message: request.headers["x-probe"] ?? "none")
            reply.headers.append(("X-Extra", "yes"))
            return reply
        }
        defer { server.stop() }
        let response = try HTTPClient().send(HTTPRequest(url: server.baseURL + "/chat/completions", headers: [HTTPHeader("X-Probe", "hello")],
                                                          body: Array("{}".utf8), timeoutSeconds: 5))
        #expect(response.status == 429)
        #expect(response.header("retry-after") == "7" && response.header("x-extra") == "yes")
        #expect(response.text.contains("hello"))
        #expect(server.requests.first?.method == "POST" && server.requests.first?.body == "{}")
    }

    @Test func oneClientServesManyThreads() throws {
        let server = try OpenAITestServer { request, _ in .completion(request.body, delay: 0.05) }
        defer { server.stop() }
        let client = HTTPClient()
        let failures = FailureCount()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let body = "request \(index)"
            do {
                let response = try client.send(HTTPRequest(url: server.baseURL + "/chat/completions", body: Array(body.utf8)))
                if response.status != 200 || !response.text.contains(body) { failures.add() }
            } catch {
                failures.add()
            }
        }
        #expect(failures.value == 0)
        #expect(server.requests.count == 64)
    }

    @Test func bundledPromptsAreTheRepositoryFiles() throws {
        let bundled = try PromptTemplates.bundled()
        let source = try PromptTemplates.load(from: Fixtures.packageRoot.appendingPathComponent("Sources/Generation/LLM/Prompts").path)
        #expect(bundled.texts.keys.sorted() == PromptTemplates.names)
        #expect(bundled.sha256 == source.sha256)
    }
}

final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
