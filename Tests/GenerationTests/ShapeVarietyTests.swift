import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// Recipes and styles vary over a larger plan.
@Suite struct ShapeVarietyTests {
    @Test func everyLevelUsesItsRecipes() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema, columnCoverage: 3)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        var shapes: [ComplexityLevel: Set<String>] = [:]
        var styles: Set<String> = []
        for slot in plan.slots {
            guard let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed,
                                              validator: validator) else { continue }
            shapes[slot.complexity, default: []].insert(draft.shape)
            styles.insert(draft.style)
        }
        // Recipes of a lone dimension's activity are tested on their own slots (AnalysisFamilyTests).
        let loneDimension: Set<String> = ["complex.without_activity", "highly_complex.cross_channel"]
        for level in ComplexityLevel.allCases {
            let own = (shapes[level] ?? []).filter { $0.hasPrefix(level.rawValue + ".") }
            // Each level's recipes occur (moderate writes trends too).
            let expected = OfflineGenerator.shapeNames(for: level).filter { !loneDimension.contains($0) }
            #expect(Set(expected).isSubset(of: own), "\(level): \(shapes[level]?.sorted() ?? [])")
        }
        #expect(styles.count == GenerationFixture.styles.count, "\(styles)")
    }
}
