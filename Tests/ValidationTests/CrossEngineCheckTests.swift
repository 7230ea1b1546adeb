import PostgreSQL
import SQLite
import Testing
import Validation

struct CrossEngineCheckTests {
    @Test func rowsCompareAsMultisetsUnlessTheSQLOrders() {
        let sqlite: [[SQLValue]] = [[.text("a"), .integer(2)], [.null, .real(1.000001)]]
        let postgres: [[PostgresValue]] = [[.null, .real(1.0)], [.text("a  "), .real(2.0)]]
        #expect(CrossEngineCheck.compare(sql: "SELECT a, b FROM t", sqlite: sqlite, other: postgres, engine: "postgresql").outcome == .agree)
        let ordered = CrossEngineCheck.compare(sql: "SELECT a, b FROM t ORDER BY a", sqlite: sqlite, other: postgres, engine: "postgresql")
        #expect(ordered.outcome == .differ)
        #expect(CrossEngineCheck.compare(sql: "SELECT a FROM t", sqlite: [[.integer(1)]], other: [[.integer(1)], [.integer(1)]], engine: "postgresql").message
            == "1 rows in SQLite, 2 in postgresql")
        #expect(CrossEngineCheck.compare(sql: "SELECT f FROM t", sqlite: [[.integer(1)]], other: [[.boolean(true)]], engine: "postgresql").outcome == .agree)
        #expect(CrossEngineCheck.compare(sql: "SELECT f FROM t", sqlite: [[.real(0.12344)]], other: [[.real(0.12346)]], engine: "postgresql").outcome == .differ)
    }

    @Test func onlyATopLevelOrderByOrdersTheResult() {
        #expect(CrossEngineCheck.endsInOrderBy("SELECT a FROM t ORDER BY a LIMIT 3"))
        #expect(!CrossEngineCheck.endsInOrderBy("SELECT a FROM (SELECT a FROM t ORDER BY a LIMIT 3) s"))
        #expect(!CrossEngineCheck.endsInOrderBy("SELECT rank() OVER (ORDER BY a) FROM t"))
        #expect(!CrossEngineCheck.endsInOrderBy("SELECT 'ORDER BY' FROM t"))
    }
}
