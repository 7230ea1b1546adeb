import Foundation
import Model
import SQLite
import Validation

/// Drafts examples with an LLM behind an OpenAI-compatible endpoint.
///
/// Mode `llm`: one request per batch asks for a question and SQL for every slot; the answer is
/// kept, so each slot's first draft comes from it. A refused SQL gets a repair prompt carrying the
/// refusal (the SQLite error, a missing target or join, a duplicate), at most `llm.max_repairs`
/// times. Mode `sql-first`: the embedded generator writes the SQL and the LLM the questions.
/// Either way the run's validator measures everything; nothing the LLM claims is trusted.
///
/// ``prefetch(batches:validator:seed:)`` sends the first request of every batch with
/// `llm.concurrency` requests in flight before the run consumes the answers.
public final class LLMProvider: ExampleProvider, @unchecked Sendable {
    public enum Mode: String, Sendable {
        case llm
        case sqlFirst = "sql-first"
    }

    public var name: String { "openai" }
    public let client: ChatCompletionClient
    public let mode: Mode
    public let templates: PromptTemplates
    let schema: Schema
    let prompt: BatchPrompt
    let offline: OfflineGenerator
    private let styles: [String]
    private let lock = NSLock()
    private var answers: [String: BatchAnswer] = [:]
    private var samples: [String: [String: [String]]] = [:]
    private var questions: [String: String] = [:]
    private var problems: [String] = []
    private var fatal: LLMError?
    /// Batches whose first request failed: their slots get no further requests.
    private var failedBatches: Set<String> = []
    /// The last request error of each batch (not a stop), and the batches whose own request failed with one.
    private var lastErrors: [String: String] = [:]
    private var unanswered: [String: String] = [:]
    /// What the last answer held, by slot it lacked.
    private var missingDetails: [String: String] = [:]
    /// Per batch: the example questions its prompts showed, normalized (``PromptCopy``).
    private var shown: [String: Set<String>] = [:]

    /// What one batch request gave.
    struct BatchAnswer: Sendable {
        /// System, user and the assistant's answer: the context of repair prompts.
        var conversation: [ChatMessage]
        var slots: [String: SlotAnswer]
        /// sql-first: the SQL each question was asked for.
        var sqls: [String: String]
    }

    /// A request prepared on the caller's thread (sample values and sql-first SQL need the validator).
    struct Prepared: Sendable {
        var batch: Batch
        var messages: [ChatMessage]
        var sqls: [String: String]
    }

    public init(schema: Schema, config: Config, client: ChatCompletionClient, templates: PromptTemplates) {
        self.schema = schema
        self.client = client
        var templates = templates
        templates.dialect = SQLDialect(database: config.database)
        self.templates = templates
        mode = Mode(rawValue: config.generation.mode) ?? .llm
        prompt = BatchPrompt(schema: schema, templates: templates)
        styles = config.generation.styles.isEmpty ? ["formal"] : config.generation.styles
        offline = OfflineGenerator(schema: schema, styles: config.generation.styles, dialect: templates.dialect)
    }

    /// Stops new requests and aborts those in flight (Ctrl-C); remaining slots get no draft.
    public func cancel() {
        client.cancel()
    }

    /// Why the provider stopped early (`max_cost`, `cancelled`), or nil.
    public var stopped: String? { client.meter.stopped }

    /// Why `batch` got no answer: its batch request failed after every retry.
    public func requestFailure(batch: Batch) -> String? {
        lock.withLock { unanswered[batch.id] }.map { "no answer to the batch request after every retry (llm.max_retries): \($0)" }
    }

    public func missingDraftDetail(slot: Slot) -> String? {
        lock.withLock { missingDetails[slot.id] }
    }

    /// An error that makes the run unusable (a `--replay` miss, a refused key, URL or model), or nil.
    public var fatalError: LLMError? { lock.withLock { fatal } }

    /// The example questions the prompts of `batch` showed, normalized.
    func shownQuestions(of batch: Batch) -> Set<String> { lock.withLock { shown[batch.id] } ?? [] }

    /// Failed requests and unreadable answers, in the order they happened (for the log).
    public var problemMessages: [String] { lock.withLock { problems } }

    /// The manifest's `llm` record.
    public func usage() -> LLMUsage {
        client.meter.usage(baseURL: client.settings.baseURL, model: client.settings.model, mode: mode.rawValue,
                           promptSHA256: templates.sha256)
    }

    /// Sends the first request of every batch, `llm.concurrency` at a time, and keeps the answers.
    /// Throws a `--replay` miss or a refusal (401, 403, 404).
    public func prefetch(batches: [Batch], validator: Validator, seed: UInt64) throws(LLMError) {
        let prepared = batches.map { prepare($0, slots: $0.slots, attempt: 0, validator: validator, seed: seed) }
        let missing = prepared.filter { item in lock.withLock { answers[item.batch.id] == nil } }
        InFlight.run(count: missing.count, width: client.settings.concurrency) { [self] index in
            _ = answer(missing[index], seed: seed)
        }
        if let fatal = fatalError { throw fatal }
    }

    public func draft(slot: Slot, batch: Batch, attempt: Int, previous: RejectedAttempt?, seed: UInt64,
                      validator: Validator) -> SQLDraft? {
        if fatalError != nil { return nil }
        switch mode {
        case .llm: return llmDraft(slot: slot, batch: batch, attempt: attempt, previous: previous, seed: seed, validator: validator)
        case .sqlFirst: return sqlFirstDraft(slot: slot, batch: batch, attempt: attempt, seed: seed, validator: validator)
        }
    }

    private func llmDraft(slot: Slot, batch: Batch, attempt: Int, previous: RejectedAttempt?, seed: UInt64,
                          validator: Validator) -> SQLDraft? {
        let style = self.style(of: slot, seed: seed)
        let found: SlotAnswer?
        if attempt == 0 {
            found = batchAnswer(batch, validator: validator, seed: seed)?.slots[slot.id]
        } else {
            guard attempt <= client.settings.maxRepairs else { return nil }
            if let previous, let sql = previous.sql {
                client.meter.recordRepair()
                let conversation = batchAnswer(batch, validator: validator, seed: seed)?.conversation
                    ?? prepare(batch, slots: [slot], attempt: attempt, validator: validator, seed: seed).messages
                let question = lock.withLock { questions[slot.id] } ?? ""
                let messages = prompt.repair(conversation: conversation, slot: slot, question: question, sql: sql,
                                             reason: previous.reason, error: previous.message)
                found = ask(messages, batch: batch.id, seed: seed) { content throws(LLMError) in try ResponseParser.repair(in: content) }?.value
            } else {
                // Nothing to repair (the batch answer lacked the slot): ask for this slot alone,
                // unless the batch request itself failed after its retries.
                guard !lock.withLock({ failedBatches.contains(batch.id) }) else { return nil }
                client.meter.recordRepair()
                let single = prepare(batch, slots: [slot], attempt: attempt, validator: validator, seed: seed)
                // The re-ask names the attempt and the missing slot, so it is a new request (not the
                // cached answer that lacked the slot once already).
                let messages = single.messages + [.user("Attempt \(attempt + 1): your previous answer had no usable example for slot \(slot.id). Answer again with exactly one example, for slot \(slot.id).")]
                let answer = ask(messages, batch: batch.id, seed: seed) { content throws(LLMError) in
                    try ResponseParser.examples(in: content)
                }
                found = answer?.value.first { $0.slot == slot.id }
                if let answer, found == nil { noteMissing(slot, in: answer.value, content: answer.content) }
            }
        }
        if attempt == 0, found == nil, let answer = lock.withLock({ answers[batch.id] }) {
            noteMissing(slot, in: Array(answer.slots.values).sorted { $0.slot < $1.slot }, content: answer.conversation.last?.content ?? "")
        }
        guard let found, let sql = found.sql else { return nil }
        lock.withLock { questions[slot.id] = found.question }
        return SQLDraft(sql: sql, question: found.question, style: style, shape: "llm.\(slot.complexity.rawValue)")
    }

    /// Records what an answer that lacks `slot` held, for its rejection record.
    private func noteMissing(_ slot: Slot, in items: [SlotAnswer], content: String) {
        let slots = items.map(\.slot)
        let held = slots.isEmpty ? "no example" : "examples for \(slots.joined(separator: ", "))"
        let preview = content.count > 300 ? String(content.prefix(300)) + "…" : content
        lock.withLock { missingDetails[slot.id] = "the answer held \(held), none for \(slot.id) (answer: \(preview))" }
    }

    private func sqlFirstDraft(slot: Slot, batch: Batch, attempt: Int, seed: UInt64, validator: Validator) -> SQLDraft? {
        guard let sqlDraft = offline.draft(slot: slot, category: batch.category, attempt: attempt, seed: seed, validator: validator) else {
            return nil
        }
        var question: String?
        if attempt == 0, let answer = batchAnswer(batch, validator: validator, seed: seed), answer.sqls[slot.id] == sqlDraft.sql {
            question = answer.slots[slot.id]?.question
        }
        if question == nil {
            guard !lock.withLock({ failedBatches.contains(batch.id) }) else { return nil }
            // A refused question asked again is a re-ask: counted with the repairs (manifest `llm.repairs`).
            if attempt > 0 { client.meter.recordRepair() }
            let messages = prompt.messages(batch: batch, slots: [slot], context: context(of: batch, validator: validator),
                                           styles: [slot.id: sqlDraft.style], sqls: [slot.id: sqlDraft.sql])
            question = ask(messages, batch: batch.id, seed: seed) { content throws(LLMError) in
                try ResponseParser.examples(in: content, questionsOnly: true)
            }?.value.first { $0.slot == slot.id }?.question
        }
        guard let question else { return nil }
        return SQLDraft(sql: sqlDraft.sql, question: question, style: sqlDraft.style, shape: sqlDraft.shape)
    }

    /// The kept answer of `batch`, requesting it now if `prefetch` did not.
    private func batchAnswer(_ batch: Batch, validator: Validator, seed: UInt64) -> BatchAnswer? {
        let (kept, failed) = lock.withLock { (answers[batch.id], failedBatches.contains(batch.id)) }
        if let kept { return kept }
        if failed { return nil }
        return answer(prepare(batch, slots: batch.slots, attempt: 0, validator: validator, seed: seed), seed: seed)
    }

    private func answer(_ prepared: Prepared, seed: UInt64) -> BatchAnswer? {
        let questionsOnly = mode == .sqlFirst
        guard let (content, items) = ask(prepared.messages, batch: prepared.batch.id, seed: seed, parse: { content throws(LLMError) in
            try ResponseParser.examples(in: content, questionsOnly: questionsOnly)
        }) else {
            lock.withLock {
                _ = failedBatches.insert(prepared.batch.id)
                if let error = lastErrors[prepared.batch.id] { unanswered[prepared.batch.id] = error }
            }
            return nil
        }
        var slots: [String: SlotAnswer] = [:]
        for item in items where slots[item.slot] == nil { slots[item.slot] = item }
        let answer = BatchAnswer(conversation: prepared.messages + [.assistant(content)], slots: slots, sqls: prepared.sqls)
        lock.withLock { answers[prepared.batch.id] = answer }
        return answer
    }

    /// Sends `messages` and parses the answer; an unreadable answer gets a follow-up asking for the
    /// JSON again (at most `llm.max_repairs`). Nil after a failure, which is logged.
    private func ask<T>(_ messages: [ChatMessage], batch: String, seed: UInt64,
                        parse: (String) throws(LLMError) -> T) -> (content: String, value: T)? {
        var conversation = messages
        var reformats = 0
        while true {
            let reply: ChatReply
            do {
                reply = try client.complete(client.request(conversation, seed: seed), batch: batch)
            } catch {
                note(error)
                if error.kind != .stopped { lock.withLock { lastErrors[batch] = error.message } }
                return nil
            }
            do {
                return (reply.content, try parse(reply.content))
            } catch {
                guard reformats < client.settings.maxRepairs else {
                    client.meter.recordFailure()
                    note(LLMError(error.kind, "batch \(batch): \(error.message)"))
                    return nil
                }
                reformats += 1
                client.meter.recordRepair()
                conversation = prompt.reformat(conversation: conversation + [.assistant(reply.content)], error: error.message)
            }
        }
    }

    func note(_ error: LLMError) {
        let isFatal = error.kind == .replayMiss || error.kind == .refused
        lock.withLock {
            if isFatal && fatal == nil { fatal = error }
            if error.kind != .stopped { problems.append(error.message) }
        }
        if isFatal { client.meter.stop(error.kind.rawValue) }
    }

    /// The request for `slots` of `batch`: in sql-first mode with the embedded generator's SQL.
    func prepare(_ batch: Batch, slots: [Slot], attempt: Int, validator: Validator, seed: UInt64) -> Prepared {
        var styles: [String: String] = [:]
        var sqls: [String: String] = [:]
        var asked: [Slot] = []
        for slot in slots {
            if mode == .sqlFirst {
                guard let draft = offline.draft(slot: slot, category: batch.category, attempt: attempt, seed: seed, validator: validator) else { continue }
                sqls[slot.id] = draft.sql
                styles[slot.id] = draft.style
            } else {
                styles[slot.id] = style(of: slot, seed: seed)
            }
            asked.append(slot)
        }
        // Two examples of the expected form, written by the offline generator for slots of this batch.
        let examples = mode == .sqlFirst ? [] : asked.prefix(2).compactMap {
            offline.draft(slot: $0, category: batch.category, attempt: 0, seed: seed, validator: validator)
        }
        lock.withLock { shown[batch.id, default: []].formUnion(examples.map { PromptCopy.normalized($0.question) }) }
        let messages = prompt.messages(batch: batch, slots: asked, context: context(of: batch, validator: validator), styles: styles,
                                       sqls: mode == .sqlFirst ? sqls : nil, examples: examples)
        return Prepared(batch: batch, messages: messages, sqls: sqls)
    }

    /// The schema block of `batch`, with sample values read once per table.
    private func context(of batch: Batch, validator: Validator) -> String {
        prompt.schemaContext(tables: batch.tables) { table in
            if let kept = lock.withLock({ samples[table.name] }) { return kept }
            var values: [String: [String]] = [:]
            for column in table.columns where column.role != .key && column.role != .foreignKey {
                let name = column.name
                let sql: SQL = "SELECT DISTINCT \(identifier: name) FROM \(identifier: table.name) WHERE \(identifier: name) IS NOT NULL LIMIT 3"
                values[column.name] = (validator.rows(of: sql.text, limit: 3) ?? []).compactMap { $0.first.map(Self.render) }
            }
            lock.withLock { samples[table.name] = values }
            return values
        }
    }

    /// A sample value as an SQL literal.
    private static func render(_ value: SQLValue) -> String {
        switch value {
        case .text(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        default: return value.description
        }
    }

    /// The style of a slot in llm mode: a seeded pick per slot.
    private func style(of slot: Slot, seed: UInt64) -> String {
        var random = SeededRandom(seed: seed, stream: "llm.style|\(slot.id)")
        return random.pick(styles)
    }
}
