import Model
@testable import Planner
import Testing

/// The family mix and the subject mix of a plan (issue 22, part 5; docs/plan-format.md, "Families
/// and subject mix"): every analysis family at or above its least share, sales questions at least
/// as many as returns questions, with full coverage and the batches the program planned.
@Suite struct PlanMixTests {
    /// Slots per family and per subject of `plan`.
    static func mix(_ plan: Plan, schema: Schema) -> (families: [AnalysisFamily: Int], subjects: [QuestionSubject: Int]) {
        var families: [AnalysisFamily: Int] = [:]
        var subjects: [QuestionSubject: Int] = [:]
        for slot in plan.slots {
            if let family = slot.family { families[family, default: 0] += 1 }
            if let anchor = schema.table(named: slot.anchor) { subjects[QuestionSubject(anchor: anchor), default: 0] += 1 }
        }
        return (families, subjects)
    }

    @Test func tpcdsPlanOfTwoThousandExamplesMeetsTheFamilyAndSubjectMix() throws {
        let loaded = try CoveragePlannerTests.tpcds()
        var config = Config()
        config.seed = 7
        config.planner.examples = 2000
        let plan = try CoveragePlannerTests.planner(loaded, config: config).plan().plan
        let (families, subjects) = Self.mix(plan, schema: loaded.schema)
        let total = plan.slots.count
        // Every family fits TPC-DS: each at or above its least share (1.5%), no warning.
        #expect(plan.warnings == nil, "\(plan.warnings ?? [])")
        for family in AnalysisFamily.allCases {
            let count = families[family] ?? 0
            #expect(Double(count) >= plan.config.planner.familyMinShare(of: family) * Double(total),
                    "\(family.rawValue): \(count) of \(total) slots")
        }
        #expect(plan.slots.allSatisfy { $0.family?.level == $0.complexity })
        // Channels sell: a channel comparison is never planned on stock snapshots or returns,
        // where no other channel's fact holds the same figure.
        let channels = plan.slots.filter { $0.family == .channelComparison }
        #expect(!channels.isEmpty)
        #expect(channels.allSatisfy { loaded.schema.table(named: $0.anchor)?.subjectArea.hasSuffix("sales") == true },
                "\(channels.map(\.anchor).filter { !$0.hasSuffix("sales") })")
        // Sales questions at least as many as returns questions.
        #expect((subjects[.sales] ?? 0) >= (subjects[.returns] ?? 0), "\(subjects)")
        // Full coverage, the program's optimum, a plan the checker accepts.
        #expect(plan.projectedCoverage.columns == CoverageCount(covered: 425, total: 425))
        #expect(plan.projectedCoverage.tables == CoverageCount(covered: 24, total: 24))
        #expect(plan.projectedCoverage.edges == CoverageCount(covered: 107, total: 107))
        #expect(plan.solver.status == "optimal" && plan.solver.objective == plan.solver.bestBound)
        #expect(Double(plan.batches.count) <= 1.1 * plan.solver.objective + 1, "\(plan.batches.count) batches")
        let demand = CoverageDemand.full(schema: loaded.schema, settings: plan.config.planner)
        #expect(PlanChecker.violations(of: plan, schema: loaded.schema, demand: demand).isEmpty)
    }

    @Test func aFamilyOverrideRaisesItsShare() throws {
        let loaded = try CoveragePlannerTests.tpcds()
        var config = Config()
        config.planner.familyMinShareOverrides = ["growth": 0.1]
        let plan = try CoveragePlannerTests.planner(loaded, config: config).plan().plan
        let (families, subjects) = Self.mix(plan, schema: loaded.schema)
        #expect(Double(families[.growth] ?? 0) >= 0.1 * Double(plan.slots.count), "\(families[.growth] ?? 0) of \(plan.slots.count)")
        #expect((subjects[.sales] ?? 0) >= (subjects[.returns] ?? 0), "\(subjects)")
        #expect(plan.projectedCoverage.columns == CoverageCount(covered: 425, total: 425))
    }

    /// Without a clock table no slot fits time of day: the plan is made and says so.
    @Test func aFamilyThatNoSlotFitsIsAWarningNotAFailure() throws {
        let loaded = try CoveragePlannerTests.tpcds()
        var schema = loaded.schema
        schema.tables.removeAll { $0.name == "time_dim" }
        schema.foreignKeys.removeAll { $0.parentTable == "time_dim" }
        let planner = CoveragePlanner(schema: schema, schemaIdentity: SchemaIdentity(name: schema.name, sha256: loaded.sha256), config: Config())
        let plan = try planner.plan().plan
        let (families, _) = Self.mix(plan, schema: schema)
        #expect(families[.timeOfDay] == nil)
        let warnings = plan.warnings ?? []
        // The family no slot fits is named with its reason; any other warning is a level too small
        // for the least shares of all its families in this small plan, never another missing fit.
        #expect(warnings.first?.hasPrefix("family time_of_day has 0 of \(plan.slots.count) slots, below its least share 1.5%") == true, "\(warnings)")
        #expect(warnings.first?.contains("only 0 slots of the plan fit it (it needs a fact anchor that joins its event time") == true, "\(warnings)")
        #expect(warnings.dropFirst().allSatisfy { $0.contains("cannot hold the least shares of all its families") }, "\(warnings)")
        #expect(plan.projectedCoverage.columns.covered == plan.projectedCoverage.columns.total)
    }
}
