import Foundation
import Testing
import TestSupport

/// `schema check`, `show`, `import` and `synth` on the semantic model (docs/semantic-model.md).
@Suite struct SemanticModelCommandTests {
    @Test func checkAndShowReportTheModel() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let check = try runner.run("schema", "check", Fixtures.tpcdsSchema)
        #expect(check.status == 0)
        #expect(check.stdout.contains("semantic model: columns 425 (given 276, partly 0, derived 149), tables 24 (given 14, derived 10), metrics 37 given; roles: key 124,"))
        let show = try runner.run("schema", "show", Fixtures.tpcdsSchema)
        #expect(show.status == 0)
        #expect(show.stdout.contains(#"  flags: d_holiday ("on holidays" / "on days that are not holidays"), d_weekend ("on weekends" / "on weekdays")"#))
        #expect(show.stdout.contains("  measures: inv_quantity_on_hand (sum, quantity, non-additive over time)"))
        #expect(show.stdout.contains("  event: date ss_sold_date_sk, time ss_sold_time_sk"))
        #expect(show.stdout.contains("  event: date inv_date_sk (periodic snapshot)"))
        #expect(show.stdout.contains("  metric store_returns_return_rate (ratio, percent): return rate = store_returns.sr_return_quantity / store_sales.ss_quantity"))
        let columns = try runner.run("schema", "show", "--columns", Fixtures.tpcdsSchema)
        #expect(columns.stdout.contains("    ca_street_number char(10) attribute detail  street number"))
    }

    @Test func checkRefusesAWrongEventDateWithItsPath() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let text = try String(contentsOfFile: Fixtures.tpcdsSchema, encoding: .utf8)
            .replacingOccurrences(of: #""event_date": "cs_sold_date_sk""#, with: #""event_date": "cs_ship_mode_sk""#)
        try runner.write(text, to: "wrong.json")
        let result = try runner.run("schema", "check", "wrong.json")
        #expect(result.status == 2)
        #expect(result.stderr.contains(".semantic.event_date: catalog_sales.cs_ship_mode_sk references ship_mode, which is not a calendar table"))
    }

    @Test func importAndSynthWriteTheDerivedModel() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write("""
            CREATE TABLE cal (d_sk integer PRIMARY KEY, d_date date, d_year integer, d_moy integer, d_qoy integer);
            CREATE TABLE shop (s_id integer PRIMARY KEY, s_city varchar(20), s_phone char(12));
            CREATE TABLE sale (sa_date_sk integer REFERENCES cal(d_sk), sa_shop integer REFERENCES shop(s_id), sa_ticket integer,
                               sa_quantity integer, sa_sales_price decimal(7,2), PRIMARY KEY (sa_shop, sa_ticket));
            """, to: "shop.sql")
        let imported = try runner.run("schema", "import", "--ddl", "shop.sql", "--out", "shop.json")
        #expect(imported.status == 0, "\(imported.stderr)")
        let written = try runner.read("shop.json")
        #expect(written.contains(#""event_date" : "sa_date_sk""#), "\(written)")
        #expect(written.contains(#""aggregation" : "average""#))
        let check = try runner.run("schema", "check", "shop.json")
        #expect(check.stdout.contains("semantic model: columns 13 (given 13, partly 0, derived 0), tables 3 (given 2, derived 1)"), "\(check.stdout)")
        let plain = try runner.run("schema", "import", "--ddl", "shop.sql", "--no-semantic", "--out", "plain.json")
        #expect(plain.status == 0)
        #expect(!(try runner.read("plain.json")).contains("\"semantic\""))
        let synth = try runner.run("schema", "synth", "--tables", "12", "--out", "synth.json")
        #expect(synth.status == 0)
        #expect(try runner.read("synth.json").contains(#""true_phrase" : "on weekends""#))
        #expect(try runner.run("schema", "check", "synth.json").status == 0)
    }

    @Test func importReadsAMetricFlowProject() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let project = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/metricflow/jaffle")
        let result = try runner.run("schema", "import", "--metricflow", project.appendingPathComponent("models").path,
                                    "--ddl", project.appendingPathComponent("schema.sql").path, "--name", "jaffle", "--out", "jaffle.json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("note: measure order_count of orders is the SQL expression \"1\", not a column: left out"))
        #expect(result.stdout.contains("wrote jaffle.json: 4 tables"))
        let show = try runner.run("schema", "show", "jaffle.json")
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("  measures: quantity_on_hand (sum, quantity, non-additive over time)"))
        #expect(show.stdout.contains("  metric effective_tax_rate (ratio): Effective tax rate = orders.tax_paid / orders.order_total"))
        #expect(show.stdout.contains("  versioned by: valid_from, valid_to"))
        let order = ["customers [", "locations [", "orders [", "stock_snapshots ["].compactMap { show.stdout.range(of: "\n" + $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted(), "the DDL's table order stays")
        let missing = try runner.run("schema", "import", "--metricflow", "nowhere", "--out", "x.json")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere: no such file or directory"))
        #expect(!FileManager.default.fileExists(atPath: runner.directory.appendingPathComponent("x.json").path))
    }
}
