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
}

extension OfflineGenerator: ExampleProvider {
    public var name: String { "offline" }

    /// The offline generator draws anew on each attempt; the previous failure does not steer it.
    public func draft(slot: Slot, batch: Batch, attempt: Int, previous: RejectedAttempt?, seed: UInt64,
                      validator: Validator) -> SQLDraft? {
        draft(slot: slot, category: batch.category, attempt: attempt, seed: seed, validator: validator)
    }
}
