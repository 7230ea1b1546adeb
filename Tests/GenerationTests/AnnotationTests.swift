import Testing
@testable import Generation

@Suite struct AnnotationTests {
    @Test func constructsAreCountedOutsideStringsAndComments() {
        let features = SQLFeatures(sql: """
            WITH t AS (SELECT a, SUM(b) AS s FROM x JOIN y ON x.k = y.k WHERE c = 'GROUP BY' GROUP BY a HAVING SUM(b) > 1)
            SELECT a, RANK() OVER (ORDER BY s DESC) FROM t -- LIMIT
            UNION SELECT a, 1 FROM z
            """, resultColumns: 2)
        #expect(features.constructs == ["join", "where", "aggregate", "group_by", "having", "order_by", "cte", "window", "set_operation"])
        #expect(features.hardness == "extra")
    }

    @Test(arguments: [
        ("SELECT a FROM t", 1, "easy"),
        ("SELECT a FROM t WHERE b = 1", 1, "easy"),
        ("SELECT a, b FROM t WHERE b = 1", 2, "medium"),
        ("SELECT a, COUNT(*) FROM t JOIN u ON t.k = u.k GROUP BY a", 2, "medium"),
        ("SELECT a, COUNT(*), MAX(c) FROM t JOIN u ON t.k = u.k WHERE b = 1 AND c > 2 GROUP BY a, d ORDER BY a", 3, "extra"),
        ("SELECT a FROM t WHERE b IN (SELECT b FROM u)", 1, "hard"),
    ])
    func spiderHardness(sql: String, columns: Int, expected: String) {
        #expect(SQLFeatures(sql: sql, resultColumns: columns).hardness == expected)
    }

    @Test func duplicatesByExactSQLTemplateAndQuestion() {
        var filter = DuplicateFilter()
        filter.insert(sql: "SELECT a FROM t WHERE b = 'x' AND c > 10.5", question: "Which a have b x?")
        #expect(filter.duplicateReason(sql: "SELECT a FROM t  WHERE b = 'x' AND c > 10.5", question: "new") == "duplicate_sql")
        #expect(filter.duplicateReason(sql: "select a from t where b = 'it''s' and c > 3", question: "new") == "duplicate_template")
        #expect(filter.duplicateReason(sql: "SELECT d FROM t", question: "which A have B x?") == "duplicate_question")
        #expect(filter.duplicateReason(sql: "SELECT d FROM t2 WHERE e1 = 2", question: "other") == nil)
        #expect(DuplicateFilter.template("SELECT x1 FROM t WHERE y = 42 AND z = 'a''b'") == "SELECT X1 FROM T WHERE Y = ? AND Z = ?")
    }

    @Test func csvQuotesFields() {
        #expect(ExampleCSV.quote("plain") == "plain")
        #expect(ExampleCSV.quote("a, \"b\"\nc") == "\"a, \"\"b\"\"\nc\"")
    }
}
