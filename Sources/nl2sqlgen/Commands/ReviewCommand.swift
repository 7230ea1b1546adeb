import ArgumentParser

/// `nl2sqlgen review ...`: human review of a dataset.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Export a stratified review sheet (CSV) and apply the reviewers' decisions (docs/review.md).",
        subcommands: [ReviewExportCommand.self, ReviewApplyCommand.self])
}
