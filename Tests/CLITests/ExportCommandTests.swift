import Foundation
import Testing
import TestSupport

/// Spider, BIRD and Hugging Face exports load with Python's json and sqlite3, follow the field
/// names, keep SQL templates out of more than one split, and are byte-identical when repeated.
@Suite struct ExportCommandTests {
    /// Python: the template of an SQL (literals replaced by `?`, white space folded, upper-cased).
    static let template = """
    import re
    def template(sql):
        sql = re.sub(r"'(?:[^']|'')*'", '?', sql)
        sql = re.sub(r'(?<![A-Za-z_0-9])[0-9][0-9.]*', '?', sql)
        return ' '.join(sql.split()).upper()
    def disjoint(splits):
        seen = {}
        for name, sqls in splits.items():
            for t in {template(s) for s in sqls}:
                assert t not in seen, 'template in %s and %s: %s' % (seen[t], name, t)
                seen[t] = name
    """

    @Test func spiderBirdAndHFExportsLoadInPython() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.generateTPCDS("ds").status == 0)
        for format in ["spider", "bird", "hf"] {
            for out in ["\(format)1", "\(format)2"] {
                let result = try runner.run("export", "ds", "--format", format, "--out", out, "--dev-fraction", "0.2", "--test-fraction", "0.1")
                #expect(result.status == 0, "\(result.stderr)")
            }
            let diff = try runner.runProgram("diff", ["-r", "\(format)1", "\(format)2"])
            #expect(diff.status == 0, "\(format) export differs between runs: \(diff.stdout)")
        }
        let spider = try runner.python(Self.template + "\n" + """
        import json, sqlite3
        train = json.load(open('spider1/train.json')); dev = json.load(open('spider1/dev.json')); test = json.load(open('spider1/test.json'))
        N = sum(1 for l in open('ds/examples.jsonl') if l.strip())
        assert len(train) + len(dev) + len(test) == N
        assert abs(len(dev) - 0.2 * N) <= 4 and abs(len(test) - 0.1 * N) <= 4, (len(dev), len(test))
        for row in train + dev + test:
            assert {'db_id', 'question', 'query'} <= set(row), row.keys()
            assert row['db_id'] == 'tpcds'
        disjoint({'train': [r['query'] for r in train], 'dev': [r['query'] for r in dev], 'test': [r['query'] for r in test]})
        tables = json.load(open('spider1/tables.json'))
        db = tables[0]
        for key in ['db_id', 'table_names', 'table_names_original', 'column_names', 'column_names_original', 'column_types', 'primary_keys', 'foreign_keys']:
            assert key in db, key
        assert len(db['table_names_original']) == 24 and len(db['column_names_original']) == 426
        assert db['column_names_original'][0] == [-1, '*'] and len(db['foreign_keys']) >= 107
        con = sqlite3.connect('spider1/database/tpcds/tpcds.sqlite')
        assert con.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] == 24
        for row in dev:
            con.execute(row['query']).fetchall()
        print('ok')
        """)
        #expect(spider.status == 0 && spider.stdout.contains("ok"), "\(spider.stderr)")
        let bird = try runner.python(Self.template + "\n" + """
        import json, sqlite3
        splits = {n: json.load(open('bird1/%s.json' % n)) for n in ['train', 'dev', 'test']}
        rows = sum(splits.values(), [])
        N = sum(1 for l in open('ds/examples.jsonl') if l.strip())
        assert len(rows) == N
        for row in rows:
            assert set(row) == {'question_id', 'db_id', 'question', 'evidence', 'SQL', 'difficulty'}, row.keys()
            assert row['difficulty'] in ('simple', 'moderate', 'challenging')
            assert isinstance(row['evidence'], str)
        assert sorted(r['question_id'] for r in rows) == list(range(N))
        assert any(r['evidence'] for r in rows)
        disjoint({n: [r['SQL'] for r in s] for n, s in splits.items()})
        con = sqlite3.connect('bird1/dev_databases/tpcds/tpcds.sqlite')
        for row in splits['dev']:
            con.execute(row['SQL']).fetchall()
        print('ok')
        """)
        #expect(bird.status == 0 && bird.stdout.contains("ok"), "\(bird.stderr)")
        let hf = try runner.python(Self.template + "\n" + """
        import json
        splits = {n: [json.loads(l) for l in open('hf1/%s.jsonl' % n)] for n in ['train', 'validation', 'test']}
        N = sum(1 for l in open('ds/examples.jsonl') if l.strip())
        assert sum(len(s) for s in splits.values()) == N
        for row in sum(splits.values(), []):
            assert {'id', 'db_id', 'question', 'sql', 'complexity', 'tables'} <= set(row), row.keys()
        disjoint({n: [r['sql'] for r in s] for n, s in splits.items()})
        card = open('hf1/README.md').read()
        assert card.startswith('---\\n')
        header = card.split('---\\n')[1]
        for needle in ['configs:', 'config_name: default', 'dataset_info:', 'features:', 'splits:', 'size_categories:', 'n<1K',
                       'path: train.jsonl', 'path: validation.jsonl', 'path: test.jsonl',
                       'num_examples: %d' % len(splits['validation'])]:
            assert needle in header, needle
        print('ok')
        """)
        #expect(hf.status == 0 && hf.stdout.contains("ok"), "\(hf.stderr)")

        // Other split sizes and seeds change the split; paraphrase rows follow their example.
        let other = try runner.run("export", "ds", "--format", "hf", "--out", "hf3", "--dev-fraction", "0", "--test-fraction", "0.5", "--seed", "7")
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stdout.contains("dev 0, test "), "\(other.stdout)")
    }

    @Test func exportRefusesBadOptionsAndMissingDatabase() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.generateTPCDS("ds").status == 0)
        let fractions = try runner.run("export", "ds", "--format", "hf", "--out", "x", "--dev-fraction", "0.6", "--test-fraction", "0.5")
        #expect(fractions.status == 2)
        #expect(fractions.stderr.contains("--dev-fraction"))
        let format = try runner.run("export", "ds", "--format", "csv", "--out", "x")
        #expect(format.status != 0)
        try FileManager.default.removeItem(atPath: runner.path("ds/database.sqlite"))
        let noDatabase = try runner.run("export", "ds", "--format", "spider", "--out", "x")
        #expect(noDatabase.status == 2)
        #expect(noDatabase.stderr.contains("database.sqlite is missing") && noDatabase.stderr.contains("nl2sqlgen db build"), "\(noDatabase.stderr)")
        // The report and the HF export do not need the database.
        #expect(try runner.run("report", "ds").status == 0)
        #expect(try runner.run("export", "ds", "--format", "hf", "--out", "h").status == 0)
    }
}
