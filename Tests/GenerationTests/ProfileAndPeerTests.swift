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

/// A slot's planned family is answered by its own recipe where its tables allow it (issue 22:
/// families fell back to other recipes): the growth of a total without a planned grouping, peers
/// of a dimension with its members, listings that keep their first rows, and both SQL shapes of
/// rollup, channel comparison and peer comparison.
@Suite struct PlannedFamilyTests {
    struct Planned: Sendable, CustomStringConvertible {
        var family: AnalysisFamily
        var anchor: String
        var tables: [String]
        var edges: [String]
        var targets: [SlotTarget]
        var description: String { "\(family.rawValue) on \(tables.joined(separator: "+"))" }
    }

    static let cases: [Planned] = [
        Planned(family: .growth, anchor: "web_sales", tables: ["promotion", "web_sales"], edges: ["web_sales(ws_promo_sk)->promotion(p_promo_sk)"],
                targets: [SlotTarget(column: ColumnRef(table: "promotion", column: "p_response_target"), use: .filter)]),
        Planned(family: .peerComparison, anchor: "store_sales", tables: ["item", "store_sales"], edges: ["store_sales(ss_item_sk)->item(i_item_sk)"],
                targets: [SlotTarget(column: ColumnRef(table: "store_sales", column: "ss_net_paid"), use: .aggregate)]),
        Planned(family: .rollup, anchor: "store_sales", tables: ["item", "store_sales"], edges: ["store_sales(ss_item_sk)->item(i_item_sk)"],
                targets: [SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)]),
        Planned(family: .channelComparison, anchor: "store_sales", tables: ["item", "store_sales"], edges: ["store_sales(ss_item_sk)->item(i_item_sk)"],
                targets: [SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)]),
    ]

    /// Drafts of `planned` for seeds 0..<count that validate with rows, with their measured intent.
    static func drafts(_ planned: Planned, count: Int) throws -> [(sql: String, question: String, intent: AnalyticIntent)] {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let generator = OfflineGenerator(schema: schema, styles: ["formal"])
        var drafts: [(sql: String, question: String, intent: AnalyticIntent)] = []
        for seed in 0..<count {
            let slot = Slot(id: "b0001-s\(seed)", complexity: planned.family.level, anchor: planned.anchor, tables: planned.tables,
                            targets: planned.targets, joinEdges: planned.edges, family: planned.family)
            for attempt in 0..<2 {
                guard let draft = generator.draft(slot: slot, category: "", attempt: attempt, seed: UInt64(seed), validator: validator) else { continue }
                let result = validator.validate(draft.sql)
                guard result.verdict == .ok, (result.rowCount ?? 0) > 0, let meaning = ExampleMeaning.measure(draft.sql, schema: schema) else { continue }
                #expect(meaning.isClean, "\(draft.sql)")
                #expect(LiteralCheck.unstated(sql: draft.sql, question: draft.question).isEmpty, "\(draft.question)\n\(draft.sql)")
                drafts.append((draft.sql, draft.question, AnalyticIntent.of(draft.sql, meaning: meaning, schema: schema)))
                break
            }
        }
        return drafts
    }

    @Test(arguments: cases)
    func thePlannedFamilyAnswersItsSlot(_ planned: Planned) throws {
        let drafts = try Self.drafts(planned, count: 8)
        let answered = drafts.filter { $0.intent.rawValue == planned.family.rawValue }
        #expect(answered.count >= 6, "\(planned): \(drafts.map(\.intent.rawValue))")
        let schema = try GenerationFixture.schema()
        let semantic = SemanticModel(schema: schema)
        for draft in answered where planned.family == .peerComparison {
            // The entities compared are no calendar's members (date IDs).
            let meaning = try #require(ExampleMeaning.measure(draft.sql, schema: schema))
            #expect(!meaning.uses.contains { $0.clause == "group" && semantic.table($0.column.table).timeDimension != nil }, "\(draft.sql)")
        }
        // Two SQL shapes of rollup, channel comparison and peer comparison; three wordings of rollup and growth.
        let shapes: [AnalysisFamily: [String]] = [.rollup: ["lochierarchy", "WITH base AS"], .channelComparison: ["UNION ALL", "LEFT JOIN second_channel"],
                                                  .peerComparison: ["(SELECT AVG(p2.", "JOIN per_peer"]]
        for marker in shapes[planned.family] ?? [] {
            #expect(answered.contains { $0.sql.contains(marker) }, "\(planned): no draft with \(marker)")
        }
        let wordings: [AnalysisFamily: [String]] = [.rollup: ["subtotals per", "broken down by", "within each"],
                                                    .growth: [" from ", "between the two years", "year-over-year"]]
        for marker in wordings[planned.family] ?? [] {
            #expect(answered.contains { $0.question.contains(marker) }, "\(planned): no question with \(marker)")
        }
    }

    /// The first rows of a listing ordered by a name are a lookup; rows ranked by an amount are a top N.
    @Test func listingsWithALimitAreLookups() throws {
        let schema = try GenerationFixture.schema()
        let listing = "SELECT DISTINCT t1.i_category FROM store_sales AS t0 JOIN item AS t1 ON t0.ss_item_sk = t1.i_item_sk ORDER BY t1.i_category LIMIT 10"
        let ranked = "SELECT t0.ss_ticket_number, t0.ss_net_paid FROM store_sales AS t0 ORDER BY t0.ss_net_paid DESC LIMIT 5"
        #expect(AnalyticIntent.of(listing, meaning: ExampleMeaning.measure(listing, schema: schema), schema: schema) == .lookup)
        #expect(AnalyticIntent.of(ranked, meaning: ExampleMeaning.measure(ranked, schema: schema), schema: schema) == .topN)
    }
}
