import Foundation
import Model
import Planner
import SQLite
import Testing
@testable import Generation
import Validation

/// The generator is not tied to TPC-DS: drafts for a synthetic star/snowflake schema validate too.
@Suite struct SyntheticSchemaTests {
    @Test func draftsValidateOnASyntheticSchema() throws {
        let schema = try SyntheticSchemaGenerator(tableCount: 40, seed: 11).generate()
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: GenerationFixture.seed).build(into: connection)
        let validator = try Validator(sandboxing: connection, schema: schema)
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        let identifiers = Set(schema.tables.flatMap { [$0.name] + $0.columns.map(\.name) }.map { $0.lowercased() })
            .filter { $0.contains("_") }
        var passed = 0
        for slot in plan.slots {
            let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator)
            if PlanDraftTests.passes(draft, slot: slot, validator: validator) { passed += 1 }
            if let draft {
                let words = Set(draft.question.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
                    .map(String.init))
                #expect(identifiers.intersection(words).isEmpty, "\(draft.question)")
            }
        }
        #expect(plan.slots.count > 0)
        #expect(Double(passed) >= 0.9 * Double(plan.slots.count), "passed \(passed)/\(plan.slots.count)")
    }
}
