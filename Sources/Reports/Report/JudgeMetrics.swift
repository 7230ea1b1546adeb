import Model

extension Report {
    /// What the LLM judge said about the dataset (docs/report.md).
    public struct JudgeSection: Sendable, Equatable, Codable {
        /// Judges' models (usually one).
        public var models: [String]
        /// Examples with a verdict of mode `score`, of mode `back_translate`, and without one.
        public var scored: Int
        public var backTranslated: Int
        public var unjudged: Int
        /// Examples per score "1" ... "5" (every score listed).
        public var faithfulness: [String: Int]
        public var naturalness: [String: Int]
        public var ambiguity: [String: Int]
        /// Mean faithfulness of the scored examples.
        public var faithfulnessMean: Double
        /// Back-translations that returned the example's result, and their share of the
        /// back-translated examples: how answerable the questions are.
        public var backTranslationMatched: Int
        public var answerableShare: Double
        /// Kept after a repair round; verdicts below the threshold; slots dropped after one (manifest counts).
        public var repaired: Int
        public var lowScores: Int
        public var dropped: Int

        enum CodingKeys: String, CodingKey {
            case models, scored, unjudged, faithfulness, naturalness, ambiguity, repaired, dropped
            case backTranslated = "back_translated"
            case faithfulnessMean = "faithfulness_mean"
            case backTranslationMatched = "back_translation_matched"
            case answerableShare = "answerable_share"
            case lowScores = "low_scores"
        }
    }
}

/// The judge section from the examples' verdicts and the manifest's judge counts.
enum JudgeMetrics {
    static func build(_ examples: [Example], counts: [String: Int]) -> Report.JudgeSection? {
        let verdicts = examples.compactMap(\.judge)
        guard !verdicts.isEmpty || (counts["judge_low_scores"] ?? 0) > 0 else { return nil }
        func distribution(_ score: (JudgeVerdict) -> Int?) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: (1...5).map { value in (String(value), verdicts.filter { score($0) == value }.count) })
        }
        let scores = verdicts.compactMap(\.faithfulness)
        let translated = verdicts.filter { $0.status == "back_translated" }
        let matched = translated.filter { $0.matched == true }.count
        return Report.JudgeSection(
            models: Array(Set(verdicts.map(\.model))).sorted(), scored: verdicts.filter { $0.status == "scored" }.count,
            backTranslated: translated.count, unjudged: verdicts.filter { $0.status == "unjudged" }.count,
            faithfulness: distribution(\.faithfulness), naturalness: distribution(\.naturalness), ambiguity: distribution(\.ambiguity),
            faithfulnessMean: scores.isEmpty ? 0 : Double(scores.reduce(0, +)) / Double(scores.count),
            backTranslationMatched: matched, answerableShare: translated.isEmpty ? 0 : Double(matched) / Double(translated.count),
            repaired: verdicts.filter { $0.repaired == true }.count, lowScores: counts["judge_low_scores"] ?? 0,
            dropped: counts["judge_dropped"] ?? 0)
    }
}
