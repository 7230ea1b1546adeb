import Model
import Validation

/// Gives an accepted example its paraphrases, equivalent SQL variants and near-miss negatives,
/// each proven where proof is possible: paraphrases must pass the ``FaithfulnessCheck`` and are
/// measured for lexical distance (unfaithful ones and near-copies dropped), variants must return the positive's result, negatives must be valid and return
/// another result. Deterministic in (example id, seed).
public struct ContrastBuilder: Sendable {
    public let schema: Schema
    public let paraphraseSettings: ParaphraseSettings
    public let negativeSettings: NegativeSettings
    /// Refuses paraphrases that do not ask for what the SQL returns.
    public let faithfulness: FaithfulnessCheck

    public init(schema: Schema, paraphrases: ParaphraseSettings, negatives: NegativeSettings, faithfulness: FaithfulnessCheck? = nil) {
        self.schema = schema
        paraphraseSettings = paraphrases
        negativeSettings = negatives
        self.faithfulness = faithfulness ?? FaithfulnessCheck(schema: schema)
    }

    /// Fills `example`'s paraphrases, SQL variants, negatives, notes and drop counts. `positive` is
    /// the validator's result for the example's SQL; `candidates` are the provider's paraphrase
    /// candidates (text, style), best first.
    public func enrich(_ example: inout Example, positive: ValidationResult, paraphraseCandidates candidates: [(text: String, style: String)],
                       source: String, validator: Validator, seed: UInt64) {
        var dropped: [String: Int] = [:]
        var notes: [String] = []
        addParaphrases(to: &example, candidates: candidates, source: source, dropped: &dropped, notes: &notes)
        let outline = QueryOutline(sql: example.sql, schema: schema)
        if paraphraseSettings.sqlVariants {
            addVariants(to: &example, outline: outline, positive: positive, validator: validator, dropped: &dropped, notes: &notes)
        }
        var rng = SeededRandom(seed: seed, stream: "contrast.negatives|\(example.id)")
        let wanted = negativeSettings.count
        let outcome = NegativeMiner(schema: schema, validator: validator)
            .mine(outline, positive: positive, count: wanted, budget: max(4 * wanted, 12), rng: &rng)
        example.negatives = outcome.negatives
        for (reason, count) in outcome.dropped { dropped["negative_\(reason)", default: 0] += count }
        if outcome.negatives.count < wanted {
            let refused = outcome.dropped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.replacingOccurrences(of: "_", with: " "))" }
            notes.append("negatives: \(outcome.negatives.count) of \(wanted); candidates refused: \(refused.isEmpty ? "none" : refused.joined(separator: ", ")); no candidate of kind \(outcome.kindsWithoutCandidate.map(\.rawValue).joined(separator: ", "))")
        }
        example.contrastDropped = dropped
        example.contrastNotes = notes
    }

    private func addParaphrases(to example: inout Example, candidates: [(text: String, style: String)], source: String,
                                dropped: inout [String: Int], notes: inout [String]) {
        let wanted = paraphraseSettings.count
        guard wanted > 0 else { return }
        var kept: [Paraphrase] = []
        var nearCopies = 0
        var unfaithful = 0
        // What the candidates are compared with is measured once for all of them.
        let reference = faithfulness.reference(faithfulness.requirements(of: example.sql), original: example.question)
        for candidate in candidates where kept.count < wanted {
            if let problem = faithfulness.problem(of: candidate.text, reference) {
                dropped["paraphrase_unfaithful_\(problem.failure.rawValue)", default: 0] += 1
                unfaithful += 1
                continue
            }
            let distance = TokenDistance.normalizedEdits(example.question, candidate.text)
            let tooClose = distance < paraphraseSettings.minDistance
                || kept.contains { TokenDistance.normalizedEdits($0.text, candidate.text) < paraphraseSettings.minDistance / 2 }
            if tooClose {
                nearCopies += 1
                continue
            }
            kept.append(Paraphrase(text: candidate.text, style: candidate.style, distance: Self.rounded(distance),
                                   jaccard: Self.rounded(TokenDistance.jaccard(example.question, candidate.text)), source: source))
        }
        example.paraphrases = kept
        if nearCopies > 0 { dropped["paraphrase_near_copy"] = nearCopies }
        if kept.count < wanted {
            let refused = unfaithful > 0 ? ", \(unfaithful) unfaithful dropped" : ""
            notes.append("paraphrases: \(kept.count) of \(wanted) (\(candidates.count) candidates, \(nearCopies) near-copies dropped\(refused))")
        }
    }

    private func addVariants(to example: inout Example, outline: QueryOutline, positive: ValidationResult, validator: Validator,
                             dropped: inout [String: Int], notes: inout [String]) {
        let candidates = SQLVariantWriter(outline: outline, columnNames: positive.columnNames ?? []).candidates()
        for candidate in candidates {
            let result = validator.validate(candidate.sql, minRows: 0)
            guard result.verdict.isValid, let fingerprint = result.fingerprint, outline.sameAnswer(positive, result) else {
                dropped["sql_variant_\(result.verdict.isValid ? "different_result" : "invalid")", default: 0] += 1
                continue
            }
            example.sqlVariants.append(SQLVariant(sql: candidate.sql, kind: candidate.kind, fingerprint: fingerprint))
        }
        if candidates.isEmpty { notes.append("sql variants: no rewrite applies to this SQL") }
    }

    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
