import Foundation
import Model
import Planner

/// Checks a plan read from a file as fully as the planner checks its own: the config against every
/// key's range, unique batch and slot ids, known tables, then ``PlanChecker`` (columns, edges,
/// join trees, limits, and for a full plan the coverage demand). Each problem is located by the
/// JSON path of the batch, slot or config key it concerns.
enum PlanFileChecker {
    static func diagnostics(of plan: Plan, schema: Schema) -> [Diagnostic] {
        var diagnostics = configDiagnostics(plan.config)
        var paths: [String: String] = [:]
        for (batchIndex, batch) in plan.batches.enumerated() {
            let batchPath = "$.batches[\(batchIndex)]"
            if let first = paths[batch.id] {
                diagnostics.append(Diagnostic(.error, at: "\(batchPath).id", "duplicate batch id \"\(batch.id)\" (first at \(first))"))
            } else {
                paths[batch.id] = batchPath
            }
            for (index, table) in batch.tables.enumerated() where schema.table(named: table) == nil {
                diagnostics.append(Diagnostic(.error, at: "\(batchPath).tables[\(index)]", "unknown table \"\(table)\""))
            }
            for (slotIndex, slot) in batch.slots.enumerated() {
                let slotPath = "\(batchPath).slots[\(slotIndex)]"
                if let first = paths[slot.id] {
                    diagnostics.append(Diagnostic(.error, at: "\(slotPath).id", "duplicate slot id \"\(slot.id)\" (first at \(first)): example ids would repeat"))
                } else {
                    paths[slot.id] = slotPath
                }
                for (index, table) in slot.tables.enumerated() where schema.table(named: table) == nil {
                    diagnostics.append(Diagnostic(.error, at: "\(slotPath).tables[\(index)]", "unknown table \"\(table)\""))
                }
            }
        }
        let demand = plan.kind == .full ? CoverageDemand.full(schema: schema, settings: plan.config.planner) : .none
        for violation in PlanChecker.violations(of: plan, schema: schema, demand: demand) {
            // PlanChecker names the batch or slot first ("b0001-s02: unknown column ...").
            let id = violation.prefix { $0 != ":" }
            let path = paths[String(id)] ?? "$.batches"
            diagnostics.append(Diagnostic(.error, at: path, violation))
        }
        return diagnostics
    }

    /// The plan's config checked like a config file (ranges, choices, the complexity mix).
    private static func configDiagnostics(_ config: Config) -> [Diagnostic] {
        do {
            _ = try ConfigLoader.load(bytes: [UInt8](try CanonicalJSON.line(config)), source: "config")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.filter { $0.severity == .error }.map { diagnostic in
                Diagnostic(.error, at: diagnostic.path == "$" ? "$.config" : "$.config.\(diagnostic.path)", diagnostic.message)
            }
        } catch {
            return [Diagnostic(.error, at: "$.config", "cannot encode the config: \(error)")]
        }
    }
}
