import Foundation
import Model
import Testing
import TestSupport
import Validation

/// `schema import --ddl` on the dumps of real engines: pg_dump (written by pg_dump 15 from a
/// PostgreSQL database, data included) and mysqldump (MySQL 8 style).
struct DumpImportTests {
    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/ddl")

    func load(_ file: String) throws -> ImportedSchema {
        let script = try String(contentsOf: DumpImportTests.fixtures.appendingPathComponent(file), encoding: .utf8)
        return try SchemaImporter.importDDLReporting(script, name: "shop")
    }

    @Test func importsAPGDump() throws {
        let imported = try load("shop.pg_dump.sql")
        let schema = imported.schema
        #expect(schema.tables.map(\.name) == ["customer", "order_line", "orders", "product", "region"])
        #expect(schema.foreignKeys.map(\.id).sorted() == [
            "customer(region_id)->region(region_id)",
            "order_line(customer_id,order_number)->orders(customer_id,order_number)",
            "order_line(product_id)->product(product_id)",
            "orders(customer_id)->customer(customer_id)",
        ])
        #expect(schema.table(named: "customer")?.primaryKey == ["customer_id"])
        #expect(schema.table(named: "orders")?.primaryKey == ["customer_id", "order_number"])
        #expect(schema.table(named: "order_line")?.primaryKey == ["customer_id", "order_number", "line_no"])
        #expect(schema.table(named: "region")?.primaryKey == ["region_id"])
        let customer = try #require(schema.table(named: "customer"))
        #expect(customer.columns.map(\.type) == ["bigint", "text", "character varying(80)", "integer", "timestamptz", "character varying(10)"])
        #expect(customer.columns.map(\.nullable) == [false, false, false, true, false, true])
        #expect(customer.description == "People who ordered at least once.")
        #expect(customer.column(named: "email")?.description == "Login e-mail; it's unique.")
        #expect(schema.table(named: "order_line")?.column(named: "discount")?.description == "Fraction off the unit price; 0 when none.")
        let status = try #require(schema.table(named: "orders")?.column(named: "status"))
        #expect(status.type == "text")
        #expect(status.description == "One of 'placed', 'shipped', 'delivered', 'returned'.")
        #expect(schema.table(named: "product")?.column(named: "sku")?.type == "character(12)")
        #expect(schema.table(named: "product")?.column(named: "list_price")?.type == "numeric(10,2)")
        #expect(imported.warnings.map(\.message).contains { $0.contains("view order_totals not imported") })
        #expect(imported.warnings.map(\.message).contains { $0.contains("product.tags: array type text[] imported as text") })
        #expect(!SchemaChecker.diagnostics(of: schema).contains { $0.severity == .error }, "\(SchemaChecker.diagnostics(of: schema))")
    }

    @Test func importsAMySQLDump() throws {
        let imported = try load("shop.mysqldump.sql")
        let schema = imported.schema
        #expect(schema.tables.map(\.name) == ["region", "customer", "product", "orders", "order_line"])
        #expect(schema.foreignKeys.map(\.id) == [
            "customer(region_id)->region(region_id)",
            "orders(customer_id)->customer(customer_id)",
            "order_line(customer_id,order_number)->orders(customer_id,order_number)",
            "order_line(product_id)->product(product_id)",
        ])
        #expect(schema.table(named: "order_line")?.primaryKey == ["customer_id", "order_number", "line_no"])
        let customer = try #require(schema.table(named: "customer"))
        #expect(customer.columns.map(\.name) == ["customer_id", "email", "full_name", "region_id", "tier", "created_at", "updated_at"])
        #expect(customer.columns.map(\.type) == ["bigint", "varchar(255)", "varchar(80)", "int", "text", "datetime", "timestamp"])
        #expect(customer.description == "People who ordered at least once.")
        #expect(customer.column(named: "email")?.description == "Login e-mail; it's unique.")
        #expect(customer.column(named: "tier")?.description == "One of 'basic', 'silver', 'gold'.")
        #expect(schema.table(named: "product")?.column(named: "list_price")?.type == "decimal(10,2)")
        #expect(schema.table(named: "product")?.column(named: "is_active")?.type == "tinyint(1)")
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        #expect(!SchemaChecker.diagnostics(of: schema).contains { $0.severity == .error }, "\(SchemaChecker.diagnostics(of: schema))")
    }

    @Test func aKeyToAnUnknownTableOrColumnIsAnError() {
        let base = "CREATE TABLE a (id integer PRIMARY KEY, b_id integer);\n"
        #expect { try SchemaImporter.importDDL(base + "ALTER TABLE ONLY public.a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES public.b(id);", name: "x") } throws: { error in
            "\(error)".contains("line 2") && "\(error)".contains("unknown table b")
        }
        #expect { try SchemaImporter.importDDL(base + "ALTER TABLE ONLY a ADD CONSTRAINT a_pkey PRIMARY KEY (nope);", name: "x") } throws: { error in
            "\(error)".contains("unknown column a.nope")
        }
        #expect { try SchemaImporter.importDDL(base + "CREATE TABLE c (x integer REFERENCES a (missing));", name: "x") } throws: { error in
            "\(error)".contains("unknown column a.missing")
        }
    }

    @Test func aConstraintItCannotReadIsAWarning() throws {
        let script = """
            CREATE TABLE booking (id integer NOT NULL, room integer, during tsrange);
            ALTER TABLE ONLY public.booking ADD CONSTRAINT booking_pkey PRIMARY KEY (id);
            ALTER TABLE ONLY public.booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
            """
        let imported = try SchemaImporter.importDDLReporting(script, name: "x")
        #expect(imported.schema.table(named: "booking")?.primaryKey == ["id"])
        #expect(imported.warnings.map(\.description) == ["line 3: ALTER TABLE booking ADD ... not read: EXCLUDE"])
    }

    @Test func dollarQuotedBodiesAndCopyDataDoNotSplitStatements() throws {
        let script = """
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; CREATE TABLE not_a_table (x int); $fn$;
            CREATE TABLE t (id integer PRIMARY KEY, note text);
            COPY public.t (id, note) FROM stdin;
            1\tsemi; colon CREATE TABLE nor_this (y int);
            \\.
            \\connect other
            CREATE TABLE u (id integer PRIMARY KEY, t_id integer REFERENCES t);
            """
        let schema = try SchemaImporter.importDDL(script, name: "x")
        #expect(schema.tables.map(\.name) == ["t", "u"])
        #expect(schema.foreignKeys.map(\.id) == ["u(t_id)->t(id)"])
    }
}
