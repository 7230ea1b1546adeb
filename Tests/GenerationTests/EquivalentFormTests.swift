import Model
import Testing
@testable import Generation
import Validation

/// The SQL forms of one query (docs/analysis-families.md, "SQL forms") return the same rows.
@Suite struct EquivalentFormTests {
    @Test func semiJoinsAndWindowsReturnTheRowsOfTheJoinedForm() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        let vocabulary = SchemaVocabulary(schema: schema)
        let semantic = SemanticModel(schema: schema)
        var forms: [String: Int] = [:]
        for slot in plan.slots {
            guard let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator),
                  !draft.sql.contains("(SELECT"),
                  let frame = SlotFrame.build(slot: slot, schema: schema, vocabulary: vocabulary, semantic: semantic) else { continue }
            let joined = validator.validate(draft.sql)
            guard joined.verdict == .ok else { continue }
            for stream in 0..<4 {
                var rng = SeededRandom(seed: 1, stream: "forms|\(slot.id)|\(stream)")
                let rewritten = EquivalentForm.rewrite(draft.sql, frame: frame, level: slot.complexity, rng: &rng)
                guard rewritten != draft.sql else { continue }
                for form in [" IN (SELECT ", "EXISTS (SELECT 1 ", " >= '"] where rewritten.contains(form) { forms[form, default: 0] += 1 }
                let result = validator.validate(rewritten)
                #expect(result.verdict == .ok, "\(rewritten)")
                #expect(result.fingerprint == joined.fingerprint, "different rows:\n\(draft.sql)\n---\n\(rewritten)")
                // The structure still joins every edge of the slot.
                let edges = try SQLStructure.analyze(rewritten, schema: schema).joinedEdges(schema: schema)
                #expect(Set(slot.joinEdges).isSubset(of: Set(edges)), "\(rewritten)")
            }
        }
        #expect(forms[" IN (SELECT ", default: 0] >= 10 && forms["EXISTS (SELECT 1 ", default: 0] >= 10 && forms[" >= '", default: 0] >= 1,
                "\(forms)")
    }

    @Test func conjunctsKeepBetweenWhole() throws {
        #expect(EquivalentForm.conjuncts("t1.d_date BETWEEN '2001-01-01' AND '2001-02-01' AND t2.s_state = 'A AND B'")
                == ["t1.d_date BETWEEN '2001-01-01' AND '2001-02-01'", "t2.s_state = 'A AND B'"])
        #expect(EquivalentForm.conjuncts("(t1.x = 1") == nil)
        #expect(EquivalentForm.comparisons(ofWindow: "t1.d_date BETWEEN '2001-01-01' AND '2001-02-01'")
                == "t1.d_date >= '2001-01-01' AND t1.d_date <= '2001-02-01'")
        #expect(EquivalentForm.comparisons(ofWindow: "t1.t_hour BETWEEN 19 AND 22") == "t1.t_hour BETWEEN 19 AND 22")
        #expect(EquivalentForm.aliases(in: "t1.x = 't2.y' AND t12.z = 3") == ["t1", "t12"])
    }
}
