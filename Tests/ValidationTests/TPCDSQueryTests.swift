import Foundation
import Testing
import Model
@testable import Validation
import TestSupport

/// The 99 official TPC-DS queries (103 files, Spark dialect) as real-world test data.
@Suite(.enabled(if: Fixtures.hasShared, "skipped: needs the TPC-DS specification files (../shared/tpcds/tpcds_schema.sql beside the package)")) struct TPCDSQueryTests {
    /// The files SQLite 3.40 cannot compile, with the dialect feature that stops them.
    static let rejected: [String: String] = [
        "q5": "interval", "q12": "interval", "q16": "interval", "q20": "interval", "q21": "interval",
        "q32": "interval", "q37": "interval", "q40": "interval", "q77": "interval", "q80": "interval",
        "q82": "interval", "q92": "interval", "q94": "interval", "q95": "interval", "q98": "interval",
        "q72": "interval",
    ]

    static func queries() throws -> [(name: String, sql: String)] {
        let directory = Fixtures.sharedTPCDS.appendingPathComponent("queries")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sql") }.sorted()
        return try files.map { file in
            (String(file.dropLast(4)), try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        }
    }

    @Test func seventyFilesValidateAndTheOthersGetADialectMessage() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let queries = try Self.queries()
        #expect(queries.count == 103)
        var accepted: [String] = []
        var rejected: [String] = []
        var columnsRead: Set<ColumnRef> = []
        for query in queries {
            let pieces = SQLScriptSplitter.split(query.sql)
            #expect(pieces.count == 1, "\(query.name) splits into \(pieces.count) statements")
            let result = validator.analyze(pieces[0].sql)
            if result.verdict == .ok {
                accepted.append(query.name)
                #expect(!result.columns.isEmpty, "\(query.name) reads no column")
                #expect(result.starOnlyColumns.isEmpty || query.sql.contains("*"))
                columnsRead.formUnion(result.columns)
            } else {
                rejected.append(query.name)
                #expect(result.message?.isEmpty == false)
                #expect(result.hint != nil || result.verdict == .unknownColumn || result.verdict == .unknownFunction,
                        "\(query.name): \(result.verdict) \(result.message ?? "") has no dialect hint")
            }
        }
        #expect(accepted.count == 70, "rejected: \(rejected)")
        #expect(rejected.count == 33)
        // q30 uses the pre-2.6 column name c_last_review_date.
        let q30 = try #require(queries.first { $0.name == "q30" })
        let result = validator.analyze(SQLScriptSplitter.split(q30.sql)[0].sql)
        #expect(result.verdict == .unknownColumn)
        #expect(result.message?.contains("c_last_review_date") == true)
        // The accepted queries read a large part of the schema, but not all of it.
        #expect(columnsRead.count > 150 && columnsRead.count < 425)
    }

    @Test func q1ReportsTheColumnsItReallyReads() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let q1 = try #require(try Self.queries().first { $0.name == "q1" })
        let result = validator.analyze(SQLScriptSplitter.split(q1.sql)[0].sql)
        #expect(result.verdict == .ok)
        #expect(result.tables == ["customer", "date_dim", "store", "store_returns"])
        let expected = ["customer.c_customer_id", "customer.c_customer_sk", "date_dim.d_date_sk", "date_dim.d_year",
                        "store.s_state", "store.s_store_sk", "store_returns.sr_customer_sk",
                        "store_returns.sr_return_amt", "store_returns.sr_returned_date_sk", "store_returns.sr_store_sk"]
        #expect(result.columns.map(\.description) == expected)
    }

    @Test func dialectHintsNameTheFeature() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let interval = validator.analyze("SELECT d_date FROM date_dim WHERE d_date BETWEEN '2000-01-01' AND (cast('2000-01-01' AS date) + INTERVAL 30 days)")
        #expect(interval.verdict == .syntaxError)
        #expect(interval.hint?.contains("INTERVAL") == true)
        let rollup = validator.analyze("SELECT i_category, sum(ss_net_paid) FROM store_sales, item WHERE ss_item_sk = i_item_sk GROUP BY ROLLUP(i_category)")
        #expect(rollup.verdict != .ok)
        #expect(rollup.hint?.contains("ROLLUP") == true)
        let stddev = validator.analyze("SELECT stddev_samp(ss_quantity) FROM store_sales")
        #expect(stddev.verdict == .unknownFunction)
        #expect(stddev.hint?.contains("stddev_samp") == true)
    }
}
