import Foundation
import Testing
import Model
import SQLite
@testable import Validation
import TestSupport

/// Hostile SQL: nothing may change the database or touch a file, runaway queries stop.
@Suite struct SandboxTests {
    static let hostile: [String] = [
        "ATTACH DATABASE '/tmp/nl2sqlgen-attack.db' AS evil",
        "VACUUM INTO '/tmp/nl2sqlgen-attack.db'",
        "PRAGMA writable_schema = 1",
        "PRAGMA query_only = 0",
        "SELECT load_extension('/tmp/evil.so')",
        "INSERT INTO store (s_store_sk, s_store_id) VALUES (999, 'x')",
        "UPDATE store SET s_store_name = 'x'",
        "DELETE FROM store",
        "DROP TABLE store",
        "CREATE TABLE evil (a)",
        "CREATE TEMP TABLE evil (a)",
        "ALTER TABLE store ADD COLUMN evil",
        "BEGIN",
        "SAVEPOINT s1",
        "REINDEX",
        "ANALYZE",
        "SELECT 1; DELETE FROM store",
        "SELECT 1; SELECT 2",
        "WITH x AS (SELECT 1) DELETE FROM store",
        "REPLACE INTO store (s_store_sk) VALUES (1)",
        "CREATE VIEW v AS SELECT 1",
    ]

    @Test(arguments: hostile)
    func hostileStatementIsRefusedAndChangesNothing(sql: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let schema = try TPCDSDatabase.schema()
        do {
            let writer = try Connection(path: path)
            for statement in schema.createTableStatements() { try writer.execute(statement) }
            try writer.execute("INSERT INTO store (s_store_sk, s_store_id, s_store_name) VALUES (1, 'AAAA', 'able')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let validator = try Validator(databasePath: path, schema: schema)
        let result = validator.validate(sql)
        #expect(!result.verdict.isValid, "\(sql) was accepted")
        #expect([.notReadOnly, .multipleStatements].contains(result.verdict), "\(sql): \(result.verdict) \(result.message ?? "")")
        #expect(result.message?.isEmpty == false)
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/nl2sqlgen-attack.db"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["db.sqlite"])
    }

    @Test func inMemorySandboxKeepsItsRows() throws {
        let (validator, connection) = try TPCDSDatabase.filledValidator(rows: 10)
        for sql in Self.hostile { _ = validator.validate(sql) }
        #expect(validator.validate("SELECT count(*) FROM store_sales").rowCount == 1)
        let rows = validator.rows(of: "SELECT count(*) FROM store_sales", limit: 1)
        #expect(rows == [[.integer(10)]])
        // The connection itself now refuses writes too.
        #expect(throws: SQLiteError.self) { try connection.execute("DELETE FROM store_sales") }
    }

    @Test func recursiveCTEWithoutEndStopsWithinBudget() throws {
        var settings = ValidationSettings()
        settings.queryBudget = 2_000_000
        let (validator, _) = try TPCDSDatabase.emptyValidator(settings: settings)
        let clock = ContinuousClock()
        let started = clock.now
        let result = validator.validate("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        #expect(result.verdict == .timeout)
        #expect(result.message?.contains("query_budget") == true)
        #expect(clock.now - started < .seconds(30))
    }

    @Test func crossJoinOfFactTablesStopsWithinBudget() throws {
        var settings = ValidationSettings()
        settings.queryBudget = 5_000_000
        let (validator, _) = try TPCDSDatabase.filledValidator(rows: 2_000, settings: settings)
        let result = validator.validate("SELECT count(*) FROM store_sales, catalog_sales, web_sales")
        #expect(result.verdict == .timeout)
        // The same connection still answers normal queries afterwards.
        #expect(validator.validate("SELECT count(*) FROM store_sales").verdict == .ok)
    }

    @Test func limitsOnLengthAndDepth() throws {
        var settings = ValidationSettings()
        settings.maxSQLLength = 200
        settings.maxExpressionDepth = 20
        let (validator, _) = try TPCDSDatabase.emptyValidator(settings: settings)
        let long = "SELECT s_store_sk FROM store WHERE s_store_name = '" + String(repeating: "x", count: 300) + "'"
        #expect(validator.analyze(long).verdict == .syntaxError)
        let deep = "SELECT " + String(repeating: "1 + (", count: 40) + "1" + String(repeating: ")", count: 40)
        let result = validator.analyze(deep)
        #expect(result.verdict == .syntaxError, "\(result.message ?? "")")
    }
}
