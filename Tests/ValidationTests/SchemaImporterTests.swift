import Foundation
import Testing
import Model
import SQLite
@testable import Validation
import TestSupport

@Suite struct SchemaImporterTests {
    @Test(.enabled(if: Fixtures.hasShared, "skipped: needs the TPC-DS specification files (../shared/tpcds/tpcds_schema.sql beside the package)")) func importsTheTPCDSDDL() throws {
        let ddl = try String(contentsOf: Fixtures.sharedTPCDS.appendingPathComponent("tpcds_schema.sql"), encoding: .utf8)
        let schema = try SchemaImporter.importDDL(ddl, name: "tpcds")
        let reference = try TPCDSDatabase.schema()
        #expect(schema.tables.map(\.name) == reference.tables.map(\.name))
        #expect(schema.columnCount == 425)
        for (imported, expected) in zip(schema.tables, reference.tables) {
            #expect(imported.primaryKey == expected.primaryKey)
            #expect(imported.columns.map(\.name) == expected.columns.map(\.name))
            #expect(imported.columns.map(\.type) == expected.columns.map(\.type))
        }
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(diagnostics.contains { $0.message.contains("missing description") })
    }

    @Test func importsForeignKeysFromDDLAndAlterTable() throws {
        let ddl = """
        CREATE TABLE region (r_id integer PRIMARY KEY, r_name varchar(20));
        CREATE TABLE shop (sh_id integer NOT NULL, sh_region integer REFERENCES region(r_id), sh_name char(10), PRIMARY KEY (sh_id));
        CREATE TABLE sale (sa_shop integer, sa_ticket integer, sa_amount decimal(7,2), sa_date date,
                           PRIMARY KEY (sa_shop, sa_ticket), FOREIGN KEY (sa_shop) REFERENCES shop (sh_id));
        CREATE TABLE refund (rf_shop integer, rf_ticket integer, rf_amt decimal(7,2), rf_region integer);
        alter table refund add constraint rf_sale foreign key (rf_shop, rf_ticket) references sale (sa_shop, sa_ticket);
        ALTER TABLE refund ADD FOREIGN KEY (rf_region) REFERENCES region;
        """
        let schema = try SchemaImporter.importDDL(ddl, name: "shops")
        #expect(schema.tables.map(\.name) == ["region", "shop", "sale", "refund"])
        #expect(schema.table(named: "sale")?.primaryKey == ["sa_shop", "sa_ticket"])
        let keys = schema.foreignKeys.map(\.id)
        #expect(keys.contains("shop(sh_region)->region(r_id)"))
        #expect(keys.contains("sale(sa_shop)->shop(sh_id)"))
        #expect(keys.contains("refund(rf_shop,rf_ticket)->sale(sa_shop,sa_ticket)"))
        #expect(schema.table(named: "sale")?.column(named: "sa_amount")?.role == .measure)
        #expect(schema.table(named: "sale")?.column(named: "sa_date")?.role == .date)
        #expect(schema.table(named: "shop")?.column(named: "sh_id")?.role == .key)
        #expect(schema.table(named: "shop")?.column(named: "sh_region")?.role == .foreignKey)
    }

    @Test func importsAnSQLiteDatabase() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("shop.sqlite").path
        do {
            let connection = try Connection(path: path)
            try connection.execute("""
                CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(id), total REAL);
                """)
        }
        let schema = try SchemaImporter.importSQLite(path: path, name: "shop")
        #expect(schema.tables.map(\.name) == ["customer", "orders"])
        #expect(schema.foreignKeys.map(\.id) == ["orders(customer_id)->customer(id)"])
        #expect(schema.table(named: "customer")?.column(named: "name")?.nullable == false)
    }

    @Test func importedSchemasCarryTheDerivedVocabulary() throws {
        let ddl = """
        CREATE TABLE customer_address (ca_address_sk integer PRIMARY KEY, ca_zip char(10), ca_gmt_offset decimal(5,2));
        CREATE TABLE date_dim (d_date_sk integer PRIMARY KEY, d_date date, d_moy integer);
        CREATE TABLE web_sales (ws_sold_date_sk integer REFERENCES date_dim (d_date_sk),
                                ws_ship_date_sk integer REFERENCES date_dim (d_date_sk),
                                ws_bill_addr_sk integer REFERENCES customer_address (ca_address_sk),
                                ws_order_number integer, ws_ext_sales_price decimal(7,2), ws_net_paid_inc_tax decimal(7,2),
                                PRIMARY KEY (ws_order_number));
        """
        let schema = try SchemaImporter.importDDL(ddl, name: "web")
        #expect(schema.tables.map { $0.entity?.plural } == ["customer addresses", "dates", "web sales"])
        #expect(schema.tables.allSatisfy { $0.columns.allSatisfy { $0.label != nil } })
        #expect(schema.table(named: "web_sales")?.columns.map(\.label) == [
            "sold date", "ship date", "bill address", "order number", "extended sales price", "net paid including tax"])
        #expect(schema.table(named: "date_dim")?.columns.map(\.label) == ["date key", "date", "month of year"])
        #expect(schema.foreignKeys.map(\.role) == ["sold date", "ship date", "bill address"])
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        #expect(!diagnostics.contains { [".entity", ".label", ".role"].contains(where: $0.path.hasSuffix) }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.message.contains("missing description") })
    }

    @Test func reportsTheFailingStatement() {
        #expect(throws: SchemaImportError.self) {
            try SchemaImporter.importDDL("CREATE TABLE a (x integer);\nCREATE TABLE (broken", name: "x")
        }
        #expect(throws: SchemaImportError.self) { try SchemaImporter.importSQLite(path: "/nonexistent/db", name: "x") }
    }
}
