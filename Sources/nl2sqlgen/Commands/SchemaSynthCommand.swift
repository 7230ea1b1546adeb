import ArgumentParser
import Model
import SchemaSynthesis

/// `nl2sqlgen schema synth`.
struct SchemaSynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic star/snowflake schema (for testing the planner at scale).")

    @Option(help: "Number of tables.")
    var tables: Int

    @Option(help: "Seed; the same count and seed give the same schema.")
    var seed: Int = 42

    @Flag(inversion: .prefixedNo, help: "Write the derived semantic model into the file's semantic objects and metrics list (docs/semantic-model.md).")
    var semantic = true

    @Option(help: "Where to write the schema file.")
    var out: String

    func run() throws {
        guard seed >= 0 else { throw CLI.fail("--seed must be zero or positive") }
        var schema: Schema
        do {
            schema = try SyntheticSchemaGenerator(tableCount: tables, seed: UInt64(seed)).generate()
        } catch {
            throw CLI.fail("\(error)")
        }
        if semantic { schema = schema.statingSemantics() }
        try CLI.write(try CanonicalJSON.pretty(schema), to: out)
        print("wrote \(out): \(schema.tables.count) tables (\(schema.tables.filter { $0.kind == .fact }.count) fact), \(schema.columnCount) columns, \(schema.foreignKeys.count) foreign keys")
    }
}
