extension HTMLReport {
    /// The judge section: verdict counts, repairs and drops, and the score distributions.
    static func judge(_ judge: Report.JudgeSection) -> String {
        var content = figures([
            ("judge model", judge.models.joined(separator: ", ")),
            ("scored", String(judge.scored)),
            ("mean faithfulness", HTML.number(judge.faithfulnessMean)),
            ("back-translated (answerable)", "\(judge.backTranslationMatched) / \(judge.backTranslated)"),
            ("unjudged", String(judge.unjudged)),
            ("below the threshold", String(judge.lowScores)),
            ("repaired", String(judge.repaired)),
            ("dropped", String(judge.dropped)),
        ])
        let scores = (1...5).map(String.init)
        content += SVGChart.bars(id: "judge-chart", title: "Judge scores", series: ["faithfulness", "naturalness", "ambiguity"],
                                 bars: scores.map { score in
                                     .init(label: score, values: [judge.faithfulness, judge.naturalness, judge.ambiguity].map { Double($0[score] ?? 0) })
                                 })
        return section("judge", "Judge", content)
    }
}
