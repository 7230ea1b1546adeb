import Model
import Validation

/// Something that drafts a question and SQL for a plan slot: the embedded offline generator, or
/// an LLM behind an OpenAI-compatible API.
public protocol ExampleProvider {
    /// Recorded with every example (`offline`, `openai`).
    var name: String { get }
    /// A draft for `slot`; `attempt` gives another draw. Nil when nothing could be drafted.
    func draft(slot: Slot, category: String, attempt: Int, seed: UInt64, validator: Validator) -> SQLDraft?
}

extension OfflineGenerator: ExampleProvider {
    public var name: String { "offline" }
}
