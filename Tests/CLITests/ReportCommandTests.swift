import Foundation
import Testing
import TestSupport

/// `generate` writes report.json and report.html; the page renders in headless Chromium with every
/// figure; paraphrase, negative and LLM fields are shown when present.
@Suite struct ReportCommandTests {
    static let sections = ["summary", "coverage", "complexity", "constructs", "validity", "diversity", "negatives", "llm", "review"]
    static let figures = ["coverage-summary", "coverage-chart", "coverage-heatmap", "edge-coverage", "complexity-chart", "complexity-table",
                          "hardness-chart", "constructs-chart", "constructs-table", "styles-chart", "categories-chart"]

    @Test func tpcdsReportRendersInHeadlessChromium() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let generated = try runner.generateTPCDS("ds")
        #expect(generated.status == 0, "\(generated.stderr)")
        let report = try runner.json("ds/report.json")
        let coverage = report["coverage"] as? [String: Any] ?? [:]
        #expect((coverage["columns"] as? [String: Int]) == ["planned": 425, "measured": 425, "total": 425])
        #expect((coverage["edges"] as? [String: Int])?["measured"] == 107)
        #expect((coverage["heatmap"] as? [Any])?.count == 24)
        let diversity = report["diversity"] as? [String: Any] ?? [:]
        #expect(diversity["distinct_templates"] as? Int == 74)
        #expect(diversity["ngram_n"] as? Int == 3)
        #expect(((diversity["distinct_ngram_ratio"] as? Double) ?? 0) > 0.3)
        #expect(report["llm"] == nil)

        // `report` again gives the same bytes.
        let before = try runner.data("ds/report.html")
        let again = try runner.run("report", "ds")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("columns 425/425"))
        #expect(try runner.data("ds/report.html") == before)

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
        // Add the optional fields the way later runs write them.
        let augment = try runner.python("""
        import json
        lines = [json.loads(l) for l in open('ds/examples.jsonl')]
        for i, e in enumerate(lines):
            e['paraphrases'] = [{'text': 'Tell me: ' + e['question'], 'style': 'colloquial', 'distance': 0.25, 'source': 'offline'}]
            e['negatives'] = [{'sql': e['sql'] + ' LIMIT 0', 'kind': 'wrong_limit' if i % 2 else 'dropped_filter', 'hard': i % 3 == 0,
                               'edits': 1, 'fingerprint': 'f' * 64, 'rows': 0},
                              {'sql': e['sql'], 'kind': 'wrong_column', 'hard': False, 'edits': 1,
                               'fingerprint': e['result']['fingerprint'], 'rows': 1}]
            e['nl_negatives'] = [{'question': 'other', 'example_id': 'x'}]
        open('ds/examples.jsonl', 'w').write(''.join(json.dumps(e, sort_keys=True) + '\\n' for e in lines))
        m = json.load(open('ds/manifest.json'))
        m['llm'] = {'model': 'gpt-test', 'prompt_tokens': 1234, 'completion_tokens': 567, 'cost': 0.0421,
                    'requests': 19, 'retries': 2, 'cache_hits': 3}
        m['counts']['negatives_dropped_same_result'] = 5
        json.dump(m, open('ds/manifest.json', 'w'), sort_keys=True)
        """)
        #expect(augment.status == 0, "\(augment.stderr)")
        let result = try runner.run("report", "ds")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try runner.json("ds/report.json")
        let diversity = report["diversity"] as? [String: Any] ?? [:]
        #expect(diversity["paraphrases"] as? Int == 74)
        #expect(diversity["paraphrase_distance_mean"] as? Double == 0.25)
        let negatives = report["negatives"] as? [String: Any] ?? [:]
        #expect(negatives["total"] as? Int == 148)
        #expect(negatives["verified"] as? Int == 74)
        #expect(negatives["dropped_same_result"] as? Int == 5)
        #expect(negatives["nl_negatives"] as? Int == 74)
        #expect((negatives["by_kind"] as? [[String: Any]])?.map { $0["kind"] as? String ?? "" } == ["dropped_filter", "wrong_column", "wrong_limit"])
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
