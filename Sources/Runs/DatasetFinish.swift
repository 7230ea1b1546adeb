import Foundation
import Generation
import Model
import Reports

/// The last step of a run or a merge: every batch result → ``RunFinalizer`` → the dataset files,
/// then the summary to the reporter.
public enum DatasetFinish {
    /// Files of a finished dataset that `output` lacks: manifest.json, every file it lists, and the
    /// reports written after it. Empty when the dataset is complete.
    public static func missingFiles(in output: String) -> [String] {
        let writer = DatasetWriter(directory: output)
        guard let bytes = FileManager.default.contents(atPath: writer.path("manifest.json")),
              let manifest = try? JSONParser.parse(bytes: [UInt8](bytes)) else { return ["manifest.json"] }
        let listed = manifest["files"]?.objectMembers?.map(\.key) ?? []
        return (listed + ["report.json", "report.html"]).filter { !FileManager.default.fileExists(atPath: writer.path($0)) }
    }

    /// Files listed in `output`'s manifest whose bytes no longer match the sha256 recorded there
    /// (changed, cut short or removed), sorted.
    public static func damagedFiles(in output: String) -> [String] {
        let writer = DatasetWriter(directory: output)
        guard let bytes = FileManager.default.contents(atPath: writer.path("manifest.json")),
              let manifest = try? JSONParser.parse(bytes: [UInt8](bytes)) else { return ["manifest.json"] }
        return (manifest["files"]?.objectMembers ?? []).filter { member in
            guard let data = FileManager.default.contents(atPath: writer.path(member.key)) else { return true }
            return member.value.stringValue != SHA256.hex(of: [UInt8](data))
        }.map(\.key).sorted()
    }

    /// Writes every file of the finished dataset and returns its content.
    @discardableResult
    public static func write(_ results: [BatchResult], plan: Plan, schema: Schema, output: String, database: ValidationDatabase,
                             provider: String, seconds: Double, llm: LLMUsage? = nil, llmFiles: [String] = [],
                             reporter: any RunReporter) throws(RunError) -> GenerationRun.Output {
        let result = RunFinalizer.finalize(results, plan: plan)
        let written: (manifest: Manifest, coverage: CoverageReport)
        do {
            written = try DatasetWriter(directory: output).write(output: result, plan: plan, schema: schema, toolVersion: ToolVersion.current,
                                                                 provider: provider, database: database.identity(of: plan),
                                                                 extraFiles: database.extraFiles() + llmFiles, llm: llm)
        } catch {
            throw RunError("cannot write the dataset to \(output): \(error.localizedDescription)")
        }
        // The report of the files just written, from their content still in memory (not read back).
        do {
            try ReportWriter.write(try DatasetReader.dataset(directory: output, manifest: written.manifest, plan: plan, coverage: written.coverage,
                                                             examples: result.examples, rejections: result.rejections))
        } catch {
            throw RunError("cannot write the report: \(error.message)")
        }
        let coverage = written.coverage
        let covered = coverage.columns.values.filter { $0 > 0 }.count
        let tables = coverage.tables.values.filter { $0 > 0 }.count
        let edges = coverage.edges.values.filter { $0 > 0 }.count
        reporter.summary("""
        wrote \(output): \(result.examples.count) examples, \(result.rejections.count) rejections from \(plan.slots.count) slots in \(plan.batches.count) batches (\(String(format: "%.1f", seconds)) s)
          measured coverage: columns \(covered)/\(schema.columnCount), tables \(tables)/\(schema.tables.count), FK edges \(edges)/\(schema.foreignKeys.count)
          dropped draws: \(result.droppedDraws.isEmpty ? "none" : result.droppedDraws.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        """)
        if let source = database.source, database.url != nil {
            let refused = result.rejections.filter { $0.reason == SQLVerdict.engineError.rawValue }.count
            reporter.summary("  engine: \(source.engine) \(source.version), every SQL executed there; \(result.droppedDraws[SQLVerdict.engineError.rawValue] ?? 0) draws refused by it (engine_error), \(refused) rejections for it")
        }
        return result
    }
}
