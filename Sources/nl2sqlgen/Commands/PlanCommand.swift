import ArgumentParser
import Foundation
import Model
import Planner

/// `nl2sqlgen plan`: the plan-only dry run.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan full coverage in the fewest batches and write the plan file (generates nothing).",
        discussion: """
        Solves an integer program with GLPK: batch counts per candidate table group, column and join
        demand assigned to them, slot limits, complexity mix, category rotation. Prints the summary:
        batches, slots, projected coverage, lower bound, gap, the greedy baseline, estimated calls and
        prompt tokens. The plan file is byte-identical for the same schema, config and seed; the solve
        time is written beside it to PLAN.timing.json.
        """)

    @Option(help: "The schema file.")
    var schema: String

    @Option(help: "A config file (JSON); defaults apply without one.")
    var config: String?

    @Option(help: "About how many examples to plan (planner.examples): column use is raised evenly until the plan holds about N slots; below one full coverage (about 200 slots for TPC-DS) the plan stays at one full coverage.")
    var examples: Int?

    @Option(help: "Seed of the expansion (default: the config's seed).")
    var seed: Int?

    @Option(help: "Where to write the plan.")
    var out: String

    func run() throws {
        let loaded = try Loading.schema(schema)
        var settings = try Loading.config(config)
        if let seed {
            guard seed >= 0 else { throw CLI.fail("--seed must be zero or positive") }
            settings.seed = seed
        }
        if let examples {
            guard (1...1_000_000).contains(examples) else { throw CLI.fail("--examples must be between 1 and 1000000") }
            settings.planner.examples = examples
        }
        let planner = CoveragePlanner(schema: loaded.schema, schemaIdentity: SchemaIdentity(name: loaded.schema.name, sha256: loaded.sha256, path: schema), config: settings)
        let outcome: CoveragePlanner.Outcome
        do {
            outcome = try planner.plan()
        } catch {
            throw CLI.fail(error.message)
        }
        try PlanOutput.write(outcome, to: out)
        PlanOutput.printSummary(outcome, schema: loaded.schema)
    }
}

/// Writing and summarising plans, shared by `plan` and `replan`.
enum PlanOutput {
    static func write(_ outcome: CoveragePlanner.Outcome, to path: String) throws(ExitCode) {
        do {
            try CLI.write(try CanonicalJSON.pretty(outcome.plan), to: path)
            let timing = PlanTiming(solveSeconds: outcome.solveSeconds, totalSeconds: outcome.totalSeconds)
            try CLI.write(try CanonicalJSON.pretty(timing), to: path + ".timing.json")
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLI.fail("cannot encode the plan: \(error)")
        }
    }

    /// The plan's summary; with `estimate`, also the LLM requests, tokens and cost a run would take
    /// (rendering them needs the plan's synthetic database: `database` when already built, else it
    /// is built, a few seconds).
    static func printSummary(_ outcome: CoveragePlanner.Outcome, schema: Schema, estimate: Bool = true, database: String? = nil) {
        let plan = outcome.plan
        let coverage = plan.projectedCoverage
        let solver = plan.solver
        func count(_ value: CoverageCount) -> String {
            "\(value.covered)/\(value.total) (\(String(format: "%.1f", value.percent))%)"
        }
        print("""
        plan (\(plan.kind.rawValue)) for \(plan.schema.name): \(coverage.batches) batches, \(coverage.slots) slots
          projected coverage: columns \(count(coverage.columns)), tables \(count(coverage.tables)), FK edges \(count(coverage.edges))
          complexity: \(ComplexityLevel.allCases.map { "\($0.rawValue) \(coverage.complexity[$0.rawValue] ?? 0)" }.joined(separator: ", "))
          solver: \(solver.status), objective \(Int(solver.objective)), lower bound \(Int(solver.bestBound)), gap \(String(format: "%.1f", solver.gap * 100))%, \(String(format: "%.2f", outcome.solveSeconds)) s\(solver.timeLimitReached ? " (time limit reached: best plan kept)" : "")
          greedy baseline: \(solver.greedyBatches) batches; candidate groups: \(solver.candidateGroups) (\(solver.candidateMode)); program: \(solver.variables) variables (\(solver.integerVariables) integer), \(solver.constraints) constraints
        """)
        if estimate { print("  " + PromptEstimate.summary(plan: plan, schema: schema, database: database)) }
        printLimitNote(plan)
    }

    /// On standard error, the plan's warnings (an analysis family below its least share) and what a
    /// plan that hit the solver's time limit means for reproducibility.
    static func printLimitNote(_ plan: Plan) {
        for warning in plan.warnings ?? [] { CLI.printError("warning: \(warning)") }
        let solver = plan.solver
        if solver.timeLimitReached {
            CLI.printError("""
            note: the solver stopped at its time limit (planner.time_limit_seconds = \(solver.timeLimitSeconds)) before proving the plan optimal. \
            Runs of this saved plan file are reproducible; planning again may give another plan (it depends on how far the solver got). \
            Keep the plan file, or raise the limit until the status is optimal (docs/runs.md).
            """)
        }
    }
}

/// Wall-clock figures written beside a plan (kept out of the plan so that it stays byte-stable).
struct PlanTiming: Encodable {
    var solveSeconds: Double
    var totalSeconds: Double

    enum CodingKeys: String, CodingKey {
        case solveSeconds = "solve_seconds"
        case totalSeconds = "total_seconds"
    }
}
