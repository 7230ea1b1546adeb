import Foundation
import Generation
import Model

/// What a finished run lacks against its plan: fewer examples than `run.min_example_share` of
/// the plan's slots, or columns, tables and foreign-key edges the plan projects but no example
/// covers. A run with a shortfall exits ``status`` (unless `--allow-partial`), keeping every file.
public struct RunShortfall: Sendable, Equatable {
    /// The exit status of a finished run that fell short of its plan.
    public static let status: Int32 = 3

    public var examples: Int
    public var slots: Int
    /// Fewest examples the run had to give (`run.min_example_share` of the slots, rounded up).
    public var minimumExamples: Int
    public var minimumShare: Double
    /// Projected by the plan, covered by no example (sorted).
    public var missingColumns: [String]
    public var missingTables: [String]
    public var missingEdges: [String]
    public var projectedColumns: Int
    public var projectedTables: Int
    public var projectedEdges: Int
    /// Slots rejected per reason of their last draw.
    public var reasons: [String: Int]

    /// The shortfall of `examples` (after the cross-batch dedup) and `rejections` against `plan`,
    /// nil when the run met it.
    public static func of(examples: [Example], rejections: [Rejection], plan: Plan, schema: Schema) -> RunShortfall? {
        let measured = CoverageMeasurement.report(of: examples, schema: schema, identity: plan.schema)
        let projected = ProjectedSets(plan: plan, schema: schema)
        let share = plan.config.run.minExampleShare
        let slots = plan.slots.count
        let minimum = max(0, Int((share * Double(slots) - 1e-9).rounded(.up)))
        var reasons: [String: Int] = [:]
        for rejection in rejections { reasons[rejection.reason, default: 0] += 1 }
        let shortfall = RunShortfall(
            examples: examples.count, slots: slots, minimumExamples: minimum, minimumShare: share,
            missingColumns: projected.columns.filter { (measured.columns[$0] ?? 0) == 0 }.sorted(),
            missingTables: projected.tables.filter { (measured.tables[$0] ?? 0) == 0 }.sorted(),
            missingEdges: projected.edges.filter { (measured.edges[$0] ?? 0) == 0 }.sorted(),
            projectedColumns: projected.columns.count, projectedTables: projected.tables.count, projectedEdges: projected.edges.count,
            reasons: reasons)
        return shortfall.isShort ? shortfall : nil
    }

    /// Whether anything is missing.
    public var isShort: Bool {
        examples < minimumExamples || !missingColumns.isEmpty || !missingTables.isEmpty || !missingEdges.isEmpty
    }

    /// Whether the plan's projected coverage was missed (then `replan` plans the gap).
    public var missesCoverage: Bool { !missingColumns.isEmpty || !missingTables.isEmpty || !missingEdges.isEmpty }

    /// What is missing, the commands that fill the gap, and how to accept the partial dataset.
    public func message(output: String, plan: Plan, retryFailed: String) -> String {
        var lines = ["partial dataset: the run fell short of its plan (everything written is kept in \(output))"]
        if examples < minimumExamples {
            lines.append("  examples: \(examples) of \(slots) slots; run.min_example_share \(Self.format(minimumShare)) asks for \(minimumExamples)")
        }
        func missing(_ what: String, _ names: [String], of projected: Int) {
            guard !names.isEmpty else { return }
            let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", ..." : "")
            lines.append("  \(what): \(projected - names.count) of the \(projected) the plan projects are covered; missing \(names.count): \(shown)")
        }
        missing("columns", missingColumns, of: projectedColumns)
        missing("tables", missingTables, of: projectedTables)
        missing("FK edges", missingEdges, of: projectedEdges)
        if !reasons.isEmpty {
            let top = reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
            lines.append("  rejected slots by reason: " + top.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + " (rejections.jsonl)")
        }
        if missesCoverage {
            let base = output.hasSuffix("/") ? String(output.dropLast()) : output
            let schema = plan.schema.path ?? "SCHEMA.json"
            lines.append("fill the gap with:")
            lines.append("  " + Invocation.command("replan --plan \(Invocation.path("plan.json", in: output)) --coverage \(Invocation.path("coverage.json", in: output)) --schema \(schema) --out \(base)-gaps.json"))
            lines.append("  " + Invocation.command("run --plan \(base)-gaps.json --out \(base)-gaps"))
        }
        if examples < minimumExamples || !missesCoverage {
            lines.append("redo the batches with rejected slots (e.g. after changing the model or the server): \(retryFailed)")
        }
        lines.append("accept the partial dataset with exit 0: add --allow-partial")
        return lines.joined(separator: "\n")
    }

    /// Exit ``status`` with ``message(output:plan:retryFailed:)`` when `finished` (the dataset a
    /// run or a merge wrote to `output`) falls short of `plan`; with `allowPartial` the same as a
    /// note to `reporter` and no error. The one check of `run`, `generate` and `merge`.
    public static func check(_ finished: GenerationRun.Output, plan: Plan, schema: Schema, output: String, retryFailed: String,
                             allowPartial: Bool, reporter: any RunReporter) throws(RunError) {
        guard let shortfall = of(examples: finished.examples, rejections: finished.rejections, plan: plan, schema: schema) else { return }
        let message = shortfall.message(output: output, plan: plan, retryFailed: retryFailed)
        if allowPartial {
            reporter.note(message.replacingOccurrences(of: "\naccept the partial dataset with exit 0: add --allow-partial", with: "") + "\n(--allow-partial: exit 0)")
            return
        }
        throw RunError(message, status: status, labelled: false)
    }

    static func format(_ share: Double) -> String {
        var text = String(format: "%.3f", share)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// The columns (targets and join keys), tables and edges a plan's slots promise.
private struct ProjectedSets {
    var columns: Set<String> = []
    var tables: Set<String> = []
    var edges: Set<String> = []

    init(plan: Plan, schema: Schema) {
        let keys = Dictionary(schema.foreignKeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for slot in plan.slots {
            tables.formUnion(slot.tables)
            for column in slot.targetColumns { columns.insert(column.description) }
            for edge in slot.joinEdges {
                edges.insert(edge)
                for ref in keys[edge]?.columnRefs ?? [] { columns.insert(ref.description) }
            }
        }
    }
}
