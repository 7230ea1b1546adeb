import Foundation
import Testing
import Model
@testable import Validation

/// Results have a size limit and statements a processor-time limit (issue 25, item 2): each
/// reproduction of the audit ends `resource_limit` in about a second instead of minutes.
@Suite struct ResultLimitTests {
    /// Runs `sql` over fact tables of `rows` rows: `resource_limit` naming `key`, within `seconds` of CPU
    /// (a debug build; a release build is several times faster).
    private func expectResourceLimit(_ sql: String, rows: Int, key: String, within seconds: Double) throws {
        let (validator, _) = try TPCDSDatabase.filledValidator(rows: rows)
        let (result, took) = timed(validator, sql)
        #expect(result.verdict == .resourceLimit, "\(sql): \(result.verdict) \(result.message ?? "")")
        #expect(result.message?.contains(key) == true, "\(result.message ?? "")")
        #expect(took < seconds, "\(sql) took \(took) s")
    }

    /// Runs `sql` and returns its result and the processor seconds it took.
    private func timed(_ validator: Validator, _ sql: String) -> (ValidationResult, Double) {
        let start = ThreadCPUTime.now()
        let result = validator.validate(sql, minRows: 0)
        return (result, ThreadCPUTime.now() - start)
    }

    @Test(arguments: [
        "SELECT printf('%.*c', 999999999, 'x')",
        "SELECT format('%.999999999c', 'x')",
        "SELECT printf('%*d', 999999999, 1)",
        "SELECT length(printf('%s %.*c', 'a', 2000000000, 'x')) FROM store_sales LIMIT 4",
    ])
    func printfPaddingStopsAtOnce(sql: String) throws {
        try expectResourceLimit(sql, rows: 10, key: "validation.max_value_bytes", within: 1)
    }

    @Test func printfWithinTheLimitIsSQLitesOwn() throws {
        let (validator, _) = try TPCDSDatabase.filledValidator(rows: 3)
        let rows = validator.rows(of: "SELECT printf('%5.2f|%-4s|%.*c|%d%%|%q', 3.14159, 'ab', 3, 'z', 7, 'it''s'), format('%05d', 42), printf(NULL), printf('%s', NULL)", limit: 1)
        #expect(rows?.first == [.text(" 3.14|ab  |zzz|7%|it''s"), .text("00042"), .null, .text("")])
        let result = validator.validate("SELECT printf('%d-%s', ss_item_sk, ss_quantity) FROM store_sales ORDER BY 1")
        #expect(result.verdict == .ok && result.rowCount == 3, "\(result.verdict) \(result.message ?? "")")
    }

    @Test(arguments: [
        "SELECT randomblob(1000000) FROM store_sales LIMIT 400",
        "SELECT zeroblob(9000000) FROM store_sales LIMIT 150",
    ])
    func largeResultsStopAtTheResultLimit(sql: String) throws {
        try expectResourceLimit(sql, rows: 400, key: "validation.max_result_bytes", within: 5)
    }

    @Test func resultLimitIsConfigurable() throws {
        var settings = ValidationSettings()
        settings.maxResultBytes = 10_000
        let (validator, _) = try TPCDSDatabase.filledValidator(rows: 100, settings: settings)
        #expect(validator.validate("SELECT randomblob(90) FROM store_sales").verdict == .ok)
        let result = validator.validate("SELECT randomblob(200) FROM store_sales")
        #expect(result.verdict == .resourceLimit && result.message?.contains("by row 51") == true, "\(result.message ?? "")")
    }

    @Test func processorTimeIsBoundedWhateverTheStepBudget() throws {
        var settings = ValidationSettings()
        settings.queryBudget = 10_000_000_000
        settings.maxQueryCPUSeconds = 0.5
        let (validator, _) = try TPCDSDatabase.emptyValidator(settings: settings)
        let (result, seconds) = timed(validator, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        #expect(result.verdict == .resourceLimit, "\(result.verdict) \(result.message ?? "")")
        #expect(result.message?.contains("validation.max_query_cpu_seconds") == true, "\(result.message ?? "")")
        #expect(seconds < 3, "took \(seconds) s")
    }
}
