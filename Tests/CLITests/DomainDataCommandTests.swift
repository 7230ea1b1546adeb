import Foundation
import Testing
import TestSupport

/// `generate` on an e-commerce schema with domain-looking synthetic data (issue 23) runs end to
/// end: every column covered, the questions quote the domain's values.
@Suite struct DomainDataCommandTests {
    @Test func generateOnAnEcommerceSchemaCoversEveryColumn() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let ddl = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/ddl/ecommerce.sql").path
        let imported = try runner.run("schema", "import", "--ddl", ddl, "--out", "shop.json")
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let run = try runner.run("generate", "--schema", "shop.json", "--out", "d", "--quiet")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let coverage = try JSONSerialization.jsonObject(with: Data(runner.read("d/coverage.json").utf8)) as? [String: Any] ?? [:]
        let columns = coverage["columns"] as? [String: Int] ?? [:]
        #expect(columns.count == 81 && columns.values.allSatisfy { $0 > 0 }, "uncovered: \(columns.filter { $0.value == 0 }.keys.sorted())")
        let examples = try runner.read("d/examples.jsonl")
        // Before domain values, 26 syllable names ("ableoughtation") were quoted in this dataset.
        let syllables = try NSRegularExpression(pattern: "\\b(bar|ought|able|pri|ese|anti|cally|ation|eing)(bar|ought|able|pri|ese|anti|cally|ation|eing)+\\b")
        let quoted = syllables.numberOfMatches(in: examples, range: NSRange(examples.startIndex..., in: examples))
        #expect(quoted == 0, "\(quoted) made-up syllable names in the examples")
    }
}
