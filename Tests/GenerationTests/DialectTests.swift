import Model
import Testing
import Validation
@testable import Generation

/// The SQL dialect of a run (issue 23, part 4): one rendering point per engine-sensitive construct,
/// NULL order explicit where ranked rows are kept, negatives in standard SQL, prompts that name it.
@Suite struct DialectTests {
    @Test func theRunsEngineChoosesTheDialect() {
        var database = DatabaseSettings()
        #expect(SQLDialect(database: database) == .sqlite)
        database.url = "postgresql://reader@/tpcds?host=/tmp"
        #expect(SQLDialect(database: database) == .postgresql)
        database.url = ""
        #expect(SQLDialect(database: database) == .sqlite)
    }

    @Test func constructsAreRenderedForTheDialect() {
        #expect(SQLDialect.sqlite.quotient("SUM(a)", over: "NULLIF(SUM(b), 0)") == "CAST(SUM(a) AS REAL) / NULLIF(SUM(b), 0)")
        #expect(SQLDialect.postgresql.quotient("SUM(a)", over: "NULLIF(SUM(b), 0)") == "CAST(SUM(a) AS DOUBLE PRECISION) / NULLIF(SUM(b), 0)")
        #expect(SQLDialect.sqlite.rounded("100.0 * x", places: 2) == "ROUND(100.0 * x, 2)")
        #expect(SQLDialect.postgresql.rounded("100.0 * x", places: 2) == "ROUND(CAST(100.0 * x AS NUMERIC), 2)")
        #expect(SQLDialect.year(of: "t0.d_date") == "substr(CAST(t0.d_date AS TEXT), 1, 4)")
        #expect(SQLDialect.orderItem("SUM(x)", descending: true) == "SUM(x) DESC NULLS LAST")
        #expect(SQLDialect.orderItem("t0.k") == "t0.k NULLS FIRST")
        #expect(SQLDialect.orderItem("COUNT(*)", descending: true) == "COUNT(*) DESC", "a count is never NULL")
    }

    /// Every ORDER BY item that can be NULL says where NULLs go (with a LIMIT the shown columns
    /// break ties too); a count stays as it was.
    @Test func rankedRowsStateTheirNullOrder() {
        var query = QueryText(select: ["t1.s_state", "COUNT(*) AS stores", "SUM(t0.ss_net_paid) AS total"], from: "store_sales AS t0")
        query.orderBy = ["total DESC"]
        #expect(query.sql.hasSuffix("ORDER BY total DESC NULLS LAST"), "\(query.sql)")
        query.limit = 3
        #expect(query.sql.hasSuffix("ORDER BY total DESC NULLS LAST, t1.s_state NULLS FIRST\nLIMIT 3"), "\(query.sql)")
        query.orderBy = ["stores DESC"]
        #expect(query.sql.hasSuffix("ORDER BY stores DESC, t1.s_state NULLS FIRST\nLIMIT 3"), "\(query.sql)")
        query.orderBy = ["total ASC NULLS LAST"]
        #expect(query.sql.contains("ORDER BY total ASC NULLS LAST, "), "an explicit NULL order is kept: \(query.sql)")
    }

    @Test func standardGroupingFindsWhatOnlySQLiteRuns() {
        // Bare columns: not grouped, not aggregated.
        #expect(StandardGrouping.problems(in: "SELECT t0.a, COUNT(*) FROM t AS t0 GROUP BY t0.b") == ["column t0.a is neither grouped nor aggregated"])
        #expect(StandardGrouping.problems(in: "SELECT t0.a, COUNT(*) AS n FROM t AS t0 ORDER BY t0.a") == [
            "column t0.a is neither grouped nor aggregated", "column t0.a is neither grouped nor aggregated"])
        #expect(!StandardGrouping.problems(in: "WITH base AS (SELECT a AS grp_1, b AS grp_2 FROM t) SELECT grp_1, grp_2, COUNT(*) FROM base GROUP BY grp_1").isEmpty,
                "a CTE's column counts too")
        #expect(!StandardGrouping.problems(in: "SELECT x FROM u WHERE EXISTS (SELECT t0.a, SUM(t0.b) FROM t AS t0)").isEmpty, "subqueries are checked")
        // A DISTINCT ordered by a column it does not show.
        #expect(StandardGrouping.problems(in: "SELECT CASE WHEN t0.b <= 20 THEN 'low' ELSE 'high' END AS band, t0.c FROM t AS t0 GROUP BY band")
                == ["column t0.c is neither grouped nor aggregated"], "grouping by an alias groups its expression only")
        #expect(StandardGrouping.problems(in: "SELECT DISTINCT t0.a FROM t AS t0 ORDER BY t0.b") == ["ORDER BY column t0.b of a SELECT DISTINCT is not shown"])
        // Standard SQL: grouped, aggregated, ordered by an alias or a grouped expression's column, windows over aggregates.
        for sql in ["SELECT t0.a, SUM(t0.b) AS total FROM t AS t0 GROUP BY t0.a ORDER BY total DESC NULLS LAST, t0.a LIMIT 3",
                    "SELECT substr(CAST(t0.d AS TEXT), 1, 4), COUNT(*) FROM t AS t0 GROUP BY substr(CAST(t0.d AS TEXT), 1, 4)",
                    "SELECT t0.a, CAST(SUM(t0.b) AS REAL) / SUM(SUM(t0.b)) OVER () AS share FROM t AS t0 GROUP BY t0.a ORDER BY share DESC",
                    "SELECT t0.a, RANK() OVER (PARTITION BY t0.a ORDER BY SUM(t0.b) DESC) FROM t AS t0 GROUP BY t0.a",
                    "SELECT DISTINCT t0.a, t0.b FROM t AS t0 ORDER BY t0.b, 1",
                    "SELECT t0.a, t0.b FROM t AS t0 ORDER BY t0.c",
                    "SELECT CASE WHEN t0.b <= 20 THEN 'low' ELSE 'high' END AS band, COUNT(*) AS n FROM t AS t0 GROUP BY band ORDER BY MIN(t0.b)"] {
            #expect(StandardGrouping.problems(in: sql).isEmpty, "\(sql): \(StandardGrouping.problems(in: sql))")
        }
    }

    @Test func promptsNameTheDialect() throws {
        var templates = try PromptTemplates.bundled()
        #expect(templates.render("system", []).contains("questions and SQLite queries"))
        templates.dialect = .postgresql
        for name in PromptTemplates.names where templates.texts[name]?.contains("{{dialect}}") == true {
            let text = templates.render(name, [])
            #expect(text.contains("PostgreSQL") && !text.contains("SQLite") && !text.contains("{{dialect}}"), "\(name): \(text.prefix(200))")
        }
        #expect(templates.render("batch", []).contains("Database (PostgreSQL)."))
    }
}
