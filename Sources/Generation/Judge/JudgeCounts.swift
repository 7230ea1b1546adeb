import Model

/// The judge's counts for `manifest.json` (docs/dataset-format.md), present only when the run had a judge.
public enum JudgeCounts {
    /// `judge_scored`, `judge_back_translated`, `judge_back_translation_matched`, `judge_unjudged`,
    /// `judge_repaired` (kept after a repair round), `judge_low_scores` (verdicts below the
    /// threshold, repaired or not), `judge_dropped` (slots rejected after one), and
    /// `judge_faithfulness_<n>` per score; empty when no example has a verdict and nothing was dropped.
    public static func counts(examples: [Example], rejections: [Rejection], droppedDraws: [String: Int]) -> [String: Int] {
        let verdicts = examples.compactMap(\.judge)
        let lowScores = droppedDraws[GenerationRun.judgeLowScore] ?? 0
        guard !verdicts.isEmpty || lowScores > 0 else { return [:] }
        var counts: [String: Int] = [
            "judge_scored": verdicts.filter { $0.status == "scored" }.count,
            "judge_back_translated": verdicts.filter { $0.status == "back_translated" }.count,
            "judge_back_translation_matched": verdicts.filter { $0.matched == true }.count,
            "judge_unjudged": verdicts.filter { $0.status == "unjudged" }.count,
            "judge_repaired": verdicts.filter { $0.repaired == true }.count,
            "judge_low_scores": lowScores,
            "judge_dropped": rejections.filter { $0.attempts.contains { $0.reason == GenerationRun.judgeLowScore } }.count,
        ]
        for score in 1...5 { counts["judge_faithfulness_\(score)"] = verdicts.filter { $0.faithfulness == score }.count }
        return counts
    }
}
