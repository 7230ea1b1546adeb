import ArgumentParser
import Logging

/// The `nl2sqlgen` command line.
@main
struct NL2SQLGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nl2sqlgen",
        abstract: "Build fully-covered NL2SQL datasets for a relational schema.",
        discussion: """
        Typical flow: check a schema, build its synthetic database, validate SQL against it.
        Exit status: 0 success, 1 some input was invalid (e.g. an SQL that failed validation),
        2 a file or option could not be used.
        """,
        version: ToolVersion.current,
        subcommands: [
            SchemaCommand.self, ConfigCommand.self, DatabaseCommand.self, ValidateCommand.self,
            PlanCommand.self, ReplanCommand.self, GenerateCommand.self, RunCommand.self, BenchCommand.self,
        ])

    /// Sends log lines (progress of long work) to standard error, then runs the command.
    static func main() {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        main(nil)
    }
}

/// The tool's version, recorded in manifests.
enum ToolVersion {
    static let current = "0.1.0"
}
