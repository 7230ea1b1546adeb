import Foundation
import Model

/// Writes a dataset directory: `examples.jsonl`, `examples.csv`, `coverage.json`,
/// `rejections.jsonl`, `pairs.jsonl`, `plan.json` and last `manifest.json` (with the hash of every other file).
/// Each file is written atomically (temporary file, then rename).
public struct DatasetWriter {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes every file and returns the manifest and the coverage report written (coverage.json).
    @discardableResult
    public func write(output: GenerationRun.Output, plan: Plan, schema: Schema, toolVersion: String, provider: String,
                      database: DatabaseIdentity, extraFiles: [String] = [], llm: LLMUsage? = nil) throws
        -> (manifest: Manifest, coverage: CoverageReport) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var files: [String: String] = [:]
        func save(_ name: String, _ data: Data) throws {
            try CanonicalJSON.write(data, to: path(name))
            files[name] = SHA256.hex(of: [UInt8](data))
        }
        let planData = try CanonicalJSON.pretty(plan)
        try save("plan.json", planData)
        try save("examples.jsonl", try Self.lines(output.examples))
        try save("rejections.jsonl", try Self.lines(output.rejections))
        try save("pairs.jsonl", try Self.lines(ContrastPairs.pairs(of: output.examples)))
        let contrast = ContrastPairs.counts(of: output.examples, paraphrasesWanted: plan.config.paraphrases.count,
                                            negativesWanted: plan.config.negatives.count)
        var coverage = CoverageMeasurement.report(of: output.examples, schema: schema, identity: plan.schema)
        coverage.contrast = contrast
        try save("coverage.json", try CanonicalJSON.pretty(coverage))
        if plan.config.output.csv { try save("examples.csv", Data(ExampleCSV.render(output.examples).utf8)) }
        for name in extraFiles {
            if let data = FileManager.default.contents(atPath: path(name)) { files[name] = SHA256.hex(of: [UInt8](data)) }
        }
        var counts: [String: Int] = [
            "examples": output.examples.count,
            "rejections": output.rejections.count,
            "slots": plan.slots.count,
            "batches": plan.batches.count,
            "empty_results": output.examples.filter { $0.result.rows == 0 }.count,
        ]
        for level in ComplexityLevel.allCases {
            counts["examples_\(level.rawValue)"] = output.examples.filter { $0.complexity == level }.count
        }
        for reason in ["duplicate_sql", "duplicate_template", "duplicate_question"] {
            counts["dropped_\(reason)"] = output.droppedDraws[reason] ?? 0
        }
        counts.merge(contrast) { _, new in new }
        counts.merge(JudgeCounts.counts(examples: output.examples, rejections: output.rejections, droppedDraws: output.droppedDraws)) { _, new in new }
        var manifest = Manifest(toolVersion: toolVersion, schema: plan.schema, planSHA256: SHA256.hex(of: [UInt8](planData)),
                                seed: plan.seed, config: plan.config, provider: provider, counts: counts,
                                droppedDraws: output.droppedDraws, files: files, database: database)
        manifest.llm = llm
        manifest.sqlDialect = SQLDialect(database: plan.config.database)
        try CanonicalJSON.write(try CanonicalJSON.pretty(manifest), to: path("manifest.json"))
        return (manifest, coverage)
    }

    public func path(_ name: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }

    /// One canonical JSON line per item (encoded on every core, joined in order).
    public static func lines<T: Encodable & Sendable>(_ items: [T]) throws -> Data {
        var data = Data()
        for line in try items.concurrentMap(throwing: { item throws(any Error) -> Data in try CanonicalJSON.line(item) }) {
            data.append(line)
            data.append(0x0A)
        }
        return data
    }
}
