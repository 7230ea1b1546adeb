import Foundation
import Testing
import TestSupport

/// `generate` writes report.json and report.html; the page renders in headless Chromium with every
/// figure; paraphrase, negative and LLM fields are shown when present.
@Suite struct ReportCommandTests {
    static let sections = ["summary", "coverage", "complexity", "constructs", "validity", "diversity", "negatives", "llm", "review"]
    static let figures = ["coverage-summary", "coverage-chart", "coverage-heatmap", "edge-coverage", "complexity-chart", "complexity-table",
                          "hardness-chart", "constructs-chart", "constructs-table", "styles-chart", "categories-chart", "analysis-figures"]

    @Test func tpcdsReportRendersInHeadlessChromium() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let generated = try runner.generateTPCDS("ds")
        #expect(generated.status == 0, "\(generated.stderr)")
        let report = try runner.json("ds/report.json")
        let coverage = report["coverage"] as? [String: Any] ?? [:]
        let columns = coverage["columns"] as? [String: Int] ?? [:]
        #expect(columns["planned"] == 425 && columns["total"] == 425)
        // Allowed visible uses only (docs/typed-uses.md); the default run misses a few (README).
        #expect((columns["measured"] ?? 0) >= 415, "\(columns)")
        #expect((coverage["edges"] as? [String: Int])?["measured"] == 107)
        #expect((coverage["heatmap"] as? [Any])?.count == 24)
        let diversity = report["diversity"] as? [String: Any] ?? [:]
        let examples = try runner.read("ds/examples.jsonl").split(separator: "\n").count
        #expect(diversity["distinct_templates"] as? Int == examples)
        #expect(diversity["ngram_n"] as? Int == 3)
        #expect(((diversity["distinct_ngram_ratio"] as? Double) ?? 0) > 0.3)
        #expect(report["llm"] == nil)

        // `report` again gives the same bytes: the run reports from its dataset in memory, `report` reads it back.
        let before = try runner.data("ds/report.html")
        let beforeJSON = try runner.data("ds/report.json")
        let again = try runner.run("report", "ds")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("columns 425/425"))
        #expect(try runner.data("ds/report.html") == before)
        #expect(try runner.data("ds/report.json") == beforeJSON)

        let html = String(decoding: before, as: UTF8.self)
        #expect(!html.contains("<script"), "the page must need no script")
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "the page must need no network")

        // The real browser: DOM and screenshot.
        let url = "file://" + runner.path("ds/report.html")
        let dom = try runner.runProgram("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url])
        #expect(dom.status == 0, "chromium failed (install it with apt-get install chromium): \(dom.stderr)")
        for id in Self.sections + Self.figures {
            #expect(dom.stdout.contains("id=\"\(id)\""), "the rendered page lacks #\(id)")
        }
        #expect(dom.stdout.contains("<svg"))
        #expect(!dom.stdout.contains("ERR_") && !dom.stderr.contains("Uncaught"), "the browser shows an error")
        let shot = runner.path("shot.png")
        let screenshot = try runner.runProgram("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                            "--window-size=1280,2400", "--screenshot=\(shot)", url])
        #expect(screenshot.status == 0, "\(screenshot.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A blank 1280×2400 page compresses to a few KB; the charts and tables make it far larger.
        #expect(png.count > 100_000, "the screenshot looks blank (\(png.count) bytes)")
    }

    @Test func reportShowsParaphrasesNegativesAndLLMUsage() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.generateTPCDS("ds").status == 0)
        // The run wrote paraphrases and negatives; add the LLM usage an LLM run records.
        let augment = try runner.python("""
        import json
        m = json.load(open('ds/manifest.json'))
        m['llm'] = {'base_url': 'http://127.0.0.1:9/v1', 'model': 'gpt-test', 'mode': 'llm', 'prompt_sha256': '0' * 64,
                    'prompt_tokens': 1234, 'completion_tokens': 567, 'cost': 0.0421,
                    'requests': 19, 'retries': 2, 'cache_hits': 3, 'failures': 0, 'repairs': 4}
        json.dump(m, open('ds/manifest.json', 'w'), sort_keys=True)
        """)
        #expect(augment.status == 0, "\(augment.stderr)")
        let counts = try runner.json("ds/manifest.json")["counts"] as? [String: Int] ?? [:]
        #expect((counts["paraphrases"] ?? 0) > 0 && (counts["negatives"] ?? 0) > 0)
        let result = try runner.run("report", "ds")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try runner.json("ds/report.json")
        let diversity = report["diversity"] as? [String: Any] ?? [:]
        #expect(diversity["paraphrases"] as? Int == counts["paraphrases"])
        #expect((diversity["paraphrase_distance_mean"] as? Double ?? 0) >= 0.2)
        let negatives = report["negatives"] as? [String: Any] ?? [:]
        #expect(negatives["total"] as? Int == counts["negatives"])
        #expect(negatives["verified"] as? Int == counts["negatives"])
        #expect(negatives["dropped_same_result"] as? Int == counts["negatives_refused_same_result"])
        #expect(negatives["nl_negatives"] as? Int == counts["nl_negatives"])
        let kinds = counts.filter { $0.key.hasPrefix("negatives_") && !$0.key.hasPrefix("negatives_refused") && $0.key != "negatives_hard" && $0.value > 0 }
            .map { String($0.key.dropFirst("negatives_".count)) }.sorted()
        #expect((negatives["by_kind"] as? [[String: Any]])?.map { $0["kind"] as? String ?? "" } == kinds)
        let llm = report["llm"] as? [String: Any] ?? [:]
        #expect(llm["prompt_tokens"] as? Int == 1234)
        #expect(llm["model"] as? String == "gpt-test")
        let html = try runner.read("ds/report.html")
        #expect(html.contains("id=\"negatives-chart\"") && html.contains("id=\"negatives-table\""))
        #expect(html.contains("gpt-test") && html.contains("$0.0421") && html.contains("1234"))
        #expect(html.contains("paraphrase distance mean"))
    }

    @Test func reportRefusesAMissingOrBrokenDataset() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let missing = try runner.run("report", "nothing-here")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nothing-here is not a dataset directory"))
        #expect(try runner.generateTPCDS("ds").status == 0)
        var lines = try runner.read("ds/examples.jsonl").split(separator: "\n").map(String.init)
        lines[2] = "{\"id\": 3"
        try runner.write(lines.joined(separator: "\n") + "\n", to: "ds/examples.jsonl")
        let broken = try runner.run("report", "ds")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("examples.jsonl line 3"), "\(broken.stderr)")
    }
}
