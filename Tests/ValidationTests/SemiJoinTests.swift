import Testing
import Model
@testable import Validation
import TestSupport

/// A dimension reached through an `IN` or correlated `EXISTS` subquery joins its foreign key as a
/// JOIN does (docs/validation.md, "Structure analysis").
@Suite struct SemiJoinTests {
    let schema: Schema

    init() throws {
        schema = try TPCDSDatabase.schema()
    }

    static let dateKey = "store_sales(ss_sold_date_sk)->date_dim(d_date_sk)"
    static let storeKey = "store_sales(ss_store_sk)->store(s_store_sk)"

    @Test func inSubqueryJoinsTheForeignKey() throws {
        let sql = """
            SELECT SUM(t0.ss_net_paid) AS total FROM store_sales AS t0
            WHERE t0.ss_sold_date_sk IN (SELECT t1.d_date_sk FROM date_dim AS t1 WHERE t1.d_year = 2001)
            """
        let structure = try SQLStructure.analyze(sql, schema: schema)
        #expect(structure.joinedEdges(schema: schema) == [Self.dateKey])
        #expect(structure.unusedTables().isEmpty)
    }

    @Test func correlatedExistsJoinsTheForeignKey() throws {
        let sql = """
            SELECT SUM(t0.ss_net_paid) AS total FROM store_sales AS t0 JOIN store AS t2 ON t0.ss_store_sk = t2.s_store_sk
            WHERE EXISTS (SELECT 1 FROM date_dim AS t1 WHERE t1.d_date_sk = t0.ss_sold_date_sk AND t1.d_year = 2001) AND t2.s_state = 'TN'
            """
        let structure = try SQLStructure.analyze(sql, schema: schema)
        #expect(structure.joinedEdges(schema: schema) == [Self.dateKey, Self.storeKey].sorted())
    }

    @Test func subqueriesThatAreNoSemiJoinJoinNothing() throws {
        // A subquery selecting another column, and an uncorrelated EXISTS, do not join the key.
        let sql = """
            SELECT SUM(t0.ss_net_paid) AS total FROM store_sales AS t0
            WHERE t0.ss_sold_date_sk IN (SELECT t1.d_month_seq FROM date_dim AS t1 WHERE t1.d_year = 2001)
              AND EXISTS (SELECT 1 FROM store AS t2 WHERE t2.s_state = 'TN')
            """
        let structure = try SQLStructure.analyze(sql, schema: schema)
        #expect(structure.joinedEdges(schema: schema).isEmpty)
    }
}
