import Foundation
import Model
import SQLite
import SyntheticData
import Testing
import Validation

@Suite struct SyntheticDatabaseTests {
    // MARK: - Helpers

    static func tpcdsSchema() throws -> Schema {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try SchemaLoader.load(path: root.appendingPathComponent("schemas/tpcds.json").path).schema
    }

    static func tpcdsDatabase(seed: UInt64 = 7, scale: Double = 0.2) throws -> (Connection, Schema, SyntheticDatabaseReport) {
        let schema = try tpcdsSchema()
        let connection = try Connection(path: ":memory:")
        let report = try SyntheticDatabaseBuilder(schema: schema, seed: seed, scale: scale).build(into: connection)
        return (connection, schema, report)
    }

    static func integer(_ connection: Connection, _ sql: String) throws -> Int {
        let statement = try connection.prepare(sql)
        guard try statement.step() else { return -1 }
        switch statement.value(at: 0) {
        case .integer(let value): return Int(value)
        case .real(let value): return Int(value)
        default: return -1
        }
    }

    static func text(_ connection: Connection, _ sql: String) throws -> String? {
        let statement = try connection.prepare(sql)
        guard try statement.step(), case .text(let value) = statement.value(at: 0) else { return nil }
        return value
    }

    /// Child rows whose non-null foreign-key tuple has no parent row.
    static func orphans(_ key: ForeignKey, in connection: Connection) throws -> Int {
        let notNull = key.childColumns.map { "c.\($0) IS NOT NULL" }.joined(separator: " AND ")
        let match = zip(key.childColumns, key.parentColumns).map { "p.\($1) = c.\($0)" }.joined(separator: " AND ")
        return try integer(connection, """
            SELECT count(*) FROM \(key.childTable) c WHERE \(notNull)
            AND NOT EXISTS (SELECT 1 FROM \(key.parentTable) p WHERE \(match))
            """)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("synthetic-db-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: - TPC-DS

    @Test func everyForeignKeyValuePointsAtAnExistingParentRow() throws {
        let (connection, schema, report) = try Self.tpcdsDatabase()
        #expect(schema.foreignKeys.count == 107)
        #expect(schema.foreignKeys.contains { $0.childColumns.count > 1 })
        for key in schema.foreignKeys {
            #expect(try Self.orphans(key, in: connection) == 0, "orphans in \(key.id)")
            // Keys are actually used, not left NULL.
            let used = try Self.integer(connection, "SELECT count(*) FROM \(key.childTable) WHERE \(key.childColumns[0]) IS NOT NULL")
            #expect(used > 0, "\(key.id) is never set")
        }
        for table in schema.tables {
            #expect((report.rowCounts[table.name] ?? 0) > 0, "\(table.name) is empty")
            let stored = try Self.integer(connection, "SELECT count(*) FROM \(table.name)")
            #expect(stored == report.rowCounts[table.name], "row count of \(table.name)")
        }
    }

    @Test func factForeignKeysAreMostlyFilled() throws {
        let (connection, schema, _) = try Self.tpcdsDatabase()
        var filledKeys = 0
        var totalKeys = 0
        for key in schema.foreignKeys where schema.table(named: key.childTable)?.kind == .fact {
            let total = try Self.integer(connection, "SELECT count(*) FROM \(key.childTable)")
            let filled = try Self.integer(connection, "SELECT count(*) FROM \(key.childTable) WHERE \(key.childColumns[0]) IS NOT NULL")
            #expect(Double(filled) >= 0.9 * Double(total), "\(key.id): \(filled) of \(total) set")
            filledKeys += filled
            totalKeys += total
        }
        // About 2% NULLs overall (about 4% in returns, which copy the sale's NULLs and add their own).
        let share = Double(filledKeys) / Double(max(totalKeys, 1))
        #expect(share > 0.96 && share < 0.995, "\(share) of fact foreign keys set")
    }

    @Test func primaryKeysAreUnique() throws {
        let (connection, schema, _) = try Self.tpcdsDatabase()
        for table in schema.tables where !table.primaryKey.isEmpty {
            let columns = table.primaryKey.joined(separator: ", ")
            let duplicates = try Self.integer(connection, """
                SELECT count(*) FROM (SELECT \(columns) FROM \(table.name) GROUP BY \(columns) HAVING count(*) > 1)
                """)
            #expect(duplicates == 0, "duplicate keys in \(table.name)")
        }
    }

    @Test func sameSeedGivesSameHashAndBytes() throws {
        let schema = try Self.tpcdsSchema()
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("first.sqlite").path
        let second = directory.appendingPathComponent("second.sqlite").path
        let builder = SyntheticDatabaseBuilder(schema: schema, seed: 11, scale: 0.1)
        let firstReport = try builder.build(path: first)
        let secondReport = try builder.build(path: second)
        #expect(firstReport == secondReport)
        let firstBytes = try #require(FileManager.default.contents(atPath: first))
        let secondBytes = try #require(FileManager.default.contents(atPath: second))
        #expect(firstBytes.count > 100_000)
        #expect(firstBytes == secondBytes)
        #expect(!FileManager.default.fileExists(atPath: first + ".tmp"))

        // Rebuilding over an existing file replaces it, and the hash of the file matches the report.
        let again = try builder.build(path: first)
        #expect(again == firstReport)
        let reopened = try Connection(path: first, mode: .readOnly)
        #expect(try DatabaseContentHash.sha256(of: reopened, schema: schema) == firstReport.contentSHA256)
    }

    @Test func differentSeedGivesDifferentHash() throws {
        let (_, _, first) = try Self.tpcdsDatabase(seed: 1, scale: 0.1)
        let (_, _, second) = try Self.tpcdsDatabase(seed: 2, scale: 0.1)
        #expect(first.contentSHA256.count == 64)
        #expect(first.contentSHA256 != second.contentSHA256)
        #expect(first.rowCounts == second.rowCounts)
    }

    @Test func dateDimensionIsARealCalendar() throws {
        let (connection, _, report) = try Self.tpcdsDatabase(scale: 0.1)
        #expect(report.rowCounts["date_dim"] == 2191)
        #expect(try Self.text(connection, "SELECT min(d_date) FROM date_dim") == "1998-01-01")
        #expect(try Self.text(connection, "SELECT max(d_date) FROM date_dim") == "2003-12-31")
        #expect(try Self.integer(connection, "SELECT d_date_sk FROM date_dim WHERE d_date = '1998-01-01'") == 2_450_815)
        let known = ["1998-01-01": "Thursday", "2000-01-01": "Saturday", "2000-02-29": "Tuesday",
                     "2001-09-11": "Tuesday", "2003-12-31": "Wednesday"]
        for (date, day) in known {
            #expect(try Self.text(connection, "SELECT d_day_name FROM date_dim WHERE d_date = '\(date)'") == day, "\(date)")
        }
        // Every row agrees with SQLite's own calendar functions.
        #expect(try Self.integer(connection, """
            SELECT count(*) FROM date_dim WHERE
                d_year != CAST(strftime('%Y', d_date) AS INTEGER) OR d_moy != CAST(strftime('%m', d_date) AS INTEGER)
                OR d_dom != CAST(strftime('%d', d_date) AS INTEGER) OR d_dow != CAST(strftime('%w', d_date) AS INTEGER)
                OR d_date_sk != CAST(julianday(d_date) + 0.5 AS INTEGER) OR d_qoy != (d_moy + 2) / 3
                OR d_weekend != CASE WHEN d_dow IN (0, 6) THEN 'Y' ELSE 'N' END
                OR d_quarter_name != d_year || 'Q' || d_qoy
                OR d_first_dom != CAST(julianday(date(d_date, 'start of month')) + 0.5 AS INTEGER)
                OR d_last_dom != CAST(julianday(date(d_date, 'start of month', '+1 month', '-1 day')) + 0.5 AS INTEGER)
            """) == 0)
        #expect(try Self.integer(connection, "SELECT count(DISTINCT d_date) FROM date_dim") == 2191)
        #expect(try Self.text(connection, "SELECT d_holiday FROM date_dim WHERE d_date = '2000-12-25'") == "Y")
        #expect(try Self.text(connection, "SELECT d_holiday FROM date_dim WHERE d_date = '2000-11-23'") == "Y")
        #expect(try Self.text(connection, "SELECT d_following_holiday FROM date_dim WHERE d_date = '2000-12-26'") == "Y")
        #expect(try Self.integer(connection, "SELECT d_month_seq FROM date_dim WHERE d_date = '2000-01-15'") == 1200)
    }

    @Test func timeDimensionCoversTheDay() throws {
        let (connection, _, _) = try Self.tpcdsDatabase(scale: 0.1)
        #expect(try Self.integer(connection, "SELECT min(t_time_sk) FROM time_dim") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM time_dim WHERE t_time_sk != t_hour * 3600 + t_minute * 60 + t_second") == 0)
        #expect(try Self.text(connection, "SELECT t_am_pm FROM time_dim WHERE t_hour = 13 LIMIT 1") == "PM")
        #expect(try Self.integer(connection, "SELECT count(DISTINCT t_hour) FROM time_dim") == 24)
    }

    @Test func storeSalesAmountsAreConsistent() throws {
        let (connection, _, report) = try Self.tpcdsDatabase()
        #expect((report.rowCounts["store_sales"] ?? 0) > 1000)
        let checks = [
            "abs(ss_net_paid - (ss_ext_sales_price - ss_coupon_amt)) > 0.01",
            "abs(ss_ext_sales_price - ss_sales_price * ss_quantity) > 0.01",
            "abs(ss_ext_list_price - ss_list_price * ss_quantity) > 0.01",
            "abs(ss_ext_wholesale_cost - ss_wholesale_cost * ss_quantity) > 0.01",
            "abs(ss_ext_discount_amt - (ss_ext_list_price - ss_ext_sales_price)) > 0.01",
            "abs(ss_net_paid_inc_tax - (ss_net_paid + ss_ext_tax)) > 0.01",
            "abs(ss_net_profit - (ss_net_paid - ss_ext_wholesale_cost)) > 0.01",
            "ss_sales_price > ss_list_price",
            "ss_list_price < ss_wholesale_cost",
            "ss_quantity NOT BETWEEN 1 AND 100",
            "ss_sold_date_sk NOT BETWEEN 2450815 AND 2453005",
        ]
        for condition in checks {
            #expect(try Self.integer(connection, "SELECT count(*) FROM store_sales WHERE \(condition)") == 0, "\(condition)")
        }
        #expect(try Self.integer(connection, "SELECT count(*) FROM store_sales WHERE ss_net_paid IS NULL") == 0)
        #expect(try Self.integer(connection, """
            SELECT count(*) FROM catalog_sales WHERE abs(cs_net_paid_inc_ship_tax - (cs_net_paid + cs_ext_ship_cost + cs_ext_tax)) > 0.01
                OR cs_ship_date_sk < cs_sold_date_sk
            """) == 0)
        // Tickets group several lines of one customer on one day.
        #expect(try Self.integer(connection, """
            SELECT count(*) FROM (SELECT ss_ticket_number FROM store_sales
                GROUP BY ss_ticket_number HAVING count(DISTINCT ss_sold_date_sk) > 1 OR count(DISTINCT ss_customer_sk) > 1)
            """) == 0)
        #expect(try Self.integer(connection, "SELECT count(DISTINCT ss_ticket_number) FROM store_sales") < report.rowCounts["store_sales"] ?? 0)
    }

    @Test func returnsReferenceRealSales() throws {
        let (connection, _, report) = try Self.tpcdsDatabase()
        let channels = [
            ("store_returns", "store_sales", "sr_item_sk = ss_item_sk AND sr_ticket_number = ss_ticket_number",
             "sr_return_quantity > ss_quantity OR sr_returned_date_sk < ss_sold_date_sk OR sr_customer_sk IS NOT ss_customer_sk",
             "abs(sr_refunded_cash + sr_reversed_charge + sr_store_credit - sr_return_amt) > 0.01 OR abs(sr_return_amt - sr_return_quantity * ss_sales_price) > 0.01"),
            ("catalog_returns", "catalog_sales", "cr_item_sk = cs_item_sk AND cr_order_number = cs_order_number",
             "cr_return_quantity > cs_quantity OR cr_returned_date_sk < cs_sold_date_sk",
             "abs(cr_refunded_cash + cr_reversed_charge + cr_store_credit - cr_return_amount) > 0.01"),
            ("web_returns", "web_sales", "wr_item_sk = ws_item_sk AND wr_order_number = ws_order_number",
             "wr_return_quantity > ws_quantity OR wr_returned_date_sk < ws_sold_date_sk",
             "abs(wr_refunded_cash + wr_reversed_charge + wr_account_credit - wr_return_amt) > 0.01"),
        ]
        for (returns, sales, join, wrong, amounts) in channels {
            let count = report.rowCounts[returns] ?? 0
            let salesCount = report.rowCounts[sales] ?? 0
            #expect(count > 0 && count <= salesCount / 5, "\(returns): \(count) returns of \(salesCount) sales")
            #expect(try Self.integer(connection, "SELECT count(*) FROM \(returns) JOIN \(sales) ON \(join)") == count, "\(returns) join")
            #expect(try Self.integer(connection, "SELECT count(*) FROM \(returns) JOIN \(sales) ON \(join) WHERE \(wrong)") == 0, "\(returns)")
            #expect(try Self.integer(connection, "SELECT count(*) FROM \(returns) JOIN \(sales) ON \(join) WHERE \(amounts)") == 0, "\(returns) amounts")
        }
    }

    @Test func dimensionsHaveTPCDSValues() throws {
        let (connection, _, _) = try Self.tpcdsDatabase()
        #expect(try Self.integer(connection, """
            SELECT count(*) FROM item WHERE i_category NOT IN ('Books','Children','Electronics','Home','Jewelry','Men','Music','Shoes','Sports','Women')
            """) == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM item WHERE i_wholesale_cost >= i_current_price") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM (SELECT i_brand FROM item WHERE i_brand IS NOT NULL GROUP BY i_brand HAVING count(DISTINCT i_brand_id) > 1)") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM (SELECT i_category FROM item WHERE i_category IS NOT NULL GROUP BY i_category HAVING count(DISTINCT i_category_id) > 1)") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM item WHERE i_category = 'Women' AND i_class NOT IN ('dresses','maternity','swimwear','fragrances')") == 0)
        #expect(try Self.integer(connection, "SELECT count(DISTINCT ca_state) FROM customer_address") >= 12)
        #expect(try Self.integer(connection, "SELECT count(*) FROM customer_address WHERE length(ca_zip) != 5 OR ca_gmt_offset NOT BETWEEN -8 AND -5") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM customer WHERE c_birth_year NOT BETWEEN 1924 AND 1992") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM customer_demographics WHERE cd_purchase_estimate % 500 != 0 OR cd_gender NOT IN ('M','F')") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM income_band") == 20)
        #expect(try Self.integer(connection, "SELECT count(*) FROM promotion WHERE p_start_date_sk > p_end_date_sk") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM inventory WHERE inv_quantity_on_hand NOT BETWEEN 0 AND 1000") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM customer WHERE c_email_address NOT LIKE c_first_name || '.' || c_last_name || '@%'") == 0)
        // A few percent NULLs in nullable attributes.
        let nulls = try Self.integer(connection, "SELECT count(*) FROM customer WHERE c_birth_country IS NULL")
        let customers = try Self.integer(connection, "SELECT count(*) FROM customer")
        #expect(nulls > 0 && nulls < customers / 10)
    }

    @Test func textFitsDeclaredLengths() throws {
        let (connection, schema, _) = try Self.tpcdsDatabase(scale: 0.1)
        var checked = 0
        for table in schema.tables {
            for column in table.columns {
                let type = column.type.lowercased()
                guard type.contains("char("), let open = type.firstIndex(of: "("), let close = type.firstIndex(of: ")"),
                      let length = Int(type[type.index(after: open)..<close]) else { continue }
                checked += 1
                let longest = try Self.integer(connection, "SELECT coalesce(max(length(\(column.name))), 0) FROM \(table.name)")
                #expect(longest <= length, "\(table.name).\(column.name) \(column.type) holds \(longest) characters")
                let filled = try Self.integer(connection, "SELECT count(\(column.name)) FROM \(table.name)")
                #expect(filled > 0 || column.name == "c_login", "\(table.name).\(column.name) is always NULL")
            }
        }
        #expect(checked >= 145)
        // Business ids look like TPC-DS ones.
        #expect(try Self.text(connection, "SELECT c_customer_id FROM customer WHERE c_customer_sk = 1") == "AAAAAAAABAAAAAAA")
    }

    @Test func smallerScaleBuildsFewerRows() throws {
        let started = Date()
        let (_, _, full) = try Self.tpcdsDatabase(seed: 3, scale: 1.0)
        print("synthetic TPC-DS at scale 1.0: \(full.rowCounts.values.reduce(0, +)) rows in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        let (_, _, small) = try Self.tpcdsDatabase(seed: 3, scale: 0.1)
        #expect(small.rowCounts.values.reduce(0, +) < full.rowCounts.values.reduce(0, +))
        #expect((small.rowCounts["store_sales"] ?? 0) < (full.rowCounts["store_sales"] ?? 0))
        #expect(full.rowCounts["store_sales"] == 20_000)
        #expect(small.rowCounts["date_dim"] == full.rowCounts["date_dim"])
    }

    // MARK: - Any schema

    static func handMadeSchema(employeeIDType: String = "integer") -> Schema {
        Schema(name: "staff", tables: [
            Table(name: "department", kind: .dimension, subjectArea: "departments", description: "",
                  primaryKey: ["dept_id"], columns: [
                    Column(name: "dept_id", type: "integer", nullable: false, role: .key),
                    Column(name: "dept_code", type: "char(4)", nullable: false, role: .identifier),
                    Column(name: "dept_name", type: "varchar(30)"),
                    Column(name: "budget", type: "decimal(9,2)", role: .measure),
                  ]),
            Table(name: "employee", kind: .dimension, subjectArea: "staff", description: "",
                  primaryKey: ["emp_id"], columns: [
                    Column(name: "emp_id", type: employeeIDType, nullable: false, role: .key),
                    Column(name: "dept_id", type: "integer", nullable: false, role: .foreignKey),
                    Column(name: "manager_id", type: employeeIDType, nullable: false, role: .foreignKey),
                    Column(name: "mentor_id", type: employeeIDType, nullable: true, role: .foreignKey),
                    Column(name: "first_name", type: "varchar(20)"),
                    Column(name: "last_name", type: "varchar(30)"),
                    Column(name: "email_address", type: "varchar(60)"),
                    Column(name: "home_state", type: "char(2)"),
                    Column(name: "hire_date", type: "date"),
                    Column(name: "active_flag", type: "char(1)"),
                  ]),
            Table(name: "assignment", kind: .fact, subjectArea: "work", description: "",
                  primaryKey: ["emp_id", "project_code"], columns: [
                    Column(name: "emp_id", type: employeeIDType, nullable: false, role: .foreignKey),
                    Column(name: "dept_id", type: "integer", nullable: false, role: .foreignKey),
                    Column(name: "project_code", type: "char(6)", nullable: false, role: .identifier),
                    Column(name: "hours", type: "decimal(5,1)", role: .measure),
                    Column(name: "start_time", type: "time"),
                  ]),
        ], foreignKeys: [
            ForeignKey(childTable: "assignment", childColumns: ["emp_id", "dept_id"],
                       parentTable: "employee", parentColumns: ["emp_id", "dept_id"]),
            ForeignKey(childTable: "assignment", childColumns: ["dept_id"], parentTable: "department", parentColumns: ["dept_id"]),
            ForeignKey(childTable: "employee", childColumns: ["dept_id"], parentTable: "department", parentColumns: ["dept_id"]),
            ForeignKey(childTable: "employee", childColumns: ["manager_id"], parentTable: "employee", parentColumns: ["emp_id"]),
            ForeignKey(childTable: "employee", childColumns: ["mentor_id"], parentTable: "employee", parentColumns: ["emp_id"]),
        ])
    }

    @Test(arguments: ["integer", "char(16)"])
    func handMadeSchemaBuildsWithValidKeys(employeeIDType: String) throws {
        let schema = Self.handMadeSchema(employeeIDType: employeeIDType)
        let connection = try Connection(path: ":memory:")
        let report = try SyntheticDatabaseBuilder(schema: schema, seed: 5).build(into: connection)
        #expect(report.rowCounts == ["department": 100, "employee": 100, "assignment": 3000])
        for key in schema.foreignKeys {
            #expect(try Self.orphans(key, in: connection) == 0, "orphans in \(key.id)")
        }
        #expect(try Self.integer(connection, "SELECT count(*) FROM employee WHERE manager_id IS NULL") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM employee WHERE mentor_id IS NOT NULL") > 50)
        #expect(try Self.integer(connection, "SELECT count(DISTINCT emp_id || '/' || project_code) FROM assignment") == 3000)
        #expect(try Self.integer(connection, "SELECT count(*) FROM employee WHERE length(home_state) != 2 OR length(active_flag) != 1") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM department WHERE length(dept_code) > 4") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM assignment WHERE start_time NOT LIKE '__:__:__'") == 0)
        // Same schema and seed, same content.
        let again = try SyntheticDatabaseBuilder(schema: schema, seed: 5).build(into: try Connection(path: ":memory:"))
        #expect(again == report)
    }

    @Test func foreignKeyCycleIsBroken() throws {
        let schema = Schema(name: "cycle", tables: [
            Table(name: "alpha", kind: .dimension, subjectArea: "a", description: "", primaryKey: ["alpha_id"], columns: [
                Column(name: "alpha_id", type: "integer", nullable: false, role: .key),
                Column(name: "beta_id", type: "integer", nullable: false, role: .foreignKey),
            ]),
            Table(name: "beta", kind: .dimension, subjectArea: "b", description: "", primaryKey: ["beta_id"], columns: [
                Column(name: "beta_id", type: "integer", nullable: false, role: .key),
                Column(name: "alpha_id", type: "integer", nullable: true, role: .foreignKey),
            ]),
        ], foreignKeys: [
            ForeignKey(childTable: "alpha", childColumns: ["beta_id"], parentTable: "beta", parentColumns: ["beta_id"]),
            ForeignKey(childTable: "beta", childColumns: ["alpha_id"], parentTable: "alpha", parentColumns: ["alpha_id"]),
        ])
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: 1, scale: 0.2).build(into: connection)
        for key in schema.foreignKeys {
            #expect(try Self.orphans(key, in: connection) == 0, "orphans in \(key.id)")
        }
        #expect(try Self.integer(connection, "SELECT count(*) FROM alpha WHERE beta_id IS NULL") == 0)
        #expect(try Self.integer(connection, "SELECT count(*) FROM beta WHERE alpha_id IS NOT NULL") > 0)
    }

    @Test func linkTableIsLimitedByParentCombinations() throws {
        let dimension = { (name: String) in
            Table(name: name, kind: .dimension, subjectArea: name, description: "", primaryKey: ["\(name)_sk"], columns: [
                Column(name: "\(name)_sk", type: "integer", nullable: false, role: .key),
                Column(name: "\(name)_name", type: "varchar(20)"),
            ])
        }
        let schema = Schema(name: "link", tables: [
            dimension("color"), dimension("size"),
            Table(name: "stock", kind: .fact, subjectArea: "stock", description: "", primaryKey: ["color_sk", "size_sk"], columns: [
                Column(name: "color_sk", type: "integer", nullable: false, role: .foreignKey),
                Column(name: "size_sk", type: "integer", nullable: false, role: .foreignKey),
                Column(name: "units", type: "integer", role: .measure),
            ]),
        ], foreignKeys: [
            ForeignKey(childTable: "stock", childColumns: ["color_sk"], parentTable: "color", parentColumns: ["color_sk"]),
            ForeignKey(childTable: "stock", childColumns: ["size_sk"], parentTable: "size", parentColumns: ["size_sk"]),
        ])
        let connection = try Connection(path: ":memory:")
        let report = try SyntheticDatabaseBuilder(schema: schema, seed: 9, scale: 0.05).build(into: connection)
        #expect(report.rowCounts == ["color": 5, "size": 5, "stock": 12])
        #expect(try Self.integer(connection, "SELECT count(DISTINCT color_sk || '/' || size_sk) FROM stock") == 12)
        for key in schema.foreignKeys {
            #expect(try Self.orphans(key, in: connection) == 0, "orphans in \(key.id)")
        }
    }

    @Test func narrowPrimaryKeyIsReported() throws {
        let schema = Schema(name: "narrow", tables: [
            Table(name: "code", kind: .dimension, subjectArea: "codes", description: "", primaryKey: ["code"], columns: [
                Column(name: "code", type: "char(1)", nullable: false, role: .key),
            ]),
        ], foreignKeys: [])
        #expect(throws: SyntheticDataError.primaryKeyTooNarrow(table: "code", column: "code", type: "char(1)",
                                                               needed: 100, capacity: 36)) {
            _ = try SyntheticDatabaseBuilder(schema: schema, seed: 1).build(into: try Connection(path: ":memory:"))
        }
        #expect(throws: SyntheticDataError.invalidScale(0)) {
            _ = try SyntheticDatabaseBuilder(schema: schema, seed: 1, scale: 0).build(into: try Connection(path: ":memory:"))
        }
    }
}
