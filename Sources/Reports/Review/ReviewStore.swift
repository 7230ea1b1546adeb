/// Where review results live in a dataset directory.
public enum ReviewStore {
    /// Every applied decision, one JSON line each, appended by each `review apply`.
    public static let decisionsFile = "review/decisions.jsonl"
    /// `examples.jsonl` with the latest decisions applied: rejected examples left out, edits in
    /// place. `examples.jsonl` itself is never changed.
    public static let reviewedExamplesFile = "examples.reviewed.jsonl"
}
