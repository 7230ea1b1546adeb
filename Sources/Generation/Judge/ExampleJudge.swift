import Foundation
import Model
import Validation

/// The LLM judge of a run (`judge.*`, docs/llm.md): sends the examples of a batch (and their
/// paraphrases with `judge.paraphrases`), `judge.examples_per_request` examples a request, through
/// its own ``ChatCompletionClient`` (the run's request cache, retries, rate limits and cost meter;
/// endpoint and model may differ from the generator's). Mode `score` reads a verdict per item;
/// mode `back_translate` reads an SQL per question. An answer that is not the requested JSON gets a
/// follow-up (at most `llm.max_repairs`); items the answers leave out stay without a verdict.
public final class ExampleJudge: @unchecked Sendable {
    public let client: ChatCompletionClient
    public let settings: JudgeSettings
    public let templates: PromptTemplates
    private let prompt: BatchPrompt
    private let lock = NSLock()
    private var fatal: LLMError?
    private var problems: [String] = []

    public init(schema: Schema, settings: JudgeSettings, client: ChatCompletionClient, templates: PromptTemplates) {
        self.client = client
        self.settings = settings
        self.templates = templates
        prompt = BatchPrompt(schema: schema, templates: templates)
    }

    /// An error that makes the run unusable (a `--replay` miss, a refused key, URL or model), or nil.
    public var fatalError: LLMError? { lock.withLock { fatal } }

    /// Failed judge requests and unreadable answers, in the order they happened.
    public var problemMessages: [String] { lock.withLock { problems } }

    /// What one request asked and what came back for each item: scores (mode `score`) or SQL
    /// (mode `back_translate`); an item missing from both was not answered (`failure` says why).
    struct Answers {
        var scores: [String: JudgeAnswer.Scores] = [:]
        var queries: [String: String] = [:]
        var failure: [String: String] = [:]
    }

    /// The answers for `examples` of `batch`, one request per `judge.examples_per_request` examples
    /// (an example's paraphrases go in the same request).
    func answers(for examples: [Example], batch: Batch, validator: Validator, seed: UInt64) -> Answers {
        var answers = Answers()
        let scoring = settings.mode != "back_translate"
        let size = max(1, settings.examplesPerRequest)
        for start in stride(from: 0, to: examples.count, by: size) {
            let chunk = Array(examples[start..<min(examples.count, start + size)])
            let items = chunk.flatMap { JudgeItem.items(of: $0, paraphrases: scoring && settings.paraphrases) }
            let messages = self.messages(items, examples: chunk, scoring: scoring, validator: validator)
            do throws(LLMError) {
                let content = try ask(messages, batch: batch.id, seed: seed)
                if scoring {
                    answers.scores.merge(try parse(content, messages: messages, batch: batch.id, seed: seed, JudgeAnswer.verdicts)) { first, _ in first }
                } else {
                    answers.queries.merge(try parse(content, messages: messages, batch: batch.id, seed: seed, JudgeAnswer.queries)) { first, _ in first }
                }
                for item in items where answers.scores[item.id] == nil && answers.queries[item.id] == nil {
                    answers.failure[item.id] = "the judge's answer had no usable verdict for \(item.id)"
                }
            } catch {
                note(error)
                for item in items { answers.failure[item.id] = "no judge answer: \(error.message)" }
            }
        }
        return answers
    }

    /// The system and user messages judging `items` (of `examples`).
    func messages(_ items: [JudgeItem], examples: [Example], scoring: Bool, validator: Validator) -> [ChatMessage] {
        var tables: [String] = []
        for example in examples { for table in example.tables where !tables.contains(table) { tables.append(table) } }
        let columns = Dictionary(examples.map { ($0.id, $0.result.columnNames) }, uniquingKeysWith: { first, _ in first })
        let lines = items.map {
            $0.line(withSQL: scoring, columns: columns[$0.exampleID] ?? [], validator: validator, rows: settings.sampleRows)
        }
        let schema = prompt.schemaContext(tables: tables) { _ in [:] }
        let user = templates.render(scoring ? "judge" : "backtranslate", [("schema", schema), ("items", lines.joined(separator: "\n"))])
        return [.system(templates.render("system", [])), .user(user)]
    }

    private func ask(_ messages: [ChatMessage], batch: String, seed: UInt64) throws(LLMError) -> String {
        try client.complete(client.request(messages, seed: seed), batch: batch).content
    }

    /// Parses `content`; an unreadable answer gets a follow-up asking for the JSON again, at most
    /// `llm.max_repairs` times.
    private func parse<T>(_ content: String, messages: [ChatMessage], batch: String, seed: UInt64,
                          _ read: (String) throws(LLMError) -> T) throws(LLMError) -> T {
        try client.read(content, of: messages, templates: templates, batch: batch, seed: seed, what: "judge", read)
    }

    private func note(_ error: LLMError) {
        let isFatal = error.kind == .replayMiss || error.kind == .refused
        lock.withLock {
            if isFatal && fatal == nil { fatal = error }
            if error.kind != .stopped { problems.append(error.message) }
        }
        if isFatal { client.meter.stop(error.kind.rawValue) }
    }
}
