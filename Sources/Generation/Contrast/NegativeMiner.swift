import Model
import SQLite
import Validation

/// Proves near-miss SQLs by execution: each candidate must be valid on the validation database and
/// its rows must differ from the positive's (their order counts only when the positive keeps its
/// first rows with LIMIT: an ORDER BY alone only presents the rows). Hardness is measured
/// (``NegativeHardness``). A candidate that breaks standard SQL's grouping rules
/// (``StandardGrouping``: a bare column, a DISTINCT ordered by a column it does not show) is
/// dropped unexecuted as `ungrouped_column`: it is valid in SQLite only.
/// Kinds are tried round-robin in a seeded order, so an example's negatives spread over kinds.
struct NegativeMiner {
    let schema: Schema
    let validator: Validator

    /// What mining one example gave.
    struct Outcome {
        var negatives: [Negative] = []
        /// Candidates refused: `ungrouped_column`, `invalid`, `engine_error` or `same_result`.
        var dropped: [String: Int] = [:]
        /// Kinds that had no candidate at all for this SQL.
        var kindsWithoutCandidate: [NegativeKind] = []
    }

    /// Up to `count` negatives of the SQL of `outline`; `positive` is the validator's result for it.
    /// At most `budget` candidates are executed.
    func mine(_ outline: QueryOutline, positive: ValidationResult, count: Int, budget: Int, rng: inout SeededRandom) -> Outcome {
        var outcome = Outcome()
        guard count > 0 else { return outcome }
        let perturber = SQLPerturber(outline: outline, schema: schema) { table, column in self.values(of: column, in: table) }
        var kinds = NegativeKind.allCases
        kinds.shuffle(using: &rng)
        var queues: [(NegativeKind, [NegativeCandidate])] = []
        for kind in kinds {
            var candidates = perturber.candidates(kind)
            if candidates.isEmpty { outcome.kindsWithoutCandidate.append(kind); continue }
            candidates.shuffle(using: &rng)
            queues.append((kind, candidates))
        }
        let hardness = NegativeHardness(schema: schema)
        var tried = 0
        var seen: Set<String> = []
        while outcome.negatives.count < count, tried < budget, queues.contains(where: { !$0.1.isEmpty }) {
            for position in queues.indices where outcome.negatives.count < count && tried < budget && !queues[position].1.isEmpty {
                let candidate = queues[position].1.removeFirst()
                // A bare column (neither grouped nor aggregated) or an ORDER BY of a DISTINCT that
                // is not shown runs in SQLite only: never a negative.
                if !StandardGrouping.problems(in: candidate.sql).isEmpty {
                    outcome.dropped["ungrouped_column", default: 0] += 1
                    continue
                }
                tried += 1
                let result = validator.validate(candidate.sql, minRows: 0)
                guard result.verdict.isValid, let fingerprint = result.fingerprint else {
                    // `engine_error`: the sandbox accepted it and the run's engine (PostgreSQL) refused it.
                    outcome.dropped[result.verdict == .engineError ? "engine_error" : "invalid", default: 0] += 1
                    continue
                }
                guard !outline.sameRows(positive, result), seen.insert(fingerprint + (result.orderedFingerprint ?? "")).inserted else {
                    outcome.dropped["same_result", default: 0] += 1
                    continue
                }
                let edits = TokenDistance.sqlEdits(outline.sql, candidate.sql)
                let hard = hardness.isHard(sql: candidate.sql, edits: edits, positive: positive, negative: result)
                outcome.negatives.append(Negative(sql: candidate.sql, kind: candidate.kind.rawValue, hard: hard, edits: edits,
                                                  fingerprint: fingerprint, orderedFingerprint: result.orderedFingerprint ?? fingerprint,
                                                  rows: result.rowCount ?? 0))
                // Once a kind has given a negative, the next ones come from other kinds first.
                queues.append(queues.remove(at: position))
                break
            }
        }
        return outcome
    }

    /// Rows of a table read for ``values(of:in:)``: a bounded sample, so a table of millions of
    /// rows is not scanned and sorted for every negative (every table of the default synthetic
    /// database is smaller, so its values are those of the whole table).
    static let valueSampleRows = 10_000

    /// A few distinct values of a column, sorted, for changed filter values (from the table's
    /// first ``valueSampleRows`` rows).
    func values(of column: Column, in table: Table) -> [String] {
        let name = column.name
        let sql: SQL = """
            SELECT DISTINCT \(identifier: name) FROM (SELECT \(identifier: name) FROM \(identifier: table.name) \
            WHERE \(identifier: name) IS NOT NULL LIMIT \(literal: Self.valueSampleRows)) ORDER BY \(identifier: name) LIMIT 8
            """
        let rows = validator.rows(of: sql.text, limit: 8) ?? []
        return rows.compactMap { row in
            if case .text(let value) = row.first { return value }
            return nil
        }
    }
}
