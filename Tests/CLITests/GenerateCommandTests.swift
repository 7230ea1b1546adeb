import Foundation
import Testing
import TestSupport

/// The main job as a new user runs it: full coverage measured from the SQL, every SQL executes,
/// no duplicates, no raw identifiers in questions, byte-identical reruns, `run` equals `generate`.
@Suite struct GenerateCommandTests {
    @Test func generateCoversTPCDSAndIsReproducible() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let first = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "a", "--quiet")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("tables 24/24, FK edges 107/107"), "\(first.stdout)")

        let coverage = try JSONSerialization.jsonObject(with: Data(runner.read("a/coverage.json").utf8)) as? [String: Any] ?? [:]
        let columns = coverage["columns"] as? [String: Int] ?? [:]
        #expect(columns.count == 425)
        // Allowed visible uses only; the default run still misses a few columns (README, known limits).
        #expect(columns.values.filter { $0 > 0 }.count >= 415, "unused: \(columns.filter { $0.value == 0 }.keys.sorted())")
        #expect((coverage["edges"] as? [String: Int] ?? [:]).values.allSatisfy { $0 > 0 })

        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixtures.tpcdsSchema))) as? [String: Any] ?? [:]
        var identifiers: Set<String> = []
        for table in schema["tables"] as? [[String: Any]] ?? [] {
            identifiers.insert(table["name"] as? String ?? "")
            for column in table["columns"] as? [[String: Any]] ?? [] { identifiers.insert(column["name"] as? String ?? "") }
        }
        let plan = try JSONSerialization.jsonObject(with: Data(runner.read("a/plan.json").utf8)) as? [String: Any] ?? [:]
        var plannedLevels: [String: Int] = [:]
        for batch in plan["batches"] as? [[String: Any]] ?? [] {
            for slot in batch["slots"] as? [[String: Any]] ?? [] { plannedLevels[slot["complexity"] as? String ?? "", default: 0] += 1 }
        }
        var sqls: Set<String> = []
        var questions: Set<String> = []
        var levels: [String: Int] = [:]
        var withRows = 0
        let lines = try runner.read("a/examples.jsonl").split(separator: "\n")
        for line in lines {
            let example = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let question = example["question"] as? String ?? ""
            let words = Set(question.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init))
            #expect(words.isDisjoint(with: identifiers.filter { $0.contains("_") }), "\(question)")
            #expect(sqls.insert(example["sql"] as? String ?? "").inserted)
            #expect(questions.insert(question.lowercased()).inserted)
            levels[example["complexity"] as? String ?? "", default: 0] += 1
            if ((example["result"] as? [String: Any])?["rows"] as? Int ?? 0) > 0 { withRows += 1 }
        }
        #expect(Double(lines.count) >= 0.97 * Double(plannedLevels.values.reduce(0, +)))
        #expect(levels.allSatisfy { $0.value <= plannedLevels[$0.key] ?? 0 }, "\(levels) vs \(plannedLevels)")
        #expect(Double(withRows) >= 0.95 * Double(lines.count))

        // Every emitted SQL executes in the sandbox.
        try runner.write(lines.joined(separator: "\n") + "\n", to: "all.jsonl")
        let validated = try runner.run("validate", "--schema", Fixtures.tpcdsSchema, "--database", "a/database.sqlite", "all.jsonl")
        #expect(validated.status == 0, "\(validated.stderr)")

        // What the dataset asks (issue 22; README, "What the dataset asks"): report.json's quality
        // section, re-measured from every SQL. The issue's "0" figures are 0, fact questions state a
        // period, at least 16 families above 2%; templates and bigrams hold the levels reached (885 templates
        // per 1,000 measured on this run, seed 42, after details filter by one value and trade places in the
        // plan, 904 before; the issue's target 450; bigrams 0.465, the target 0.45).
        let report = try JSONSerialization.jsonObject(with: Data(runner.read("a/report.json").utf8)) as? [String: Any] ?? [:]
        let quality = report["quality"] as? [String: Any] ?? [:]
        func figure(_ key: String) -> Double { (quality[key] as? NSNumber)?.doubleValue ?? -1 }
        #expect(figure("families_above_2_percent") >= 16, "\(figure("families_above_2_percent"))")
        #expect(figure("fact_period_share") >= 0.6)
        #expect(figure("sql_templates_per_1000_examples") >= 875)
        #expect(figure("distinct_bigrams_per_5000_tokens") >= 0.45)
        for zero in ["examples_grouped_by_detail", "examples_aggregating_dimension_attribute", "snapshot_sums_over_dates", "top_n_without_entity",
                     "contradicting_aggregate_aliases", "order_flip_negatives_without_ranking", "join_key_negatives_unrelated",
                     "examples_with_unused_join", "examples_with_fan_trap", "examples_with_typed_use_violation"] {
            #expect(figure(zero) == 0, "\(zero): \(figure(zero))")
        }

        // A second run and a run of the saved plan give the same bytes.
        #expect(try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "b", "--quiet").status == 0)
        #expect(try runner.run("run", "--plan", "a/plan.json", "--out", "c", "--quiet").status == 0)
        for file in ["examples.jsonl", "examples.csv", "coverage.json", "rejections.jsonl", "pairs.jsonl", "manifest.json", "plan.json", "database.sqlite", "report.json", "report.html"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: runner.path("a/\(file)")))
            #expect(a == (try Data(contentsOf: URL(fileURLWithPath: runner.path("b/\(file)")))), "\(file) differs between runs")
            #expect(a == (try Data(contentsOf: URL(fileURLWithPath: runner.path("c/\(file)")))), "\(file) differs for run --plan")
        }
        // The same job again finds its run complete; another seed is refused, nothing is replaced.
        let again = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "a", "--quiet")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("is complete"))
        let other = try runner.run("generate", "--schema", Fixtures.tpcdsSchema, "--out", "a", "--seed", "7", "--quiet")
        #expect(other.status == 2)
        #expect(other.stderr.contains("seed 42 vs 7"), "\(other.stderr)")
    }
}
