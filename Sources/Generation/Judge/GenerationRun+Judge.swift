import Model
import Validation

extension GenerationRun {
    /// The draw reason of an example the judge scored below `judge.threshold` (or whose
    /// back-translation returned another result).
    public static let judgeLowScore = "judge_low_score"

    /// Puts the batch's examples to the judge: a verdict goes into each example's `judge`; an
    /// example below the threshold gets one repair round (`judge.repair`: a new draw whose previous
    /// attempt carries the judge's reason, judged again) or is dropped as a rejection
    /// `judge_low_score`; with `judge.paraphrases`, paraphrases below the threshold are dropped.
    /// Examples without a usable answer are kept, marked `unjudged`.
    func review(_ result: inout BatchResult, batch: Batch, judge: ExampleJudge, validator: Validator, duplicates: inout DuplicateFilter) {
        let seed = UInt64(plan.seed)
        let answers = judge.answers(for: result.examples, batch: batch, validator: validator, seed: seed)
        var kept: [Example] = []
        for var example in result.examples {
            let verdict = apply(answers, to: &example, judge: judge, validator: validator)
            guard let low = Self.lowScore(verdict, threshold: judge.settings.threshold) else {
                kept.append(example)
                continue
            }
            result.droppedDraws[Self.judgeLowScore, default: 0] += 1
            let refusal = RejectedAttempt(reason: Self.judgeLowScore, message: low, sql: example.sql)
            func reject(_ attempts: [RejectedAttempt]) {
                result.rejections.append(Rejection(batchID: batch.id, slotID: example.slotID, complexity: example.complexity, attempts: attempts))
            }
            guard judge.settings.repair, let slot = batch.slots.first(where: { $0.id == example.slotID }) else {
                reject([refusal])
                continue
            }
            duplicates.remove(sql: example.sql, question: example.question)
            switch generate(slot: slot, batch: batch, validator: validator, duplicates: &duplicates, dropped: &result.droppedDraws,
                            attempts: example.attempts..<(example.attempts + 1), earlier: [refusal]) {
            case .rejection(let rejection):
                result.rejections.append(rejection)
            case .example(var repaired):
                let second = judge.answers(for: [repaired], batch: batch, validator: validator, seed: seed)
                var verdict = apply(second, to: &repaired, judge: judge, validator: validator)
                verdict.repaired = true
                repaired.judge = verdict
                if let low = Self.lowScore(verdict, threshold: judge.settings.threshold) {
                    result.droppedDraws[Self.judgeLowScore, default: 0] += 1
                    reject([refusal, RejectedAttempt(reason: Self.judgeLowScore, message: low, sql: repaired.sql)])
                } else {
                    kept.append(repaired)
                }
            }
        }
        result.examples = kept
        let order = Dictionary(batch.slots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        result.rejections.sort { (order[$0.slotID] ?? 0) < (order[$1.slotID] ?? 0) }
    }

    /// The verdict of `example` from `answers`, recorded in `example.judge`; paraphrases the judge
    /// scored below the threshold are removed and counted.
    private func apply(_ answers: ExampleJudge.Answers, to example: inout Example, judge: ExampleJudge, validator: Validator) -> JudgeVerdict {
        let model = judge.client.settings.model
        var verdict: JudgeVerdict
        if let scores = answers.scores[example.id] {
            verdict = JudgeVerdict(status: "scored", faithfulness: scores.faithfulness, naturalness: scores.naturalness,
                                   ambiguity: scores.ambiguity, reason: scores.reason, model: model)
            if judge.settings.paraphrases { judgeParaphrases(of: &example, answers, threshold: judge.settings.threshold, verdict: &verdict) }
        } else if let sql = answers.queries[example.id] {
            let result = validator.validate(sql, minRows: 0)
            let matched = result.verdict.isValid && result.fingerprint == example.result.fingerprint
            let reason = matched ? "the judge's SQL for the question alone returns the same result"
                : result.verdict.isValid ? "the judge's SQL for the question alone returns another result"
                : "the judge's SQL for the question alone is refused: \(result.message ?? result.verdict.rawValue)"
            verdict = JudgeVerdict(status: "back_translated", reason: reason, model: model, sql: sql, matched: matched)
        } else {
            verdict = JudgeVerdict(status: "unjudged", reason: answers.failure[example.id] ?? "no verdict", model: model)
        }
        example.judge = verdict
        return verdict
    }

    private func judgeParaphrases(of example: inout Example, _ answers: ExampleJudge.Answers, threshold: Int, verdict: inout JudgeVerdict) {
        var kept: [Paraphrase] = []
        var verdicts: [ParaphraseVerdict] = []
        var low = 0
        for (index, paraphrase) in example.paraphrases.enumerated() {
            guard let scores = answers.scores["\(example.id)#p\(index + 1)"] else {
                kept.append(paraphrase)
                continue
            }
            if scores.faithfulness < threshold {
                low += 1
                continue
            }
            kept.append(paraphrase)
            verdicts.append(ParaphraseVerdict(text: paraphrase.text, faithfulness: scores.faithfulness, reason: scores.reason))
        }
        example.paraphrases = kept
        verdict.paraphrases = verdicts
        if low > 0 {
            example.contrastDropped["paraphrase_\(Self.judgeLowScore)", default: 0] += low
            example.contrastNotes.append("paraphrases: \(low) dropped by the judge (faithfulness below \(threshold))")
        }
    }

    /// Why `verdict` fails: faithfulness below `threshold`, or a back-translation that returned
    /// another result; nil when it passes or there is no verdict.
    static func lowScore(_ verdict: JudgeVerdict, threshold: Int) -> String? {
        if let faithfulness = verdict.faithfulness, faithfulness < threshold {
            return "the judge scored faithfulness \(faithfulness)/5 (threshold \(threshold)): \(verdict.reason)"
        }
        if verdict.matched == false { return "back-translation: \(verdict.reason); rewrite the question so that it asks for exactly what the SQL returns" }
        return nil
    }
}
