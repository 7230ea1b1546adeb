import Foundation
import Model
import Validation

/// Runs a plan: every slot through the provider, the validator, annotation and dedup. A batch is
/// the unit of work: ``generateBatch(at:validator:)`` depends only on the plan, the seed, the batch
/// and the database, never on other batches, so batches can run in any order, on several threads,
/// resumed or sharded, and ``RunFinalizer`` still gives the same dataset.
public struct GenerationRun: Sendable {
    public let plan: Plan
    public let schema: Schema
    public let provider: any ExampleProvider
    private let keys: [String: ForeignKey]
    private let faithfulness: FaithfulnessCheck
    /// The LLM judge of every batch's examples (`judge.mode` not `off`), or nil.
    public let judge: ExampleJudge?

    /// `values`: the validation database's places and names (``DatabaseValues/read(schema:validator:perColumn:)``),
    /// which the faithfulness check refuses as additions when a question or paraphrase adds them.
    public init(plan: Plan, schema: Schema, provider: any ExampleProvider, judge: ExampleJudge? = nil, values: DatabaseValues = .none) {
        self.plan = plan
        self.schema = schema
        self.provider = provider
        self.judge = judge
        keys = Dictionary(schema.foreignKeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        faithfulness = FaithfulnessCheck(schema: schema, values: values)
    }

    /// Examples and rejections of the whole plan, with counts.
    public struct Output: Sendable {
        public var examples: [Example] = []
        public var rejections: [Rejection] = []
        /// Failed draws by reason (every draw that was not kept, including those later replaced).
        public var droppedDraws: [String: Int] = [:]

        public init(examples: [Example] = [], rejections: [Rejection] = [], droppedDraws: [String: Int] = [:]) {
            self.examples = examples
            self.rejections = rejections
            self.droppedDraws = droppedDraws
        }
    }

    /// Generates every batch in plan order on this thread and finalizes (no ledger).
    public func run(validator: Validator) -> Output {
        RunFinalizer.finalize(plan.batches.indices.map { generateBatch(at: $0, validator: validator) }, plan: plan)
    }

    /// Generates batch `index` of the plan. Duplicates are filtered within the batch only; the
    /// cross-batch pass is ``RunFinalizer``'s.
    public func generateBatch(at index: Int, validator: Validator) -> BatchResult {
        let batch = plan.batches[index]
        var result = BatchResult(index: index, batchID: batch.id)
        var duplicates = DuplicateFilter()
        for slot in batch.slots {
            switch generate(slot: slot, batch: batch, validator: validator, duplicates: &duplicates, dropped: &result.droppedDraws) {
            case .example(let example): result.examples.append(example)
            case .rejection(let rejection): result.rejections.append(rejection)
            }
        }
        if let judge { review(&result, batch: batch, judge: judge, validator: validator, duplicates: &duplicates) }
        return result
    }

    /// Drafts `slot` until an example passes every check, at most `generation.max_attempts` draws
    /// (`attempts` when given: a repair round); `earlier` are the slot's refused draws so far.
    func generate(slot: Slot, batch: Batch, validator: Validator, duplicates: inout DuplicateFilter,
                  dropped: inout [String: Int], attempts: Range<Int>? = nil, earlier: [RejectedAttempt] = []) -> SlotOutcome {
        let settings = plan.config.generation
        var failures = earlier
        for attempt in attempts ?? 0..<settings.maxAttempts {
            guard let draft = provider.draft(slot: slot, batch: batch, attempt: attempt, previous: failures.last,
                                             seed: UInt64(plan.seed), validator: validator) else {
                if let failure = provider.requestFailure(batch: batch) {
                    failures.append(RejectedAttempt(reason: BatchResult.requestFailed, message: failure, sql: nil))
                    dropped[BatchResult.requestFailed, default: 0] += 1
                    break
                }
                let detail = provider.missingDraftDetail(slot: slot).map { ": \($0)" } ?? ""
                failures.append(RejectedAttempt(reason: "no_draft", message: "the provider produced no draft\(detail)", sql: nil))
                dropped["no_draft", default: 0] += 1
                continue
            }
            if let copy = provider.copiedFromPrompt(draft, batch: batch) {
                failures.append(RejectedAttempt(reason: PromptCopy.reason, message: copy, sql: draft.sql, question: draft.question))
                dropped[PromptCopy.reason, default: 0] += 1
                continue
            }
            let result = validator.validate(draft.sql, minRows: settings.minResultRows)
            guard result.verdict == .ok, let fingerprint = result.fingerprint else {
                failures.append(RejectedAttempt(reason: result.verdict.rawValue, message: result.message ?? "", sql: draft.sql, question: draft.question))
                dropped[result.verdict.rawValue, default: 0] += 1
                continue
            }
            let read = Set(result.columns)
            let missing = slot.targetColumns.filter { !read.contains($0) }
            if !missing.isEmpty {
                failures.append(RejectedAttempt(reason: "missing_target", message: "does not read \(missing.map(\.description).joined(separator: ", "))", sql: draft.sql,
                                                question: draft.question))
                dropped["missing_target", default: 0] += 1
                continue
            }
            guard let meaning = ExampleMeaning.measure(draft.sql, schema: schema) else {
                failures.append(RejectedAttempt(reason: "unparsed", message: "the SQL could not be analysed; write one plain SELECT", sql: draft.sql,
                                                question: draft.question))
                dropped["unparsed", default: 0] += 1
                continue
            }
            let absent = slot.joinEdges.filter { !meaning.joinedEdges.contains($0) }
            if !absent.isEmpty {
                failures.append(RejectedAttempt(reason: "missing_join", message: "does not join over \(absent.joined(separator: ", ")) (equate every child key column to its parent column)",
                                                sql: draft.sql, question: draft.question))
                dropped["missing_join", default: 0] += 1
                continue
            }
            if let (reason, message) = Self.meaningProblem(meaning) {
                failures.append(RejectedAttempt(reason: reason, message: message, sql: draft.sql, question: draft.question))
                dropped[reason, default: 0] += 1
                continue
            }
            let faults = provider.checksQuestions ? faithfulness.problems(of: draft.question, faithfulness.requirements(of: draft.sql)) : []
            if let first = faults.first {
                let reason = "unfaithful_\(first.failure.rawValue)"
                let message = "the question " + faults.map(\.message).joined(separator: "; it ")
                failures.append(RejectedAttempt(reason: reason, message: "\(message): state every value, name every table by its entity or role, say the grouping and the ordering",
                                                sql: draft.sql, question: draft.question))
                dropped[reason, default: 0] += 1
                continue
            }
            if let reason = duplicates.duplicateReason(sql: draft.sql, question: draft.question) {
                failures.append(RejectedAttempt(reason: reason, message: "repeats an earlier example of the batch", sql: draft.sql, question: draft.question))
                dropped[reason, default: 0] += 1
                continue
            }
            duplicates.insert(sql: draft.sql, question: draft.question)
            let features = SQLFeatures(sql: draft.sql, resultColumns: result.columnCount ?? 0)
            let measuredEdges = meaning.joinedEdges
            var example = Example(
                id: slot.id, batchID: batch.id, slotID: slot.id, question: draft.question, sql: draft.sql,
                style: draft.style, category: batch.category, shape: draft.shape, provider: provider.name,
                complexity: slot.complexity, hardness: features.hardness, tables: result.tables, columns: result.columns,
                joinEdges: measuredEdges, constructs: features.constructs,
                result: ResultShape(rows: result.rowCount ?? 0, columns: result.columnCount ?? 0,
                                    columnNames: result.columnNames ?? [], fingerprint: fingerprint,
                                    orderedFingerprint: result.orderedFingerprint),
                attempts: attempt + 1)
            example.category = schema.table(named: slot.anchor)?.category ?? batch.category
            example.columnUses = meaning.uses
            example.intent = AnalyticIntent.of(draft.sql, meaning: meaning, schema: schema).rawValue
            let candidates = provider.paraphraseCandidates(of: example, draft: draft, count: plan.config.paraphrases.count,
                                                           seed: UInt64(plan.seed))
            ContrastBuilder(schema: schema, paraphrases: plan.config.paraphrases, negatives: plan.config.negatives, faithfulness: faithfulness)
                .enrich(&example, positive: result, paraphraseCandidates: candidates, source: provider.paraphraseSource,
                        validator: validator, seed: UInt64(plan.seed))
            return .example(example)
        }
        return .rejection(Rejection(batchID: batch.id, slotID: slot.id, complexity: slot.complexity, attempts: failures))
    }

    /// The rules of meaning `meaning` breaks: the first one's reason and a message naming every
    /// one (the LLM's repair prompt carries it).
    static func meaningProblem(_ meaning: ExampleMeaning) -> (String, String)? {
        var found: [(String, String)] = []
        for table in meaning.unusedTables {
            found.append(("unused_join", "joins \(table) but uses none of its columns: join only the tables whose columns the question uses"))
        }
        for trap in meaning.fanTraps {
            found.append(("fan_trap", "fan trap \(trap): two many-sided tables meet through one parent, so totals double count; aggregate each separately first"))
        }
        for violation in meaning.violations { found.append(("typed_use", violation)) }
        guard let first = found.first else { return nil }
        return (first.0, found.map(\.1).joined(separator: "; "))
    }
}
