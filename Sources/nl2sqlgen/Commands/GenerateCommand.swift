import ArgumentParser
import Foundation
import Model
import Planner
import Runs

/// `nl2sqlgen generate`: plan and run in one go (the main job).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Plan full coverage and generate the dataset in one go (offline by default; --provider openai uses an LLM).",
        discussion: "Writes DIR/plan.json, examples.jsonl (with paraphrases and negatives), pairs.jsonl, examples.csv, coverage.json, rejections.jsonl, manifest.json, database.sqlite, report.json and report.html, and the run ledger ledger.sqlite (docs/dataset-format.md). The same schema, config and seed give byte-identical files. Run again on an unfinished DIR to resume (docs/runs.md).")

    @Option(help: "The schema file.")
    var schema: String

    @Option(help: "The dataset directory to create.")
    var out: String

    @Option(help: "Seed of planning, data and generation (default: the config's seed, 42).")
    var seed: Int?

    @Option(help: "A config file (JSON); defaults apply without one.")
    var config: String?

    @Option(help: "About how many examples to plan (planner.examples): column use is raised evenly until the plan holds about N slots; below one full coverage (about 200 slots for TPC-DS) the plan stays at one full coverage.")
    var examples: Int?

    @Option(help: ArgumentHelp("Generate on this populated SQLite database instead of the synthetic one (database.path): sample values and every execution come from it; opened read-only, never written.", valueName: "path"))
    var database: String?

    @Option(help: ArgumentHelp("Generate on this populated PostgreSQL database instead of the synthetic one (database.url; a libpq URL, a role with SELECT only, docs/postgresql.md): sample values and every execution come from it, through a read-only session.", valueName: "url"))
    var databaseURL: String?

    @OptionGroup var flags: RunFlags

    @OptionGroup var providerOptions: ProviderOptions

    func run() throws {
        let options = try flags.options()
        try CLI.run { () throws(RunError) in try DatasetJob.refuseExistingDataset(at: out, allowingLedger: true, force: options.force) }
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
        try providerOptions.apply(to: &settings)
        if let database { settings.database.path = database }
        if let databaseURL { settings.database.url = databaseURL }
        if settings.database.userPath != nil, settings.database.userURL != nil { throw CLI.fail("give --database (SQLite) or --database-url (PostgreSQL), not both") }
        let identity = SchemaIdentity(name: loaded.schema.name, sha256: loaded.sha256, path: schema)
        // The validation database depends on the schema, seed and scale only: it is built while the planner solves.
        let userDatabase = settings.database.userPath
        let database = userDatabase == nil && settings.database.userURL == nil ? DatabasePrebuild(schema: loaded.schema, seed: settings.seed, scale: settings.database.scale) : nil
        defer { database?.discard() }
        let outcome: CoveragePlanner.Outcome
        do {
            outcome = try CoveragePlanner(schema: loaded.schema, schemaIdentity: identity, config: settings).plan()
        } catch {
            throw CLI.fail(error.message)
        }
        let plan = outcome.plan
        if !options.quiet {
            // The estimate renders its prompts over the database built beside the planner, not a second one.
            let estimate = plan.config.generation.provider == "openai" || plan.config.judge.isOn
            PlanOutput.printSummary(outcome, schema: loaded.schema, estimate: estimate,
                                    database: estimate ? userDatabase ?? database?.readablePath(seed: plan.seed, scale: plan.config.database.scale) : nil)
        } else {
            PlanOutput.printLimitNote(plan)
        }
        var job = DatasetJob(plan: plan, schema: loaded.schema, output: out, options: options, providerOptions: providerOptions.runOptions)
        job.database = database
        try job.runFromCommandLine()
    }
}
