import Foundation
import SQLite
import Testing
import TestSupport

/// Names that need quoting, including every SQLite keyword, survive the whole pipeline (issue 14, item 10).
@Suite struct KeywordSchemaTests {
    /// Seven tables named after keywords or with spaces, 147 columns named after every SQLite keyword,
    /// joined by foreign keys; the DDL quotes every name.
    static func ddl() -> String {
        func q(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let keywords = SQLText.keywords.map { $0.lowercased() }.sorted()
        let tables = ["order", "group", "my customers", "transaction", "returning", "select", "amount (usd)"]
        let perTable = (keywords.count + tables.count - 1) / tables.count
        var statements: [String] = []
        for (index, table) in tables.enumerated() {
            let columns = keywords.dropFirst(index * perTable).prefix(perTable)
            var lines = ["\(q("id of " + table)) integer PRIMARY KEY"]
            lines += columns.enumerated().map { offset, name in
                "\(q(name)) \(offset % 3 == 0 ? "decimal(7,2)" : offset % 3 == 1 ? "varchar(20)" : "integer")"
            }
            if index > 0 {
                lines.append("\(q("parent")) integer REFERENCES \(q(tables[index - 1])) (\(q("id of " + tables[index - 1])))")
            }
            statements.append("CREATE TABLE \(q(table)) (\n  \(lines.joined(separator: ",\n  "))\n);")
        }
        return statements.joined(separator: "\n")
    }

    @Test func keywordNamesGoFromImportToExamples() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.ddl(), to: "k.sql")
        let imported = try runner.run("schema", "import", "--ddl", "k.sql", "--out", "k.json")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("7 tables, 160 columns, 6 foreign keys, 0 error(s)"), "\(imported.stdout)")
        let build = try runner.run("db", "build", "--schema", "k.json", "--out", "k.sqlite", "--scale", "0.2")
        #expect(build.status == 0, "\(build.stderr)")
        try runner.write("""
            SELECT o."abort", o."action", g."id of group" FROM "order" AS o JOIN "group" AS g ON g.parent = o."id of order";
            SELECT sum("abort") FROM "order"
            """, to: "q.sql")
        let validate = try runner.run("validate", "--schema", "k.json", "--database", "k.sqlite", "q.sql")
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        try runner.write(#"{"database": {"scale": 0.2}, "planner": {"time_limit_seconds": 10}, "paraphrases": {"sql_variants": true}}"#, to: "c.json")
        let generated = try runner.run("generate", "--schema", "k.json", "--config", "c.json", "--out", "d", "--quiet")
        #expect(generated.status == 0, "\(generated.stderr)")
        let examples = try runner.read("d/examples.jsonl").split(separator: "\n")
        #expect(examples.count > 20, "\(examples.count) examples")
        // No slot may fail because a name was written bare.
        let rejections = (try? runner.read("d/rejections.jsonl")) ?? ""
        for verdict in ["syntax_error", "unknown_table", "unknown_column", "ambiguous_column"] {
            #expect(!rejections.contains("\"\(verdict)\""), "\(verdict) in rejections")
        }
        // Every SQL written to the dataset (examples, variants, negatives) runs against the database.
        let check = try runner.python("""
            import json, sqlite3
            db = sqlite3.connect('k.sqlite')
            n = 0
            for line in open('d/examples.jsonl'):
                e = json.loads(line)
                sqls = [e['sql']] + [v['sql'] if isinstance(v, dict) else v for v in e.get('sql_variants', [])]
                sqls += [x['sql'] for x in e.get('negatives', []) if isinstance(x, dict) and 'sql' in x]
                for s in sqls:
                    db.execute(s).fetchall(); n += 1
            print(n)
            """)
        #expect(check.status == 0, "\(check.stderr)")
    }
}
