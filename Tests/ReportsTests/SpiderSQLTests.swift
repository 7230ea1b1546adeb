import Model
import Testing
@testable import Reports

/// The Spider form of an SQL: what is rewritten (aliases, `<>`, quotes, line breaks), what is
/// refused with which reason, and the grammar check behind the main files (docs/export.md).
@Suite struct SpiderSQLTests {
    static let schema = Schema(name: "shop", tables: [
        Table(name: "sales", kind: .fact, subjectArea: "sales", description: "", primaryKey: [], columns: [
            Column(name: "s_item", type: "integer", nullable: false, role: .foreignKey),
            Column(name: "s_amount", type: "decimal(7,2)", nullable: true, role: .measure),
            Column(name: "s_promo_flag", type: "char(1)", nullable: true, role: .attribute, description: "Y if the sale was on promotion, else N", label: "promotion flag"),
        ]),
        Table(name: "item", kind: .dimension, subjectArea: "items", description: "", primaryKey: ["i_item"], columns: [
            Column(name: "i_item", type: "integer", nullable: false, role: .key),
            Column(name: "i_category", type: "varchar(20)", nullable: true, role: .attribute),
        ]),
    ], foreignKeys: [])

    static func convert(_ sql: String) -> SpiderSQL.Outcome {
        SpiderSQL.convert(sql, grammar: SpiderGrammar(schema: schema))
    }

    @Test func aliasesAreReplacedByTheirExpressionsOnOneLine() {
        let outcome = Self.convert("""
        SELECT t1.i_category AS category, SUM(t0.s_amount) AS total
        FROM sales AS t0
        INNER JOIN item AS t1 ON t0.s_item = t1.i_item
        WHERE t1.i_category <> 'Toys'
        GROUP BY category
        HAVING total > 10
        ORDER BY total DESC
        LIMIT 5;
        """)
        #expect(outcome == .query("SELECT t1.i_category, SUM(t0.s_amount) FROM sales AS t0 JOIN item AS t1 ON t0.s_item = t1.i_item WHERE t1.i_category != 'Toys' GROUP BY t1.i_category HAVING SUM(t0.s_amount) > 10 ORDER BY SUM(t0.s_amount) DESC LIMIT 5",
                                  tokens: SQLToken.tokens("SELECT t1.i_category, SUM(t0.s_amount) FROM sales AS t0 JOIN item AS t1 ON t0.s_item = t1.i_item WHERE t1.i_category != 'Toys' GROUP BY t1.i_category HAVING SUM(t0.s_amount) > 10 ORDER BY SUM(t0.s_amount) DESC LIMIT 5")!))
    }

    @Test func aliasesInsideASubqueryStayInTheirLevel() {
        let outcome = Self.convert("SELECT \"i_category\" FROM item WHERE i_item IN (SELECT s_item AS x FROM sales ORDER BY x) ORDER BY i_category")
        guard case .query(let query, _) = outcome else { Issue.record("refused: \(outcome)"); return }
        #expect(query == "SELECT i_category FROM item WHERE i_item IN (SELECT s_item FROM sales ORDER BY s_item) ORDER BY i_category")
    }

    /// SQLite's own NULL order, which the generator writes out for other engines, is left out (the
    /// same order in SQLite); another NULL order is outside the grammar.
    @Test func sqlitesOwnNullOrderIsLeftOut() {
        let outcome = Self.convert("SELECT i_category FROM item ORDER BY i_category NULLS FIRST, i_item DESC NULLS LAST LIMIT 3")
        guard case .query(let query, _) = outcome else { Issue.record("refused: \(outcome)"); return }
        #expect(query == "SELECT i_category FROM item ORDER BY i_category, i_item DESC LIMIT 3")
        guard case .inexpressible = Self.convert("SELECT i_category FROM item ORDER BY i_category NULLS LAST") else {
            Issue.record("a NULL order other than SQLite's own was dropped"); return
        }
    }

    @Test func constructsWithoutASpiderFormAreNamed() {
        let cases: [(String, [String])] = [
            ("WITH t AS (SELECT s_amount FROM sales) SELECT s_amount FROM t", ["WITH (common table expression)"]),
            ("SELECT s_item, SUM(s_amount) OVER () FROM sales", ["window function (OVER)"]),
            ("SELECT CASE WHEN s_amount > 1 THEN 1 END FROM sales", ["CASE expression"]),
            ("SELECT SUM(s_amount) FILTER (WHERE s_item = 1) FROM sales", ["aggregate FILTER clause"]),
            ("SELECT strftime('%Y', s_amount), CAST(s_amount AS REAL) FROM sales", ["function strftime()", "function cast()"]),
            ("SELECT s_amount FROM sales WHERE s_item IN (1, 2)", ["IN list of several values"]),
            ("SELECT s_amount FROM sales LEFT JOIN item ON s_item = i_item", ["LEFT JOIN"]),
            ("SELECT s_amount FROM sales WHERE s_item IS NULL", ["NULL test or NULL value"]),
            ("SELECT s_amount FROM sales WHERE s_amount > -1", ["negative number"]),
            ("SELECT s_amount FROM sales WHERE s_promo_flag = 'it''s'", ["string literal with a quote, tab or line break"]),
        ]
        for (sql, reasons) in cases {
            #expect(Self.convert(sql) == .inexpressible(reasons), "\(sql)")
        }
    }

    @Test func theGrammarRefusesWhatSpidersParserCannotRead() {
        for sql in [
            "SELECT SUM(s_amount) / SUM(s_item) FROM sales",
            "SELECT s_amount FROM sales WHERE (s_item = 1 OR s_item = 2)",
            "SELECT s_amount FROM sales, item",
            "SELECT s_amount FROM (SELECT s_amount FROM sales)",
            "SELECT 1 FROM sales",
            "SELECT t0.i_category FROM sales AS t0",
            "SELECT s_amount FROM sales AS a JOIN item AS a ON a.s_item = a.i_item",
            "SELECT s_amount FROM sales LIMIT 2.5",
        ] {
            guard case .inexpressible(let reasons) = Self.convert(sql) else { Issue.record("accepted: \(sql)"); continue }
            #expect(reasons.count == 1 && reasons[0].hasPrefix("outside Spider's grammar"), "\(sql): \(reasons)")
        }
        // A single-value IN list and IN over a subquery are readable.
        for sql in ["SELECT s_amount FROM sales WHERE s_item IN (3)", "SELECT DISTINCT s_amount FROM sales WHERE s_item NOT IN (SELECT i_item FROM item) EXCEPT SELECT s_amount FROM sales WHERE s_amount BETWEEN 1 AND 2"] {
            guard case .query = Self.convert(sql) else { Issue.record("refused: \(sql)"); continue }
        }
    }

    @Test func noValueTokensHideEveryLiteral() {
        let tokens = SQLToken.tokens("SELECT s_amount FROM sales WHERE s_promo_flag = 'Y' LIMIT 3")!
        #expect(SpiderExport.noValueTokens(tokens) == ["select", "s_amount", "from", "sales", "where", "s_promo_flag", "=", "value", "limit", "value"])
        #expect(SQLToken.oneLine("SELECT a,\n  'x  y'\n\tFROM t") == "SELECT a, 'x  y' FROM t")
    }

    @Test func birdEvidenceHoldsFlagMeaningsAndFormulasOnly() {
        var example = Builders.example("b0001-s01", sql: "SELECT i.i_category, SUM(s.s_amount) AS total FROM sales AS s JOIN item AS i ON s.s_item = i.i_item WHERE s.s_promo_flag = 'N' GROUP BY i.i_category")
        example.columnUses = [
            ColumnUseRecord(column: ColumnRef(table: "sales", column: "s_promo_flag"), clause: "filter", aggregate: nil, allowed: true),
            ColumnUseRecord(column: ColumnRef(table: "item", column: "i_category"), clause: "group", aggregate: nil, allowed: true),
        ]
        example.intent = "share_of_total"
        let evidence = BirdEvidence(schema: Self.schema).sentences(for: example)
        #expect(evidence == ["promotion flag 'N' means it is not true that the sale was on promotion; it refers to s_promo_flag = 'N'",
                             BirdEvidence.formulas["share_of_total"]!])
        example.columnUses.removeFirst()
        example.intent = "total_by_group"
        #expect(BirdEvidence(schema: Self.schema).text(for: example) == "")
    }
}
