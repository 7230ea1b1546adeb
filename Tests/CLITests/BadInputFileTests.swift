import Foundation
import Testing
import TestSupport

/// Broken input files get a clear message with file and JSON path, exit 2 (issue 14, item 14).
@Suite struct BadInputFileTests {
    @Test func negativeCoverageCountsNameTheFileAndPath() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ResumableFinishTests.prepare(runner)
        #expect(try runner.run("run", "--plan", "p.json", "--out", "d", "--quiet").status == 0)
        let edit = try runner.python("""
            import json
            c = json.load(open('d/coverage.json'))
            name = sorted(c['columns'])[0]
            c['columns'][name] = -5
            json.dump(c, open('bad.json', 'w'))
            print(name)
            """)
        #expect(edit.status == 0, "\(edit.stderr)")
        let name = edit.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try runner.run("replan", "--plan", "p.json", "--coverage", "bad.json", "--schema", "s.json", "--out", "g.json")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("bad.json") && result.stderr.contains("$.columns[\"\(name)\"]: count -5 is negative"), "\(result.stderr)")
        #expect(!result.stderr.contains("internal error"))
    }

    @Test func controlCharacterAndInvalidUTF8InASchemaAreRefused() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let schema = #"{"format_version": 1, "name": "s", "tables": [{"name": "NAME", "kind": "dimension", "subject_area": "a", "description": "d", "primary_key": [], "columns": [{"name": "c", "type": "integer", "description": "d"}]}], "foreign_keys": []}"#
        try runner.write(schema.replacingOccurrences(of: "NAME", with: #"a\u0000b"#), to: "nul.json")
        let nul = try runner.run("schema", "check", "nul.json")
        #expect(nul.status == 2)
        #expect(nul.stderr.contains("nul.json") && nul.stderr.contains("$.tables[0].name"), "\(nul.stderr)")
        var bytes = Array(schema.replacingOccurrences(of: "NAME", with: "tX").utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0xC3
        try Data(bytes).write(to: URL(fileURLWithPath: runner.path("latin1.json")))
        let latin = try runner.run("schema", "check", "latin1.json")
        #expect(latin.status == 2)
        #expect(latin.stderr.contains("latin1.json") && latin.stderr.contains("invalid UTF-8"), "\(latin.stderr)")
    }
}
