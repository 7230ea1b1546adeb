import Model
@testable import Generation
import SQLite
import Validation

extension GenerationFixture {
    /// The offline drafts of a plan (`columnCoverage` uses of every column) over the test database,
    /// `attempts` per slot; `keep` holds the database open while the validator is used.
    static func drafts(columnCoverage: Int = 2, attempts: Int = 2) throws -> (drafts: [SQLDraft], validator: Validator, keep: Connection) {
        let schema = try schema()
        let (validator, connection) = try validator(schema: schema)
        let plan = try plan(schema: schema, columnCoverage: columnCoverage)
        let generator = OfflineGenerator(schema: schema, styles: styles)
        var drafts: [SQLDraft] = []
        for slot in plan.slots {
            for attempt in 0..<attempts {
                if let draft = generator.draft(slot: slot, category: "", attempt: attempt, seed: seed, validator: validator) {
                    drafts.append(draft)
                }
            }
        }
        return (drafts, validator, connection)
    }
}
