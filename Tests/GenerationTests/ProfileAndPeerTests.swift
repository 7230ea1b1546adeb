import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// Entity profile lookups show an entity's details; peers share a dimension, never a calendar part
/// (docs/analysis-families.md).
@Suite struct ProfileAndPeerTests {
    @Test func detailTargetsOfALoneDimensionAreShownAsItsProfile() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let generator = OfflineGenerator(schema: schema, styles: ["formal"])
        let semantic = SemanticModel(schema: schema)
        let details = [ColumnRef(table: "store", column: "s_street_name"), ColumnRef(table: "store", column: "s_manager")]
        #expect(details.allSatisfy { semantic.role(of: $0) == .detail })
        let targets = details.map { SlotTarget(column: $0, use: .filter) }
        let shape = AnalysisFamily.SlotShape(anchor: "store", tables: ["store"], joinEdges: [], targets: targets)
        #expect(AnalysisFamily.profile.fits(shape, schema: schema, semantic: semantic))
        var profiles = 0
        for index in 0..<6 {
            let slot = Slot(id: "b0001-s\(index)", complexity: .simple, anchor: "store", tables: ["store"], targets: targets,
                            joinEdges: [], family: .profile)
            let draft = try #require(generator.draft(slot: slot, category: "stores", attempt: 0, seed: UInt64(index), validator: validator))
            let result = validator.validate(draft.sql)
            #expect(result.verdict == .ok && (result.rowCount ?? 0) > 0, "\(draft.sql)")
            let meaning = try #require(ExampleMeaning.measure(draft.sql, schema: schema))
            #expect(AnalyticIntent.of(draft.sql, meaning: meaning, schema: schema) == .profile, "\(draft.sql)")
            // Details are shown, never filtered by a prefix; the store is named by its value.
            #expect(!draft.sql.contains("LIKE") && draft.sql.contains("s_manager") && draft.sql.contains("s_street_name"), "\(draft.sql)")
            #expect(meaning.uses.filter { $0.clause == "filter" }.allSatisfy { semantic.role(of: $0.column) != .detail }, "\(draft.sql)")
            // The store is a versioned dimension: its current version.
            #expect(draft.sql.contains("s_rec_end_date IS NULL") == draft.question.contains("current"), "\(draft.question)\n\(draft.sql)")
            #expect(LiteralCheck.unstated(sql: draft.sql, question: draft.question).isEmpty, "\(draft.question)")
            profiles += 1
        }
        #expect(profiles == 6)
    }

    @Test func peersShareADimension() throws {
        let (schema, drafts, _) = try AnalysisFamilyTests.measured()
        let semantic = SemanticModel(schema: schema)
        let peers = drafts.filter { $0.intent == .peerComparison }
        #expect(!peers.isEmpty)
        for draft in peers {
            // The CTE's first grouping is the peer group: a dimension.
            let grouped = draft.meaning.uses.filter { $0.clause == "group" }
            #expect(grouped.first.map { semantic.role(of: $0.column) == .dimension } == true, "\(draft.sql)")
            #expect(!grouped.contains { semantic.role(of: $0.column) == .timeGrain }, "\(draft.sql)")
        }
    }
}
