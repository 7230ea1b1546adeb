import ArgumentParser

/// `nl2sqlgen schema ...`: check, show and import schema files.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Check, show or import schema files.",
        subcommands: [SchemaCheckCommand.self, SchemaShowCommand.self, SchemaImportCommand.self, SchemaSynthCommand.self])
}
