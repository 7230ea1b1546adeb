import Foundation
import Model
import PostgreSQL
import SQLite
import SyntheticData
import Testing
import TestSupport
import Validation

/// `Validator(postgresURL:)`: compiled in the sandbox against the schema, executed on PostgreSQL.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct PostgresValidatorTests {
    @Test func statementsRunOnPostgreSQLWithTheSandboxsReads() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        let builder = SyntheticDatabaseBuilder(schema: schema, seed: 3, scale: 0.05)
        _ = try PostgresLoader(builder: builder).load(url: server.url(database: database))
        let reader = try server.createReader(database: database)
        let validator = try Validator(postgresURL: server.url(database: database, role: reader), schema: schema)
        #expect(validator.engineName == "postgresql")
        let sqlite = try Connection(path: ":memory:")
        _ = try builder.build(into: sqlite)
        let reference = try Validator(sandboxing: sqlite, schema: schema)

        let sql = "SELECT s_store_sk, s_store_name FROM store WHERE s_store_sk <= 2 ORDER BY s_store_sk"
        let result = validator.validate(sql)
        #expect(result.verdict == .ok)
        #expect(result.columns == reference.validate(sql).columns)
        #expect(result.rowCount == 2)
        #expect(result.fingerprint == reference.validate(sql).fingerprint)
        #expect(validator.rows(of: sql, limit: 1) == reference.rows(of: sql, limit: 1))
        // Accepted by the sandbox, refused by PostgreSQL: the engine's message.
        let sqliteOnly = validator.validate("SELECT strftime('%Y', d_date) FROM date_dim LIMIT 1")
        #expect(sqliteOnly.verdict == .engineError)
        #expect(sqliteOnly.message?.contains("strftime") == true, "\(sqliteOnly.message ?? "")")
        #expect(validator.validate("SELECT s_store_sk FROM store WHERE s_store_sk < 0").verdict == .emptyResult)
        // Refused by the sandbox before PostgreSQL sees it.
        #expect(validator.validate("DELETE FROM store").verdict == .notReadOnly)
        #expect(validator.validate("SELECT nope FROM store").verdict == .unknownColumn)
        #expect(validator.execution.statements == 4)
        // The result limits name their keys, with the verdicts SQLite gives.
        var small = ValidationSettings()
        small.maxResultRows = 1
        let limited = try Validator(postgresURL: server.url(database: database, role: reader), schema: schema, settings: small)
        let tooMany = limited.validate("SELECT s_store_sk FROM store")
        #expect(tooMany.verdict == .runtimeError && tooMany.message?.contains("validation.max_result_rows") == true, "\(tooMany.message ?? "")")
    }

    @Test func aSlowStatementStopsAtTheTimeLimit() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        try server.psql("CREATE TABLE t (x integer); INSERT INTO t VALUES (1)", database: database)
        let reader = try server.createReader(database: database)
        let table = Table(name: "t", kind: .fact, subjectArea: "", description: "", primaryKey: [], columns: [Column(name: "x", type: "integer")])
        let schema = Schema(name: "t", tables: [table], foreignKeys: [])
        var settings = ValidationSettings()
        settings.maxQueryCPUSeconds = 0.5
        let validator = try Validator(postgresURL: server.url(database: database, role: reader), schema: schema, settings: settings)
        let started = Date()
        let result = validator.validate("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r, t")
        #expect(result.verdict == .timeout, "\(result.message ?? "")")
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
