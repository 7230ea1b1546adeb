import Foundation
import Testing
import Model
@testable import Planner
import TestSupport

@Suite struct CoveragePlannerTests {
    static func tpcds() throws -> SchemaLoader.Loaded {
        try SchemaLoader.load(path: Fixtures.tpcdsSchema)
    }

    static func planner(_ loaded: SchemaLoader.Loaded, config: Config = Config()) -> CoveragePlanner {
        CoveragePlanner(schema: loaded.schema, schemaIdentity: SchemaIdentity(name: loaded.schema.name, sha256: loaded.sha256), config: config)
    }

    @Test func tpcdsPlanIsOptimalFeasibleAndFullyCovering() throws {
        let loaded = try Self.tpcds()
        let outcome = try Self.planner(loaded).plan()
        let plan = outcome.plan
        #expect(plan.solver.status == "optimal")
        #expect(plan.solver.gap == 0)
        #expect(plan.solver.objective == plan.solver.bestBound)
        #expect(plan.solver.candidateMode == "exhaustive")
        // The expansion may open a batch beyond the program's objective where a group's intents do
        // not fit its planned batches (docs/plan-format.md); never many.
        #expect(plan.batches.count >= Int(plan.solver.objective))
        #expect(Double(plan.batches.count) <= 1.1 * plan.solver.objective + 1, "\(plan.batches.count) batches, objective \(plan.solver.objective)")
        #expect(Int(plan.solver.objective) <= plan.solver.greedyBatches)
        #expect(plan.projectedCoverage.columns == CoverageCount(covered: 425, total: 425))
        #expect(plan.projectedCoverage.tables == CoverageCount(covered: 24, total: 24))
        #expect(plan.projectedCoverage.edges == CoverageCount(covered: 107, total: 107))
        let demand = CoverageDemand.full(schema: loaded.schema, settings: plan.config.planner)
        #expect(PlanChecker.violations(of: plan, schema: loaded.schema, demand: demand).isEmpty)
        // No slot reads two fact tables that no foreign key joins directly (fan-out joins).
        for slot in plan.slots {
            let facts = slot.tables.filter { loaded.schema.table(named: $0)?.kind == .fact }
            guard facts.count > 1 else { continue }
            #expect(facts.count == 2 && loaded.schema.foreignKeys.contains {
                Set([$0.childTable, $0.parentTable]) == Set(facts)
            }, "\(slot.id) mixes \(facts)")
        }
    }

    @Test func samePlanForSameInputsDifferentForOtherSeed() throws {
        let loaded = try Self.tpcds()
        let first = try CanonicalJSON.pretty(Self.planner(loaded).plan().plan)
        let second = try CanonicalJSON.pretty(Self.planner(loaded).plan().plan)
        #expect(first == second)
        var other = Config()
        other.seed = 7
        let third = try Self.planner(loaded, config: other).plan().plan
        #expect(try CanonicalJSON.pretty(third) != first)
        #expect(third.projectedCoverage.columns.covered == 425)
    }

    @Test func higherCoverageNeedsMoreSlotsAndMeetsEveryColumnTwice() throws {
        let loaded = try Self.tpcds()
        var config = Config()
        config.planner.columnCoverage = 2
        config.planner.timeLimitSeconds = 10
        config.planner.columnCoverageOverrides = ["store_sales.ss_net_paid": 5]
        let plan = try Self.planner(loaded, config: config).plan().plan
        let demand = CoverageDemand.full(schema: loaded.schema, settings: config.planner)
        #expect(PlanChecker.violations(of: plan, schema: loaded.schema, demand: demand).isEmpty)
        let uses = plan.slots.flatMap(\.targetColumns).filter { $0.description == "store_sales.ss_net_paid" }.count
        #expect(uses >= 5)
    }

    @Test func checkerCatchesBrokenPlans() throws {
        let loaded = try Self.tpcds()
        var plan = try Self.planner(loaded).plan().plan
        let demand = CoverageDemand.full(schema: loaded.schema, settings: plan.config.planner)
        let dropped = plan.batches[0].slots[0].targetColumns
        plan.batches[0].slots[0].targets = []
        plan.batches[1].slots[0].joinEdges = []
        let violations = PlanChecker.violations(of: plan, schema: loaded.schema, demand: demand)
        #expect(!violations.isEmpty)
        if let column = dropped.first {
            #expect(violations.contains { $0.contains(column.description) })
        }
    }

    @Test func replanCoversOnlyTheGaps() throws {
        let loaded = try Self.tpcds()
        let full = try Self.planner(loaded).plan().plan
        // Pretend everything but a few columns and one edge was generated.
        var columns: [String: Int] = [:]
        for ref in loaded.schema.allColumns { columns[ref.description] = 1 }
        columns["item.i_color"] = 0
        columns["customer.c_email_address"] = 0
        var edges: [String: Int] = [:]
        for key in loaded.schema.foreignKeys { edges[key.id] = 1 }
        let missingEdge = loaded.schema.foreignKeys[5]
        edges[missingEdge.id] = 0
        let measured = CoverageReport(schema: full.schema, columns: columns, tables: [:], edges: edges,
                                      complexity: ["simple": 30, "moderate": 35, "complex": 25, "highly_complex": 10], constructs: [:])
        let gaps = try Self.planner(loaded).replan(measured: measured).plan
        #expect(gaps.kind == .gaps)
        #expect(gaps.batches.count >= 1 && gaps.batches.count < full.batches.count)
        let targets = Set(gaps.slots.flatMap(\.targetColumns).map(\.description))
        #expect(targets.contains("item.i_color"))
        #expect(targets.contains("customer.c_email_address"))
        #expect(gaps.slots.contains { $0.joinEdges.contains(missingEdge.id) })
        // Nothing measured as missing: an empty plan.
        var complete = measured
        complete.columns = columns.mapValues { _ in 1 }
        complete.edges = edges.mapValues { _ in 1 }
        #expect(try Self.planner(loaded).replan(measured: complete).plan.batches.isEmpty)
    }

    @Test func unknownOverridesAreRefused() throws {
        let loaded = try Self.tpcds()
        var config = Config()
        config.planner.tableCoverage = ["nope": 2]
        #expect(throws: PlannerError.self) { try Self.planner(loaded, config: config).plan() }
    }

    @Test func candidateEnumerationCountsConnectedSets() throws {
        let loaded = try Self.tpcds()
        let exhaustive = CandidateGroups(schema: loaded.schema, maxTables: 4, limit: 100_000)
        #expect(exhaustive.mode == "exhaustive")
        // 2,841 connected sets of 4 tables, of which 1,188 have an anchor (every table reached outward).
        #expect(CandidateGroups.exhaustive(graph: IndexedGraph(schema: loaded.schema), size: 4, limit: 100_000)?.count == 2841)
        #expect(exhaustive.groups.count == 1188)
        #expect(exhaustive.groups.allSatisfy { $0.anchor != nil })
        let seeded = CandidateGroups(schema: loaded.schema, maxTables: 4, limit: 100)
        #expect(seeded.mode == "seeded")
        var edges = Set<Int>()
        for group in seeded.groups { edges.formUnion(group.edges) }
        #expect(edges.count == loaded.schema.foreignKeys.count)
    }
}
