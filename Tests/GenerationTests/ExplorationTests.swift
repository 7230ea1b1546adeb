import Foundation
import Model
import Testing
@testable import Generation
import Validation
import Planner

@Suite struct ExplorationTests {
    @Test func explore() throws {
        guard ProcessInfo.processInfo.environment["GEN_EXPLORE"] != nil else { return }
        var schema = try GenerationFixture.schema()
        if let tables = Int(ProcessInfo.processInfo.environment["GEN_SYNTH"] ?? "") {
            schema = try SyntheticSchemaGenerator(tableCount: tables, seed: 3).generate()
        }
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        _ = connection
        let coverage = Int(ProcessInfo.processInfo.environment["GEN_COVERAGE"] ?? "1") ?? 1
        let plan = try GenerationFixture.plan(schema: schema, columnCoverage: coverage)
        let categories = GenerationFixture.categories(of: plan)
        var generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        generator.checksDrafts = ProcessInfo.processInfo.environment["GEN_RAW"] == nil
        let attempts = (ProcessInfo.processInfo.environment["GEN_ATTEMPT"] ?? "0").split(separator: ",").compactMap { Int($0) }
        let seed = UInt64(ProcessInfo.processInfo.environment["GEN_SEED"] ?? "42") ?? 42
        var passed = 0, total = 0
        var shapes: [String: Set<String>] = [:]
        let clock = ContinuousClock()
        let start = clock.now
        for attempt in attempts {
        var passedHere = 0
        defer { print("ATTEMPT \(attempt): \(passedHere)/\(plan.slots.count)") }
        for slot in plan.slots {
            total += 1
            guard let draft = generator.draft(slot: slot, category: categories[slot.id] ?? "", attempt: attempt,
                                              seed: seed, validator: validator) else {
                print("NIL \(slot.id)")
                continue
            }
            shapes[slot.complexity.rawValue, default: []].insert(draft.shape)
            let result = validator.validate(draft.sql)
            let read = Set(result.columns.map(\.description))
            let missing = slot.targetColumns.filter { !read.contains($0.description) }
            let ok = result.verdict == .ok && (result.rowCount ?? 0) > 0 && missing.isEmpty
            if ok { passed += 1; passedHere += 1 }
            if ok && ProcessInfo.processInfo.environment["GEN_FAILS"] != nil { continue }
            print("=== \(slot.id) \(slot.complexity.rawValue) \(draft.shape) \(draft.style) ok=\(ok) rows=\(result.rowCount ?? -1) \(result.verdict.rawValue) \(result.message ?? "") missing=\(missing)")
            print(draft.question)
            if ProcessInfo.processInfo.environment["GEN_SQL"] != nil { print(draft.sql) }
        }
        }
        print("PASSED \(passed)/\(total) in \(clock.now - start)")
        for (level, names) in shapes.sorted(by: { $0.key < $1.key }) { print(level, names.count, names.sorted()) }
    }
}
