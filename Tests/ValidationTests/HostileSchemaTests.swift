import Foundation
import Testing
import Model
import SQLite
@testable import SyntheticData
@testable import Validation
import TestSupport

/// A schema file must not run SQL or write files (issue 14, item 2), and every SQLite keyword works
/// as a table and column name (item 10).
@Suite struct HostileSchemaTests {
    @Test func typeCarryingStatementsRunsNothing() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("x.db").path
        let hostile = "integer); ATTACH DATABASE '\(target)' AS p; CREATE TABLE p.t(x); CREATE TABLE q (y"
        let schema = Schema(name: "h", tables: [
            Table(name: "a", kind: .dimension, subjectArea: "a", description: "", primaryKey: ["id"], columns: [
                Column(name: "id", type: "integer", nullable: false, role: .key),
                Column(name: "v", type: hostile),
            ]),
        ], foreignKeys: [])
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: 1, scale: 0.1).build(into: connection)
        #expect(!FileManager.default.fileExists(atPath: target))
        let tables = try connection.prepare("SELECT group_concat(name, ',') FROM sqlite_schema WHERE type = 'table'")
        _ = try tables.step()
        #expect(tables.value(at: 0) == .text("a"))
    }

    @Test func builderRefusesEverythingButCreatingAndInserting() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("x.db").path
        // A table name cannot smuggle SQL either; the authorizer stands behind the quoting.
        let schema = Schema(name: "h", tables: [
            Table(name: "a\"; ATTACH DATABASE '\(target)' AS p; --", kind: .dimension, subjectArea: "a", description: "",
                  primaryKey: [], columns: [Column(name: "v", type: "integer")]),
        ], foreignKeys: [])
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: 1, scale: 0.1).build(into: connection)
        #expect(!FileManager.default.fileExists(atPath: target))
        // Statements other than CREATE TABLE/INDEX and INSERT into main are refused while building.
        #expect(DatabaseWriter.isAllowed(AuthorizerRequest(action: AuthorizerActionCode.createTable, argument1: "t", database: "main")))
        #expect(!DatabaseWriter.isAllowed(AuthorizerRequest(action: AuthorizerActionCode.createTable, argument1: "t", database: "p")))
        #expect(!DatabaseWriter.isAllowed(AuthorizerRequest(action: AuthorizerActionCode.pragma, argument1: "writable_schema", database: nil)))
        #expect(!DatabaseWriter.isAllowed(AuthorizerRequest(action: AuthorizerActionCode.update, argument1: "t", argument2: "x", database: "main")))
    }

    @Test func keywordListIsSQLitesOwn() {
        #expect(SQLText.keywords.count == 147)
        #expect(Set(SQLText.keywords.map { $0.lowercased() }) == SQLIdentifier.keywords)
    }

    /// All of SQLite's keywords as table and column names: the database builds and each can be read.
    @Test func everyKeywordIsAUsableName() throws {
        let names = SQLIdentifier.keywords.sorted()
        let schema = Schema(name: "keywords", tables: names.map { name in
            Table(name: name, kind: .dimension, subjectArea: "k", description: "", primaryKey: [name], columns: [
                Column(name: name, type: "integer", nullable: false, role: .key),
                Column(name: "v", type: "varchar(10)"),
            ])
        }, foreignKeys: [])
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: 1, scale: 0.1).build(into: connection)
        let validator = try Validator(sandboxing: connection, schema: schema)
        for name in names {
            let sql: SQL = "SELECT \(identifier: name), v FROM \(identifier: name) AS t ORDER BY t.\(identifier: name)"
            let result = validator.validate(sql.text)
            #expect(result.verdict == .ok, "\(sql): \(result.message ?? "")")
            #expect(result.columns.map(\.column).contains(name), "\(sql)")
        }
    }
}
