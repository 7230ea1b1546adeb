import Foundation
import Testing
import TestSupport

/// Hidden statements and memory bombs through `validate` (issue 14, items 1 and 3).
@Suite struct ValidateLimitsTests {
    @Test func memoryAndLengthLimitsAndHiddenStatementsAreReported() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run("schema", "synth", "--tables", "4", "--seed", "3", "--out", "s.json").status == 0)
        #expect(try runner.run("db", "build", "--schema", "s.json", "--out", "db.sqlite", "--scale", "0.2").status == 0)
        try runner.write(#"{"validation": {"max_value_bytes": 200000000, "max_query_memory": 16777216}}"#, to: "m.json")
        try runner.write("SELECT length(randomblob(100000000));\nSELECT zeroblob(999999999);\n", to: "q.sql")
        let result = try runner.run("validate", "--schema", "s.json", "--database", "db.sqlite", "--config", "m.json", "q.sql")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#""verdict":"resource_limit""#) == true && lines.first?.contains("validation.max_query_memory") == true, "\(result.stdout)")
        #expect(lines.last?.contains(#""verdict":"resource_limit""#) == true && lines.last?.contains("validation.max_value_bytes") == true, "\(result.stdout)")
        // A statement hidden behind a NUL byte (as an LLM might answer) is refused, not cut short.
        try runner.write("{\"sql\": \"SELECT 1 \\u0000; DROP TABLE item\"}\n", to: "n.jsonl")
        let hidden = try runner.run("validate", "--schema", "s.json", "--database", "db.sqlite", "n.jsonl")
        #expect(hidden.status == 1, "\(hidden.stdout)")
        #expect(hidden.stdout.contains("control character U+0000"), "\(hidden.stdout)")
    }
}
