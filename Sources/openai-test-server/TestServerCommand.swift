import ArgumentParser
import Foundation
import OpenAITestServer

/// `openai-test-server`: the OpenAI-compatible test server as its own program, answering after
/// `--latency` seconds; prints `port N` and serves until standard input closes. `nl2sqlgen bench
/// llm` starts it as a child process; it is also handy to try `--provider openai` end to end:
/// `--scripted` answers every prompt with valid SQL computed from its slots. Not part of the
/// `nl2sqlgen` binary.
@main
struct TestServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openai-test-server",
        abstract: "An OpenAI-compatible chat-completions server on 127.0.0.1 (tests and `nl2sqlgen bench llm`).",
        discussion: "Prints `port N` on standard output, then serves until standard input closes.")

    @Option(help: "Seconds the server waits before each answer.")
    var latency = 0.2

    @Flag(help: "Answer each prompt with SQL and questions computed from its slots (ScriptedAnswers) instead of a fixed answer.")
    var scripted = false

    func run() throws {
        guard latency >= 0 else { throw ValidationError("--latency must be zero or more") }
        let content = "{\"examples\": [{\"slot\": \"b001-s1\", \"question\": \"Which brands sell best?\", \"sql\": \"SELECT i_brand, sum(ss_net_paid) FROM store_sales JOIN item ON ss_item_sk = i_item_sk GROUP BY i_brand ORDER BY 2 DESC LIMIT 10\"}]}"
        let delay = latency
        let scripted = self.scripted
        let server = try OpenAITestServer { request, _ in
            scripted ? ScriptedAnswers.reply(to: request, delay: delay) : .completion(content, delay: delay)
        }
        FileHandle.standardOutput.write(Data("port \(server.port)\n".utf8))
        _ = FileHandle.standardInput.readDataToEndOfFile()
        server.stop()
    }
}
