import Foundation
import Model

/// A dataset directory as written by `generate`/`run` (docs/dataset-format.md), loaded for
/// reports, review and exports. Only `manifest.json`, `plan.json`, `coverage.json` and
/// `examples.jsonl` are required; the validation database is optional.
public struct Dataset: Sendable {
    public var directory: String
    public var manifest: Manifest
    /// The manifest's optional `llm` object.
    public var llm: LLMUsage?
    public var plan: Plan
    public var coverage: CoverageReport
    /// The examples as generated (`examples.jsonl`).
    public var examples: [Example]
    public var rejections: [Rejection]
    /// Review decisions recorded by `review apply` (`review/decisions.jsonl`), oldest first.
    public var decisions: [ReviewDecision]
    /// The examples after review (`examples.reviewed.jsonl`), nil when nothing was reviewed.
    public var reviewedExamples: [Example]?

    /// The examples exports use: the reviewed ones when a review was applied.
    public var currentExamples: [Example] { reviewedExamples ?? examples }

    public func path(_ name: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }

    /// The validation database when it was kept (`database.sqlite`).
    public var databasePath: String? {
        let path = path("database.sqlite")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
