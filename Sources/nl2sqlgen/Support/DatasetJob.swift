import ArgumentParser
import Foundation
import Generation
import Logging
import Model
import Reports
import SQLite
import Validation

/// Runs a plan into a dataset directory: builds the validation database, generates, validates,
/// writes every file and prints a summary. Shared by `generate` and `run`.
struct DatasetJob {
    let plan: Plan
    let schema: Schema
    let output: String
    let quiet: Bool
    /// `--provider`, `--replay`, `--cache` (already applied to the plan's config).
    var options = ProviderOptions()

    func run() throws(ExitCode) {
        let clock = ContinuousClock()
        let started = clock.now
        let writer = DatasetWriter(directory: output)
        try Self.refuseExistingDataset(at: output)
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CLI.fail("cannot create \(output): \(error.localizedDescription)")
        }
        let config = plan.config
        let databasePath = config.output.keepDatabase ? writer.path("database.sqlite")
            : FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-\(UUID().uuidString).sqlite").path
        defer { if !config.output.keepDatabase { try? FileManager.default.removeItem(atPath: databasePath) } }
        let report: SyntheticDatabaseReport
        do {
            report = try SyntheticDatabaseBuilder(schema: schema, seed: UInt64(plan.seed), scale: config.database.scale).build(path: databasePath)
        } catch {
            throw CLI.fail("cannot build the validation database: \(error)")
        }
        let validator: Validator
        do {
            validator = try Validator(databasePath: databasePath, schema: schema, settings: config.validation)
        } catch {
            throw CLI.fail(error.message)
        }
        let llm = config.generation.provider == "openai"
            ? try LLMSetup.make(plan: plan, schema: schema, output: output, options: options, validator: validator, quiet: quiet) : nil
        let provider: any ExampleProvider = llm?.provider ?? OfflineGenerator(schema: schema, styles: config.generation.styles)
        let run = GenerationRun(plan: plan, schema: schema, provider: provider, validator: validator)
        let logger = Logger(label: "nl2sqlgen.generate")
        let result = run.run { done, total, sofar in
            guard !quiet else { return }
            logger.info("[\(done)/\(total) batches] \(sofar.examples.count) examples, \(sofar.rejections.count) rejections")
        }
        let llmFiles = try llm?.finish(plan: plan, writer: writer) ?? []
        do {
            try writer.write(output: result, plan: plan, schema: schema, toolVersion: ToolVersion.current, provider: provider.name,
                             database: DatabaseIdentity(seed: plan.seed, scale: config.database.scale, contentSHA256: report.contentSHA256),
                             extraFiles: (config.output.keepDatabase ? ["database.sqlite"] : []) + llmFiles, llm: llm?.provider.usage())
        } catch {
            throw CLI.fail("cannot write the dataset to \(output): \(error.localizedDescription)")
        }
        do { try ReportWriter.write(directory: output) } catch { throw CLI.fail("cannot write the report: \(error.message)") }
        let coverage = CoverageMeasurement.report(of: result.examples, schema: schema, identity: plan.schema)
        let covered = coverage.columns.values.filter { $0 > 0 }.count
        let tables = coverage.tables.values.filter { $0 > 0 }.count
        let edges = coverage.edges.values.filter { $0 > 0 }.count
        let seconds = (clock.now - started).inSeconds
        print("""
        wrote \(output): \(result.examples.count) examples, \(result.rejections.count) rejections from \(plan.slots.count) slots in \(plan.batches.count) batches (\(String(format: "%.1f", seconds)) s)
          measured coverage: columns \(covered)/\(schema.columnCount), tables \(tables)/\(schema.tables.count), FK edges \(edges)/\(schema.foreignKeys.count)
          dropped draws: \(result.droppedDraws.isEmpty ? "none" : result.droppedDraws.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        """)
        if let llm {
            print(llm.summary())
            try llm.exitIfInterrupted()
        }
    }

    /// Fails when `output` already holds a dataset: nothing already written is ever replaced.
    static func refuseExistingDataset(at output: String) throws(ExitCode) {
        let writer = DatasetWriter(directory: output)
        if FileManager.default.fileExists(atPath: writer.path("manifest.json")) || FileManager.default.fileExists(atPath: writer.path("examples.jsonl")) {
            throw CLI.fail("\(output) already holds a dataset; choose another --out or remove it first (nothing was changed)")
        }
    }
}
