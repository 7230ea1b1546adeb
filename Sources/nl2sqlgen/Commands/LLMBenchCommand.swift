import ArgumentParser
import Foundation
import Generation
import Model
import OpenAITestServer
#if canImport(Glibc)
import Glibc
#endif

/// `nl2sqlgen bench llm`: request throughput against the test server answering after a fixed
/// latency, at several numbers of requests in flight, against the ideal (in-flight / latency),
/// and the client's CPU time per request. The server runs in a child process so that only the
/// client's CPU is measured.
struct LLMBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llm",
        abstract: "LLM client throughput at 1, 16 and 64 requests in flight against a local test server with a fixed latency.",
        discussion: "Prints a Markdown table: in flight, requests, seconds, requests/s, ideal requests/s, share of ideal, client CPU ms per request. Use a release build.")

    @Option(help: "Server latency per request in seconds.")
    var latency = 0.2

    @Option(help: "Requests in flight to measure, comma-separated.")
    var inFlight = "1,16,64"

    @Option(help: "Requests per level, as a multiple of the in-flight count (at least 20 requests).")
    var rounds = 10

    func run() throws {
        let levels = inFlight.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }), latency >= 0, rounds > 0 else {
            throw CLI.fail("--in-flight needs positive integers, --latency zero or more, --rounds positive")
        }
        let server = try ChildServer(latency: latency)
        defer { server.stop() }
        print("| in flight | requests | seconds | requests/s | ideal requests/s | share of ideal | client CPU ms/request |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for level in levels {
            var settings = LLMSettings()
            settings.baseURL = "http://127.0.0.1:\(server.port)/v1"
            settings.model = "bench"
            settings.concurrency = level
            settings.maxRetries = 0
            let client = ChatCompletionClient(settings: settings, apiKey: "bench", cache: nil, replay: false, meter: CostMeter(settings: settings))
            _ = client.completeAll((0..<level).map { client.request([.user("warm-up \($0)")], seed: 1) }, batch: "warm-up")
            let count = max(20, level * rounds)
            let requests = (0..<count).map { client.request([.system("bench"), .user("request \($0): write one example")], seed: 1) }
            let cpuBefore = Self.cpuSeconds()
            let clock = ContinuousClock()
            let started = clock.now
            let results = client.completeAll(requests, batch: "bench")
            let seconds = (clock.now - started).inSeconds
            let cpu = Self.cpuSeconds() - cpuBefore
            let failed = results.filter { if case .failure = $0 { return true } else { return false } }.count
            guard failed == 0 else { throw CLI.fail("\(failed) of \(count) requests failed at \(level) in flight", code: 1) }
            let rate = Double(count) / seconds
            let ideal = latency > 0 ? Double(level) / latency : .infinity
            print("| \(level) | \(count) | \(String(format: "%.2f", seconds)) | \(String(format: "%.1f", rate)) | \(String(format: "%.1f", ideal)) | \(String(format: "%.1f", 100 * rate / ideal))% | \(String(format: "%.3f", 1000 * cpu / Double(count))) |")
        }
    }

    /// User plus system CPU seconds of this process.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}

/// `nl2sqlgen bench llm-server` (hidden): the test server, answering after `--latency` seconds;
/// prints its port and serves until standard input closes (also handy to try `--provider openai`
/// end to end: `--scripted` answers every prompt with valid SQL computed from its slots).
struct LLMBenchServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "llm-server", abstract: "The test server of `bench llm`.",
                                                    shouldDisplay: false)

    @Option(help: "Seconds the server waits before each answer.")
    var latency = 0.2

    @Flag(help: "Answer each prompt with SQL and questions computed from its slots (ScriptedAnswers) instead of a fixed answer.")
    var scripted = false

    func run() throws {
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

/// The benchmark server as a child process of this program.
private final class ChildServer {
    let port: Int
    private let process = Process()
    private let input = Pipe()

    init(latency: Double) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = ["bench", "llm-server", "--latency", String(latency)]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let port = Int(text.replacingOccurrences(of: "port ", with: "").trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw CLI.fail("the benchmark server did not start: \(text)")
        }
        self.port = port
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
