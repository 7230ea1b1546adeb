import ArgumentParser
import Foundation
import Model
import Planner

/// `nl2sqlgen replan`: plan what a dataset still misses.
struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Plan only what is still below its targets (columns, edges, levels) given measured coverage.",
        discussion: "Reads the plan's schema, config and seed; COVERAGE is a dataset's coverage.json (docs/coverage-format.md). The schema file named by --schema must be the one the plan was made for.")

    @Option(help: "The plan the dataset was generated from.")
    var plan: String

    @Option(help: "The measured coverage file (coverage.json of a dataset).")
    var coverage: String

    @Option(help: "The schema file of the plan.")
    var schema: String

    @Option(help: "Where to write the gap plan.")
    var out: String

    func run() throws {
        let loaded = try Loading.schema(schema)
        let original = try PlanFile.load(plan, expecting: loaded)
        let measured: CoverageReport
        do {
            measured = try JSONDecoder().decode(CoverageReport.self, from: Data(try CLI.readText(coverage).utf8))
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLI.fail("\(coverage): not a coverage file: \(error)")
        }
        let problems = measured.diagnostics()
        if !problems.isEmpty { throw CLI.fail(DiagnosticsError(source: coverage, diagnostics: problems)) }
        guard measured.schema.sha256 == loaded.sha256 else {
            throw CLI.fail("\(coverage) was measured on schema \(measured.schema.name) with sha256 \(measured.schema.sha256.prefix(12))…, not on \(schema) (\(loaded.sha256.prefix(12))…)")
        }
        let planner = CoveragePlanner(schema: loaded.schema, schemaIdentity: original.schema, config: original.config)
        let outcome: CoveragePlanner.Outcome
        do {
            outcome = try planner.replan(measured: measured)
        } catch {
            throw CLI.fail(error.message)
        }
        try PlanOutput.write(outcome, to: out)
        PlanOutput.printSummary(outcome, schema: loaded.schema)
        if outcome.plan.batches.isEmpty { print("nothing left to cover") }
    }
}

/// Loading plan files with a check that they belong to the given schema.
enum PlanFile {
    /// Reads and decodes a plan file, checking its format version.
    static func decode(_ path: String) throws(ExitCode) -> Plan {
        let plan: Plan
        do {
            plan = try JSONDecoder().decode(Plan.self, from: Data(try CLI.readText(path).utf8))
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLI.fail("\(path): not a plan file: \(error)")
        }
        guard Plan.readableVersions.contains(plan.formatVersion) else {
            throw CLI.fail("\(path): plan format \(plan.formatVersion) is not supported (this build reads \(Plan.formatVersion))")
        }
        return plan
    }

    /// Reads a plan file and refuses it when it was made for another schema file.
    static func load(_ path: String, expecting schema: SchemaLoader.Loaded) throws(ExitCode) -> Plan {
        let plan = try decode(path)
        try check(plan, from: path, against: schema)
        return plan
    }

    /// Refuses `plan` when it was made for another schema file than `schema`, or when it does not
    /// hold up on its own (``PlanFileChecker``): every problem with its JSON path, exit 2.
    static func check(_ plan: Plan, from path: String, against schema: SchemaLoader.Loaded) throws(ExitCode) {
        guard plan.schema.sha256 == schema.sha256 else {
            throw CLI.fail("\(path) was planned for schema \(plan.schema.name) with sha256 \(plan.schema.sha256.prefix(12))…, but the schema file given has sha256 \(schema.sha256.prefix(12))…; re-plan with this schema or pass the original one")
        }
        let diagnostics = PlanFileChecker.diagnostics(of: plan, schema: schema.schema)
        if !diagnostics.isEmpty { throw CLI.fail(DiagnosticsError(source: path, diagnostics: diagnostics)) }
    }
}
