import Model
import SQLite
@testable import Validation
import TestSupport

/// An in-memory TPC-DS database for validator tests: the tables, optionally a few rows.
enum TPCDSDatabase {
    static func schema() throws -> Schema {
        try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
    }

    /// A sandboxed validator over empty TPC-DS tables (enough to compile and analyse SQL).
    static func emptyValidator(settings: ValidationSettings = ValidationSettings()) throws -> (Validator, Connection) {
        let schema = try schema()
        let connection = try Connection(path: ":memory:")
        for statement in schema.createTableStatements() { try connection.execute(statement) }
        return (try Validator(sandboxing: connection, schema: schema, settings: settings), connection)
    }

    /// A validator over TPC-DS tables where the fact tables hold `rows` rows each.
    static func filledValidator(rows: Int, settings: ValidationSettings = ValidationSettings()) throws -> (Validator, Connection) {
        let schema = try schema()
        let connection = try Connection(path: ":memory:")
        for statement in schema.createTableStatements() { try connection.execute(statement) }
        for table in ["store_sales", "catalog_sales", "web_sales"] {
            let prefix = table == "store_sales" ? "ss" : table == "catalog_sales" ? "cs" : "ws"
            let number = table == "store_sales" ? "ss_ticket_number" : "\(prefix)_order_number"
            try connection.execute("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows))
                INSERT INTO \(table) (\(prefix)_item_sk, \(number), \(prefix)_quantity) SELECT i, i, i % 7 FROM n
                """)
        }
        return (try Validator(sandboxing: connection, schema: schema, settings: settings), connection)
    }
}
