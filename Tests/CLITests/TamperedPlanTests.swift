import Foundation
import Testing
import TestSupport

/// A plan file is checked fully when it is loaded, each problem with file and JSON path (issue 14, item 11).
@Suite struct TamperedPlanTests {
    @Test func tamperedPlanIsRefusedWithPaths() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ResumableFinishTests.prepare(runner)
        let tamper = try runner.python("""
            import json
            p = json.load(open('p.json'))
            b = p['batches'][0]
            b['slots'][1]['id'] = b['slots'][0]['id']
            b['slots'][0]['targets'].append({'column': b['slots'][0]['tables'][0] + '.no_such_column', 'use': 'filter'})
            p['batches'][1]['slots'][0]['join_edges'] = ['nowhere(x)->elsewhere(y)']
            p['config']['planner']['column_coverage'] = -1
            json.dump(p, open('t.json', 'w'), indent=1)
            """)
        #expect(tamper.status == 0, "\(tamper.stderr)")
        let result = try runner.run("run", "--plan", "t.json", "--out", "d")
        #expect(result.status == 2, "\(result.stderr)")
        let stderr = result.stderr
        #expect(stderr.contains("t.json"))
        #expect(stderr.contains("$.batches[0].slots[1].id: duplicate slot id"), "\(stderr)")
        #expect(stderr.contains("$.batches[0].slots[0]: ") && stderr.contains("unknown column"), "\(stderr)")
        #expect(stderr.contains("$.batches[1].slots[0]: ") && stderr.contains("unknown edge nowhere(x)->elsewhere(y)"), "\(stderr)")
        #expect(stderr.contains("$.config.planner.column_coverage"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("d")))
        // The untouched plan still runs.
        #expect(try runner.run("run", "--plan", "p.json", "--out", "ok", "--quiet").status == 0)
    }
}
