import Testing
import Model
@testable import Validation

@Suite struct ValidatorTests {
    @Test(arguments: [
        ("SELEC 1", SQLVerdict.syntaxError),
        ("SELECT s_store_sk FROM stores", .unknownTable),
        ("SELECT s_nothing FROM store", .unknownColumn),
        ("SELECT d_date_sk FROM date_dim, store_sales AS d_date_sk JOIN date_dim AS x ON 1", .ambiguousColumn),
        ("SELECT no_such_fn(s_store_sk) FROM store", .unknownFunction),
        ("", .syntaxError),
        ("-- only a comment", .syntaxError),
    ])
    func classifiesFailures(sql: String, verdict: SQLVerdict) throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let result = validator.analyze(sql)
        #expect(result.verdict == verdict, "\(sql): \(result.verdict) \(result.message ?? "")")
        #expect(result.message?.isEmpty == false)
    }

    @Test func runtimeErrorAndEmptyResult() throws {
        let (validator, _) = try TPCDSDatabase.filledValidator(rows: 5)
        #expect(validator.validate("SELECT s_store_sk FROM store").verdict == .emptyResult)
        #expect(validator.validate("SELECT s_store_sk FROM store", minRows: 0).verdict == .ok)
        let runtime = validator.validate("SELECT json_extract('not json', '$.a') FROM store_sales")
        #expect(runtime.verdict == .runtimeError, "\(runtime.message ?? "")")
    }

    @Test func starColumnsDoNotCountAsRead() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let star = validator.analyze("SELECT * FROM store")
        #expect(star.verdict == .ok)
        #expect(star.columns.isEmpty)
        #expect(star.tables == ["store"])
        #expect(star.starOnlyColumns.count == 29)
        let mixed = validator.analyze("SELECT s.*, i_brand FROM store s, item WHERE s_store_sk = i_item_sk")
        #expect(mixed.columns.map(\.description) == ["item.i_brand", "item.i_item_sk", "store.s_store_sk"])
        #expect(!mixed.starOnlyColumns.contains(ColumnRef(table: "store", column: "s_store_sk")))
        let countStar = validator.analyze("SELECT count(*) FROM store_sales")
        #expect(countStar.columns.isEmpty)
        #expect(countStar.tables == ["store_sales"])
    }

    @Test func columnsInStringsAndCommentsAreNotNamed() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let result = validator.analyze("SELECT * /* s_store_name */ FROM store WHERE 's_city' <> '' -- s_state")
        #expect(result.columns.isEmpty)
    }

    @Test func fingerprintsProveAgreementAndDifference() throws {
        let (validator, _) = try TPCDSDatabase.filledValidator(rows: 50)
        let a = validator.validate("SELECT ss_item_sk, ss_quantity FROM store_sales WHERE ss_quantity BETWEEN 2 AND 4")
        let b = validator.validate("SELECT ss_item_sk AS item, ss_quantity FROM store_sales WHERE ss_quantity >= 2 AND ss_quantity <= 4 ORDER BY ss_item_sk DESC")
        let c = validator.validate("SELECT ss_item_sk, ss_quantity FROM store_sales WHERE ss_quantity BETWEEN 2 AND 5")
        #expect(a.verdict == .ok && b.verdict == .ok && c.verdict == .ok)
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.orderedFingerprint != b.orderedFingerprint)
        #expect(a.fingerprint != c.fingerprint)
        #expect(a.rowCount == b.rowCount)
        #expect(a.columnCount == 2)
        // Integral reals equal integers; summation noise is absorbed.
        let sum = validator.validate("SELECT sum(ss_quantity) FROM store_sales")
        let real = validator.validate("SELECT sum(ss_quantity * 1.0) FROM store_sales")
        #expect(sum.fingerprint == real.fingerprint)
    }

    @Test func resultRenderingIsCanonical() {
        #expect(ResultFingerprint.render([.integer(3), .real(3.0), .real(0.1 + 0.2), .null, .text("a")])
                == "#3\u{1F}#3\u{1F}#0.3\u{1F}N\u{1F}Ta")
    }
}
