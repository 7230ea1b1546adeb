import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// Shapes and styles vary over a larger plan.
@Suite struct ShapeVarietyTests {
    @Test func everyLevelUsesAtLeastFiveShapes() throws {
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
            #expect(draft.shape.hasPrefix(slot.complexity.rawValue + "."), "\(draft.shape) for \(slot.complexity)")
            shapes[slot.complexity, default: []].insert(draft.shape)
            styles.insert(draft.style)
        }
        for level in ComplexityLevel.allCases {
            #expect(OfflineGenerator.shapeNames(for: level).count >= 5)
            #expect((shapes[level]?.count ?? 0) >= 5, "\(level): \(shapes[level]?.sorted() ?? [])")
        }
        #expect(styles.count == GenerationFixture.styles.count, "\(styles)")
    }
}
