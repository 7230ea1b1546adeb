import Foundation
import Model
import Testing
import TestSupport
import Validation

/// `schema import --postgres`: the catalog of a live database gives the same schema as its pg_dump.
@Suite(.enabled(if: PostgresTestServer.isEnabled, "needs the PostgreSQL server programs (Debian: postgresql)"))
struct CatalogImportTests {
    @Test func theCatalogGivesTheSameSchemaAsThePGDump() throws {
        let server = try PostgresTestServer.shared()
        let database = try server.createDatabase()
        let dump = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/ddl/shop.pg_dump.sql")
        try server.psql("\\i \(dump.path)", database: database)
        let fromCatalog = try SchemaImporter.importPostgres(url: server.url(database: database), namespace: "shop", name: "shop")
        let fromDump = try SchemaImporter.importDDLReporting(try String(contentsOf: dump, encoding: .utf8), name: "shop")
        #expect(fromCatalog.schema == fromDump.schema)
        #expect(fromCatalog.schema.foreignKeys.count == 4)
        #expect(fromCatalog.schema.table(named: "customer")?.column(named: "email")?.description == "Login e-mail; it's unique.")
        #expect(fromCatalog.warnings.map(\.message) == ["product.tags: array type text[] imported as text"])
    }

    @Test func anUnknownSchemaOrServerIsAnError() throws {
        let server = try PostgresTestServer.shared()
        #expect { try SchemaImporter.importPostgres(url: server.url(), namespace: "nope", name: "x") } throws: { error in
            "\(error)".contains("schema nope does not exist")
        }
        #expect { try SchemaImporter.importPostgres(url: "postgresql://u:pw@/x?host=/nonexistent", name: "x") } throws: { error in
            "\(error)".contains("cannot connect") && !"\(error)".contains("pw@")
        }
    }
}
