import Foundation
@testable import Generation
import Model
import Testing
import Validation

/// Entity synonyms (docs/schema-format.md, `entity.synonyms`): read from the schema file, used by
/// the offline generator and accepted by the faithfulness check as naming their table.
@Suite struct SynonymTests {
    @Test func theTPCDSSchemaDeclaresSynonymsOfItsFacts() throws {
        let vocabulary = SchemaVocabulary(schema: try GenerationFixture.schema())
        #expect(vocabulary.entity(of: "web_sales").synonyms == ["online sales", "web orders"])
        #expect(vocabulary.entity(of: "date_dim").synonyms.isEmpty)
    }

    @Test func aSynonymNamesItsTable() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let requirements = check.requirements(of: "SELECT SUM(t0.ws_net_paid) AS total FROM web_sales AS t0 WHERE t0.ws_quantity >= 12")
        #expect(check.problem(of: "Total net paid of online sales with quantity at least 12?", requirements) == nil)
        #expect(check.problem(of: "Total of online purchases with quantity at least 12?", requirements)?.failure == .entity)
    }

    @Test func anEmptySynonymIsAnError() throws {
        let json = """
            {"format_version": 1, "name": "s", "tables": [{"name": "t", "kind": "dimension", "primary_key": ["id"],
             "entity": {"singular": "thing", "plural": "things", "synonyms": ["stuff", " "]},
             "columns": [{"name": "id", "type": "integer", "role": "primary_key", "label": "id", "description": "key"}]}],
             "foreign_keys": []}
            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("synonyms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try SchemaLoader.load(path: path)
        } throws: { error in
            "\(error)".contains("$.tables[0].entity.synonyms[1]")
        }
    }

    @Test func theGeneratorCallsSomeAnchorsByASynonym() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        let vocabulary = SchemaVocabulary(schema: schema)
        var bySynonym = 0, byPlural = 0
        for slot in plan.slots where !vocabulary.entity(of: slot.anchor).synonyms.isEmpty {
            guard let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator) else { continue }
            let question = draft.question.lowercased()
            if vocabulary.entity(of: slot.anchor).synonyms.contains(where: question.contains) { bySynonym += 1 } else { byPlural += 1 }
        }
        #expect(bySynonym >= 10 && byPlural >= 10, "\(bySynonym) by a synonym, \(byPlural) by the plural")
    }
}
