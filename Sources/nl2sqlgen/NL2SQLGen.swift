import ArgumentParser
import Logging
import Runs

/// The `nl2sqlgen` command line.
@main
struct NL2SQLGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nl2sqlgen",
        abstract: "Build fully-covered NL2SQL datasets for a relational schema.",
        discussion: """
        Main job: `nl2sqlgen generate --schema schemas/tpcds.json --out DIR` (plan + run, offline).
        Step by step: schema check, plan (dry run), run, replan with the dataset's coverage.json.
        Exit status: 0 success, 1 some input was invalid (e.g. an SQL that failed validation),
        130/143 a run stopped by SIGINT/SIGTERM (resume it with the same command),
        2 a file or option could not be used,
        3 a run or merge that fell short of its plan (run.min_example_share, projected coverage;
        the dataset is kept, --allow-partial exits 0) or that its circuit breaker stopped.
        """,
        version: ToolVersion.current,
        subcommands: [
            GenerateCommand.self, PlanCommand.self, RunCommand.self, MergeCommand.self, ReplanCommand.self,
            SchemaCommand.self, ConfigCommand.self, DatabaseCommand.self, ValidateCommand.self, BenchCommand.self,
            ReportCommand.self, ReviewCommand.self, ExportCommand.self,
        ])

    /// Sends log lines (progress of long work) to standard error, then runs the command. A usage
    /// error (unknown or missing option, bad value) exits 2 like every other unusable input,
    /// rather than ArgumentParser's 64.
    static func main() {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(nil)
        } catch {
            exitForUsage(error)
        }
        do {
            var command = command
            try command.run()
        } catch {
            exitForUsage(error)
        }
    }

    private static func exitForUsage(_ error: any Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        CLI.printError(fullMessage(for: error))
        exit(withError: ExitCode(2))
    }
}
