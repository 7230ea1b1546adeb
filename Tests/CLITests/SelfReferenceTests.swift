import Foundation
import Testing
import TestSupport

/// A self-referencing foreign key (a hierarchy: categories and their parent, employees and their
/// manager) plans and generates end to end (issue 24): the key joins two roles of one table.
@Suite struct SelfReferenceTests {
    static let ddl = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/shop.sql").path

    @Test func aShopSchemaWithHierarchiesRunsEndToEnd() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let imported = try runner.run("schema", "import", "--ddl", Self.ddl, "--out", "shop.json")
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        // 9 tables without descriptions: one warning line per kind, not one per column.
        #expect(imported.stdout.contains("× missing description of column"), "\(imported.stdout)")
        #expect(imported.stdout.split(separator: "\n").filter { $0.contains("missing description of column") }.count == 1)
        try runner.write(#"{"database": {"scale": 0.2}, "planner": {"time_limit_seconds": 20}}"#, to: "c.json")
        let planned = try runner.run("plan", "--schema", "shop.json", "--config", "c.json", "--out", "p.json")
        #expect(planned.status == 0, "\(planned.stderr)")
        let run = try runner.run("run", "--plan", "p.json", "--out", "d", "--quiet")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let coverage = try JSONSerialization.jsonObject(with: Data(runner.read("d/coverage.json").utf8)) as? [String: Any] ?? [:]
        let edges = coverage["edges"] as? [String: Int] ?? [:]
        for key in ["categories(parent_category_id)->categories(id)", "employees(manager_id)->employees(id)"] {
            #expect((edges[key] ?? 0) > 0, "\(key) not joined: \(edges)")
        }
        let examples = try runner.read("d/examples.jsonl")
        #expect(examples.contains("parent"), "the self-join's role is named")
    }
}
