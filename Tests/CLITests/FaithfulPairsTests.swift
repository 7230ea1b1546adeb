import Foundation
import Model
import OpenAITestServer
import SQLite
import Testing
import TestSupport

/// The case end to end: a server whose paraphrases are about catalog cash refunds whatever
/// the question; none reaches pairs.jsonl or an export, and the manifest counts them.
@Suite struct FaithfulPairsTests {
    @Test(arguments: ["llm", "sql-first"])
    func unfaithfulParaphrasesNeverReachPairs(mode: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in
            if request.lastUserMessage.contains("\"paraphrases\"") {
                return .completion("{\"paraphrases\": [\"What is the total cash refunded by catalog returns in 2001?\", \"Which catalog returns had the largest cash refunds?\", \"Show catalog cash refunds by call center.\"]}")
            }
            return ScriptedAnswers.reply(to: request)
        }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "generate", "--schema", "s.json", "--config", "c.json",
                                    "--out", "a", "--quiet", "--provider", "openai", "--mode", mode, "--allow-partial")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try !runner.read("a/pairs.jsonl").lowercased().contains("catalog"))
        #expect(try !runner.read("a/examples.jsonl").contains("\"source\":\"llm\""), "no LLM paraphrase was kept")
        let manifest = try JSONSerialization.jsonObject(with: Data(runner.read("a/manifest.json").utf8)) as? [String: Any] ?? [:]
        let counts = manifest["counts"] as? [String: Int] ?? [:]
        #expect(counts.filter { $0.key.hasPrefix("paraphrases_refused_unfaithful_") }.values.reduce(0, +) > 0, "\(counts)")
        let report = try runner.read("a/report.json")
        #expect(report.contains("paraphrases_refused_unfaithful"))
        let export = try runner.run("export", "a", "--format", "hf", "--out", "hf")
        #expect(export.status == 0, "\(export.stderr)")
    }

    /// A name of the validation database that the question does not hold, capitalised as a
    /// sentence would start with it ("Ought aside, ..."), or nil while the database is not there yet.
    static func databaseName(in runner: CommandRunner, notIn question: String) -> String? {
        guard let connection = try? Connection(path: runner.path("a/database.sqlite"), mode: .readOnly),
              let rows = try? connection.prepare("SELECT DISTINCT ic_class_name FROM item_class WHERE ic_class_name IS NOT NULL ORDER BY 1") else { return nil }
        while (try? rows.step()) == true {
            guard case .text(let name) = rows.value(at: 0), name.contains(where: \.isLetter),
                  !question.lowercased().contains(name.lowercased()) else { continue }
            return name.prefix(1).uppercased() + name.dropFirst()
        }
        return nil
    }

    /// Issue 24: a place or name of the validation database that a paraphrase adds is refused
    /// wherever it stands, also where capitals say nothing (after a colon, starting a sentence).
    @Test func aParaphraseAddingANameOfTheValidationDatabaseNeverReachesPairs() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let server = try OpenAITestServer { request, _ in
            let first = request.messages.first { $0.role == "user" }?.content ?? ""
            guard first.contains("\"paraphrases\""),
                  let question = first.split(separator: "\n").first(where: { $0.hasPrefix("Question: ") }).map({ String($0.dropFirst(10)) }),
                  let name = Self.databaseName(in: runner, notIn: question) else {
                return .completion(ScriptedAnswers.answer(to: request))
            }
            let honest = ScriptedWording.paraphrases(of: question, count: 2)
            let added = "One more question from finance: \(name) aside, \(question)"
            return .completion("{\"paraphrases\": [\(([added] + honest).map(JSONText.quote).joined(separator: ", "))]}")
        }
        defer { server.stop() }
        try LLMCommandTests.prepare(runner, server: server)
        let result = try runner.run(environment: ["NL2SQLGEN_TEST_KEY": ""], "generate", "--schema", "s.json", "--config", "c.json",
                                    "--out", "a", "--quiet", "--provider", "openai", "--allow-partial")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try !runner.read("a/pairs.jsonl").contains(" aside, "), "no paraphrase that adds a name reaches pairs.jsonl")
        #expect(try runner.read("a/pairs.jsonl").contains("Please look this up for me:"), "the honest paraphrases are kept")
        let manifest = try JSONSerialization.jsonObject(with: Data(runner.read("a/manifest.json").utf8)) as? [String: Any] ?? [:]
        let counts = manifest["counts"] as? [String: Int] ?? [:]
        #expect((counts["paraphrases_refused_unfaithful_addition"] ?? 0) > 0, "\(counts)")
    }
}
