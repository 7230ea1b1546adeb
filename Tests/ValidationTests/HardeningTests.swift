import Testing
import Model
@testable import Validation

/// Hidden statements, memory bombs and quadratic splitting (issue 14, items 1, 3 and 4).
@Suite struct HardeningTests {
    @Test(arguments: [
        "SELECT 1 \u{0}; DROP TABLE item",
        "SELECT s_store_sk FROM store\u{0}; DELETE FROM store",
        "SELECT 1 \u{7}",
        "SELECT '\u{1B}[2J' AS x",
    ])
    func controlCharactersAreRefused(sql: String) throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let result = validator.analyze(sql)
        #expect(result.verdict == .syntaxError, "\(result.verdict) \(result.message ?? "")")
        #expect(result.message?.contains("control character") == true)
    }

    @Test func whitespaceControlsAreAllowed() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        #expect(validator.analyze("SELECT\t1\r\n").verdict == .ok)
    }

    @Test func theWholeTextIsCompiled() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        #expect(validator.analyze("SELECT 1; DELETE FROM store").verdict == .multipleStatements)
        #expect(validator.analyze("SELECT 1; -- done\n").verdict == .ok)
        #expect(validator.analyze("SELECT 1;;").verdict == .ok)
        // Text that SQLite cannot even tokenize after the first statement is a second statement too.
        #expect(validator.analyze("SELECT 1; ' unterminated").verdict == .multipleStatements)
    }

    @Test(arguments: [
        "SELECT zeroblob(999999999)",
        "SELECT randomblob(999999999)",
        "SELECT replace(hex(zeroblob(99999999)), '0', 'ab')",
    ])
    func hugeValuesStopAtTheLengthLimit(sql: String) throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        let result = validator.validate(sql, minRows: 0)
        #expect(result.verdict == .resourceLimit, "\(result.verdict) \(result.message ?? "")")
        #expect(result.message?.contains("validation.max_value_bytes") == true, "\(result.message ?? "")")
    }

    @Test func printfPaddingPastTheLengthLimitIsAResourceLimit() throws {
        let (validator, _) = try TPCDSDatabase.emptyValidator()
        // SQLite would cut the text at the limit and return NULL (or a short text); it is refused.
        let result = validator.validate("SELECT length(printf('%.*c', 20000000, 'x'))")
        #expect(result.verdict == .resourceLimit, "\(result.verdict) \(result.message ?? "")")
    }

    @Test func valueLimitIsConfigurable() throws {
        var settings = ValidationSettings()
        settings.maxValueBytes = 1_000
        settings.maxSQLLength = 1_000
        let (validator, _) = try TPCDSDatabase.emptyValidator(settings: settings)
        #expect(validator.validate("SELECT length(randomblob(900))").verdict == .ok)
        #expect(validator.validate("SELECT length(randomblob(2000))").verdict == .resourceLimit)
    }

    @Test func longScriptsSplitInLinearTime() {
        // Quadratic splitting took minutes on these; linear splitting takes milliseconds.
        let semicolons = "SELECT '" + String(repeating: ";", count: 1_000_000) + "'"
        #expect(SQLScriptSplitter.split(semicolons).map(\.sql.utf8.count) == [semicolons.utf8.count])
        let many = String(repeating: "SELECT 1;\n", count: 100_000)
        let pieces = SQLScriptSplitter.split(many)
        #expect(pieces.count == 100_000)
        #expect(pieces.last?.line == 100_000)
    }

    @Test func splitterKeepsTriggerBodiesWhole() {
        let script = "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x = 1; END;\nSELECT 2;"
        #expect(SQLScriptSplitter.split(script).map(\.sql) == [
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x = 1; END", "SELECT 2",
        ])
    }
}
