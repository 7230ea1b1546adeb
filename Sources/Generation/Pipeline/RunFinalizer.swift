import Model

/// Turns the results of every batch into the dataset's content. The same function serves a run,
/// a resumed run and `merge`, which is why they all give the same files.
public enum RunFinalizer {
    /// `results` of the plan's batches (any order; one per batch) → examples and rejections in plan
    /// order after a cross-batch dedup: the first occurrence (in plan order) of an SQL, SQL template
    /// or question is kept; a later duplicate is dropped, counted in `droppedDraws` under its reason
    /// and its slot reported in the rejections with that reason.
    ///
    /// NL negatives, which look across examples, are chosen after the dedup.
    public static func finalize(_ results: [BatchResult], plan: Plan) -> GenerationRun.Output {
        var output = GenerationRun.Output()
        var duplicates = DuplicateFilter()
        for result in results.sorted(by: { $0.index < $1.index }) {
            for (reason, count) in result.droppedDraws { output.droppedDraws[reason, default: 0] += count }
            var rejections = result.rejections
            for example in result.examples {
                if let reason = duplicates.duplicateReason(sql: example.sql, question: example.question) {
                    output.droppedDraws[reason, default: 0] += 1
                    rejections.append(Rejection(batchID: example.batchID, slotID: example.slotID, complexity: example.complexity,
                                                attempts: [RejectedAttempt(reason: reason, message: "repeats an example of an earlier batch",
                                                                           sql: example.sql)]))
                    continue
                }
                duplicates.insert(sql: example.sql, question: example.question)
                output.examples.append(example)
            }
            if rejections.count > result.rejections.count, result.index < plan.batches.count {
                let order = Dictionary(plan.batches[result.index].slots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
                rejections.sort { (order[$0.slotID] ?? 0) < (order[$1.slotID] ?? 0) }
            }
            output.rejections.append(contentsOf: rejections)
        }
        let negatives = plan.config.negatives
        output.examples = NLNegativePairing.attach(to: output.examples, count: negatives.nlNegatives ? negatives.count : 0,
                                                   seed: UInt64(plan.seed))
        return output
    }
}
