extension HTMLReport {
    /// The quality section: question length and variety, literals stated, and the meaning of every
    /// SQL re-measured (unused joins, fan traps, typed-use violations, category mismatches).
    static func quality(_ quality: Report.QualitySection) -> String {
        func count(_ value: Int?) -> String { value.map(String.init) ?? "not measured" }
        var content = figures([
            ("question words, median", HTML.figure(quality.questionWordsMedian)),
            ("question words, p90", String(quality.questionWordsP90)),
            ("distinct bigrams per 5,000 tokens", HTML.number(quality.distinctBigramsPerWindow)),
            ("literals stated", "\(quality.literalsStated) / \(quality.examples)"),
            ("most common opener", "\(quality.topOpener) (\(HTML.number(quality.topOpenerShare * 100))%)"),
            ("examples with an unused join", count(quality.examplesWithUnusedJoin)),
            ("examples with a fan trap", count(quality.examplesWithFanTrap)),
            ("examples with a typed-use violation", count(quality.examplesWithTypedUseViolation)),
            ("category mismatches", count(quality.categoryMismatches)),
            ("unparsed SQL", count(quality.unparsedSQL)),
        ] + (quality.paraphrasesRefusedUnfaithful.map { refused in
            [("unfaithful paraphrases refused", refused.keys.sorted().map { "\($0) \(refused[$0] ?? 0)" }.joined(separator: ", "))]
        } ?? []))
        if quality.examplesWithUnusedJoin == nil {
            content += "<p id=\"quality-note\" class=\"note\">The schema file the plan names could not be read with the plan's hash: the meaning of the SQL was not re-measured.</p>"
        }
        content += "<h3>Analytic intents</h3>" + SVGChart.bars(id: "intents-chart", title: "Analytic intents", series: ["examples"],
            bars: quality.intents.keys.sorted().map { .init(label: $0, values: [Double(quality.intents[$0] ?? 0)]) })
        return section("quality", "Quality", content)
    }
}
