import Foundation
import Model

/// A dataset directory as written by `generate`/`run` (docs/dataset-format.md), loaded for
/// reports, review and exports. Only `manifest.json`, `plan.json`, `coverage.json` and
/// `examples.jsonl` are required; the validation database is optional.
public struct Dataset: Sendable {
    public init(directory: String, manifest: Manifest, llm: LLMUsage?, plan: Plan, coverage: CoverageReport, examples: [Example],
                rejections: [Rejection], decisions: [ReviewDecision], reviewedExamples: [Example]?) {
        self.directory = directory
        self.manifest = manifest
        self.llm = llm
        self.plan = plan
        self.coverage = coverage
        self.examples = examples
        self.rejections = rejections
        self.decisions = decisions
        self.reviewedExamples = reviewedExamples
    }

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

    /// The schema the plan was made for, when its file is still where the plan says with the same
    /// hash (the report then re-measures every SQL's meaning).
    public var schema: Schema?

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
