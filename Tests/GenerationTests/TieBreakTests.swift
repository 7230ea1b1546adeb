import Testing
@testable import Generation

/// A query with a LIMIT orders by every column it shows after the ranked figure, so ties keep one
/// order on every engine (issue 23, docs/analysis-families.md "SQL forms").
@Suite struct TieBreakTests {
    @Test func rankedRowsAreOrderedByWhatTheyShow() {
        var query = QueryText(select: ["t1.s_state", "t2.\"odd name\"", "SUM(t0.ss_net_paid) AS total"], from: "store_sales AS t0")
        query.orderBy = ["total DESC"]
        #expect(query.tieBreakers.isEmpty, "no LIMIT, no tie-breakers")
        query.limit = 5
        #expect(query.sql.hasSuffix("ORDER BY total DESC NULLS LAST, t1.s_state NULLS FIRST, t2.\"odd name\" NULLS FIRST\nLIMIT 5"), "\(query.sql)")
        query.orderBy = ["t1.s_state DESC"]
        #expect(query.tieBreakers == ["t2.\"odd name\""])
    }
}
