import Model
import Validation

/// Something that drafts a question and SQL for a plan slot: the embedded offline generator, or
/// an LLM behind an OpenAI-compatible API. A provider may be asked for drafts of different batches
/// from several threads at once.
public protocol ExampleProvider: Sendable {
    /// Recorded with every example (`offline`, `openai`).
    var name: String { get }
    /// A draft for `slot` of `batch`; `attempt` counts the draws (0 first) and `previous` says why the
    /// last draw of this slot was refused (a provider may use it to repair the SQL). Nil when nothing
    /// could be drafted.
    func draft(slot: Slot, batch: Batch, attempt: Int, previous: RejectedAttempt?, seed: UInt64,
               validator: Validator) -> SQLDraft?
    /// Candidate paraphrases (text, style) of an accepted example's question, best first; the
    /// pipeline measures them and keeps the first `count` that are not near-copies. The default
    /// renders them from an offline draft's wording.
    func paraphraseCandidates(of example: Example, draft: SQLDraft, count: Int, seed: UInt64) -> [(text: String, style: String)]
    /// Recorded with each paraphrase (`offline`, `llm`).
    var paraphraseSource: String { get }
    /// Why the provider could not ask for `batch` at all (its request failed after every retry), or
    /// nil. Such a batch is a failed batch of the run: `run --retry-failed` redoes it.
    func requestFailure(batch: Batch) -> String?
    /// What the provider's last answer held when it gave no draft for `slot`, for the rejection
    /// record, or nil.
    func missingDraftDetail(slot: Slot) -> String?
    /// Whether the pipeline checks each draft's question against its SQL (``FaithfulnessCheck``):
    /// true for questions an LLM writes; the offline generator renders its questions from the
    /// parts of the SQL it builds.
    var checksQuestions: Bool { get }
    /// Why `draft` repeats what the provider's prompt showed (a template placeholder, an example
    /// question) instead of answering, or nil; such a draft is refused as `copied_from_prompt`.
    func copiedFromPrompt(_ draft: SQLDraft, batch: Batch) -> String?
}

extension ExampleProvider {
    public var paraphraseSource: String { "offline" }

    public func requestFailure(batch: Batch) -> String? { nil }

    public func missingDraftDetail(slot: Slot) -> String? { nil }

    public var checksQuestions: Bool { true }

    public func copiedFromPrompt(_ draft: SQLDraft, batch: Batch) -> String? { nil }

    public func paraphraseCandidates(of example: Example, draft: SQLDraft, count: Int, seed: UInt64) -> [(text: String, style: String)] {
        guard count > 0, let wording = draft.wording else { return [] }
        var rng = SeededRandom(seed: seed, stream: "contrast.paraphrases|\(example.id)")
        return OfflineParaphraser().candidates(wording: wording, question: example.question, literals: LiteralCheck.values(in: example.sql), rng: &rng)
    }
}

extension OfflineGenerator: ExampleProvider {
    public var name: String { "offline" }

    public var checksQuestions: Bool { false }

    /// The offline generator draws anew on each attempt; the previous failure does not steer it.
    public func draft(slot: Slot, batch: Batch, attempt: Int, previous: RejectedAttempt?, seed: UInt64,
                      validator: Validator) -> SQLDraft? {
        draft(slot: slot, category: batch.category, attempt: attempt, seed: seed, validator: validator)
    }
}
