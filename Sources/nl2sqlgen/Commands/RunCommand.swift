import ArgumentParser
import Foundation
import Model
import Runs

/// `nl2sqlgen run`: execute a saved plan.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Generate the dataset of a saved plan (full or gap plan).",
        discussion: "The schema file is the one recorded in the plan unless --schema names another copy; its sha256 must match the plan's. On an existing DIR of the same plan, config and seed the run resumes: finished batches are kept (docs/runs.md). Writes the same files as generate.")

    @Option(help: "The plan file.")
    var plan: String

    @Option(help: "The dataset directory to create.")
    var out: String

    @Option(help: ArgumentHelp("Generate on this populated SQLite database instead of the synthetic one (database.path): sample values and every execution come from it; opened read-only, never written.", valueName: "path"))
    var database: String?

    @Option(help: ArgumentHelp("Generate on this populated PostgreSQL database instead of the synthetic one (database.url; a libpq URL, a role with SELECT only, docs/postgresql.md): sample values and every execution come from it, through a read-only session.", valueName: "url"))
    var databaseURL: String?

    @Option(help: "The schema file (default: the path recorded in the plan).")
    var schema: String?

    @OptionGroup var flags: RunFlags

    @OptionGroup var providerOptions: ProviderOptions

    func run() throws {
        let options = try flags.options()
        try CLI.run { () throws(RunError) in try DatasetJob.refuseExistingDataset(at: out, allowingLedger: true, force: options.force) }
        var saved = try PlanFile.decode(plan)
        try providerOptions.apply(to: &saved.config)
        if let database { saved.config.database.path = database }
        if let databaseURL { saved.config.database.url = databaseURL }
        if saved.config.database.userPath != nil, saved.config.database.userURL != nil { throw CLI.fail("give --database (SQLite) or --database-url (PostgreSQL), not both") }
        guard let schemaPath = schema ?? saved.schema.path else {
            throw CLI.fail("\(plan) records no schema file; pass --schema")
        }
        let loaded = try Loading.schema(schemaPath)
        try PlanFile.check(saved, from: plan, against: loaded)
        try DatasetJob(plan: saved, schema: loaded.schema, output: out, options: options, providerOptions: providerOptions.runOptions).runFromCommandLine()
    }
}
