import Foundation
import Model
import Testing
@testable import Generation
import Validation

@Suite struct DebugTmpTests {
    @Test func debugScope() throws {
        guard ProcessInfo.processInfo.environment["GEN_DEBUG"] != nil else { return }
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        _ = connection
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: ["formal"])
        for slot in plan.slots where slot.id == "b0019-s02" {
            print(slot)
            guard let setting = generator.prepare(slot: slot, attempt: 2, seed: 42, validator: validator) else { print("nil"); continue }
            print("rows", setting.sample.rows.count, "scope", setting.scope, "outer", setting.join.isOuter)
            print(setting.join.fromClause)
            print(setting.targets.map(\.sql), setting.helpers.map(\.sql))
        }
    }
}
