import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// Drafts for every slot of a real TPC-DS plan, validated against the synthetic database.
@Suite struct PlanDraftTests {
    /// Whether `draft` validates ok with rows and reads every target column of `slot`.
    static func passes(_ draft: SQLDraft?, slot: Slot, validator: Validator) -> Bool {
        guard let draft else { return false }
        let result = validator.validate(draft.sql, minRows: 1)
        let read = Set(result.columns.map { $0.description.lowercased() })
        return result.verdict == .ok && (result.rowCount ?? 0) > 0
            && slot.targetColumns.allSatisfy { read.contains($0.description.lowercased()) }
    }

    @Test func draftsValidateForEverySlot() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema)
        let categories = GenerationFixture.categories(of: plan)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        var firstTry = 0, withinThree = 0
        var failures: [String] = []
        for slot in plan.slots {
            var passed = false
            for attempt in 0..<3 where !passed {
                let draft = generator.draft(slot: slot, category: categories[slot.id] ?? "", attempt: attempt,
                                            seed: GenerationFixture.seed, validator: validator)
                passed = Self.passes(draft, slot: slot, validator: validator)
                if passed, attempt == 0 { firstTry += 1 }
                if !passed, attempt == 0 { failures.append("\(slot.id): \(draft?.shape ?? "nil")") }
            }
            if passed { withinThree += 1 }
        }
        let total = plan.slots.count
        #expect(total > 0)
        #expect(Double(firstTry) >= 0.9 * Double(total), "attempt 0 passed \(firstTry)/\(total): \(failures)")
        #expect(Double(withinThree) >= 0.97 * Double(total), "3 attempts passed \(withinThree)/\(total)")
    }

    @Test func questionsNameNoIdentifiers() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        // Identifiers with an underscore (every column and most tables); one-word table names such
        // as "store" or "item" are ordinary English words that the descriptions use.
        var identifiers = Set(schema.tables.flatMap { [$0.name] + $0.columns.map(\.name) }.map { $0.lowercased() })
        identifiers = identifiers.filter { $0.contains("_") }
        for slot in plan.slots {
            for attempt in 0..<2 {
                guard let draft = generator.draft(slot: slot, category: "", attempt: attempt, seed: GenerationFixture.seed,
                                                  validator: validator) else { continue }
                let words = Set(draft.question.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
                    .map(String.init))
                let leaked = identifiers.intersection(words)
                #expect(leaked.isEmpty, "\(slot.id) attempt \(attempt): \(leaked) in \(draft.question)")
                #expect(GenerationFixture.styles.contains(draft.style))
                #expect(!draft.sql.hasSuffix(";"))
                #expect(validator.analyze(draft.sql).starOnlyColumns.isEmpty, "\(draft.sql)")
                #expect(!draft.sql.contains(".*") && !draft.sql.contains("SELECT *"), "\(draft.sql)")
            }
        }
    }
}
