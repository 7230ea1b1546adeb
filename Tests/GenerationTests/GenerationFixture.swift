import Foundation
import Model
import Planner
import SQLite
import SyntheticData
import Validation

/// The TPC-DS schema, a synthetic in-memory database and coverage plans for the generator tests.
enum GenerationFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seed: UInt64 = 42
    static let styles = ["formal", "colloquial", "imperative", "concise", "descriptive", "analytical"]

    static func schema() throws -> Schema {
        try SchemaLoader.load(path: packageRoot.appendingPathComponent("schemas/tpcds.json").path).schema
    }

    /// A sandboxed validator over a freshly built synthetic TPC-DS database (seed 42, scale 1).
    static func validator(schema: Schema) throws -> (Validator, Connection) {
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: seed, scale: 1.0).build(into: connection)
        return (try Validator(sandboxing: connection, schema: schema), connection)
    }

    /// A coverage plan of `schema`; `columnCoverage` uses of every column.
    static func plan(schema: Schema, columnCoverage: Int = 1) throws -> Plan {
        var config = Config()
        config.planner.columnCoverage = columnCoverage
        config.planner.timeLimitSeconds = 20
        let identity = SchemaIdentity(name: schema.name, sha256: "test")
        return try CoveragePlanner(schema: schema, schemaIdentity: identity, config: config).plan().plan
    }

    /// The category of the batch holding each slot.
    static func categories(of plan: Plan) -> [String: String] {
        var result: [String: String] = [:]
        for batch in plan.batches { for slot in batch.slots { result[slot.id] = batch.category } }
        return result
    }
}
