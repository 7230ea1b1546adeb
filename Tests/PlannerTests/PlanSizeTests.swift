import Model
import Planner
import Testing

/// `planner.examples` (`generate --examples N`) sizes the plan with even column use.
@Suite struct PlanSizeTests {
    @Test func smallSizesKeepOneFullCoverage() throws {
        let loaded = try CoveragePlannerTests.tpcds()
        var config = Config()
        config.planner.examples = 50
        let plan = try CoveragePlannerTests.planner(loaded, config: config).plan().plan
        let full = try CoveragePlannerTests.planner(loaded).plan().plan
        #expect(plan.slots.count == full.slots.count)
        #expect(plan.config.planner.columnCoverage == 1 && plan.config.planner.examples == 50)
        // Below two uses of every column, slots keep the configured K.
        #expect(plan.config.planner.maxColumnsPerSlot == 2)
        #expect(plan.projectedCoverage.columns == CoverageCount(covered: 425, total: 425))
    }

    @Test func largerSizesRaiseEveryColumnEvenly() throws {
        let loaded = try CoveragePlannerTests.tpcds()
        var config = Config()
        config.planner.examples = 700
        let plan = try CoveragePlannerTests.planner(loaded, config: config).plan().plan
        #expect(plan.config.planner.columnCoverage >= 2)
        // Enough slots for every column twice with one target each (316 slots of one coverage at
        // K = 1): K = 1, recorded in the plan.
        #expect(plan.config.planner.maxColumnsPerSlot == 1)
        #expect(plan.slots.allSatisfy { $0.targets.count <= 1 })
        #expect(Double(plan.slots.count) >= 0.7 * 700 && Double(plan.slots.count) <= 1.3 * 700, "\(plan.slots.count) slots")
        let demand = CoverageDemand.full(schema: loaded.schema, settings: plan.config.planner)
        #expect(PlanChecker.violations(of: plan, schema: loaded.schema, demand: demand).isEmpty)
        // Even use: every non-key column is targeted r times (at least), none far more.
        var uses: [ColumnRef: Int] = [:]
        for slot in plan.slots { for column in slot.targetColumns { uses[column, default: 0] += 1 } }
        let r = plan.config.planner.columnCoverage
        #expect(demand.columns.allSatisfy { (uses[$0.ref] ?? 0) >= r })
        #expect((uses.values.max() ?? 0) <= r + 1)
    }
}
