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
        } ?? []) + paraphraseSyntax(quality))
        if quality.examplesWithUnusedJoin == nil {
            content += "<p id=\"quality-note\" class=\"note\">The schema file the plan names could not be read with the plan's hash: the meaning of the SQL was not re-measured.</p>"
        }
        content += "<h3>What analysts ask</h3>" + analysis(quality)
        content += "<h3>Analytic intents</h3>" + SVGChart.bars(id: "intents-chart", title: "Analytic intents", series: ["examples"],
            bars: quality.intents.keys.sorted().map { .init(label: $0, values: [Double(quality.intents[$0] ?? 0)]) })
        return section("quality", "Quality", content)
    }

    /// How paraphrases differ in syntax from their question (none without paraphrases).
    static func paraphraseSyntax(_ quality: Report.QualitySection) -> [(String, String)] {
        guard let types = quality.paraphraseSentenceTypes else { return [] }
        var rows = [("paraphrase sentence types", types.keys.sorted().map { "\($0) \(types[$0] ?? 0)" }.joined(separator: ", "))]
        if let changed = quality.paraphraseSentenceTypeChanged {
            rows.append(("paraphrases of another sentence type than their question", HTML.percent(changed)))
        }
        if let changed = quality.paraphraseOpeningChanged {
            rows.append(("paraphrases whose first three words differ from their question's", HTML.percent(changed)))
        }
        if let mixed = quality.paraphraseSetsMixingTypes {
            rows.append(("paraphrase sets with two sentence types or more", HTML.percent(mixed)))
        }
        if let distinct = quality.paraphraseDistinctOpenings {
            rows.append(("distinct paraphrase openings (first three words) per paraphrase", HTML.number(distinct)))
        }
        if let top = quality.paraphraseTopOpening, let share = quality.paraphraseTopOpeningShare {
            rows.append(("most common paraphrase opening", "\(top) (\(HTML.percent(share)))"))
        }
        return rows
    }

    /// The `analysis-figures` table: each figure of docs/report.md "Meaning figures" with its count,
    /// the share of what it counts in, and its target.
    static func analysis(_ quality: Report.QualitySection) -> String {
        func row(_ name: String, _ count: Int?, of total: Int?, target: String) -> [HTML.Cell] {
            guard let count else { return [.text(name), .text("not measured"), .text(""), .text(target)] }
            let share = total.map { $0 == 0 ? "" : HTML.percent(Double(count) / Double($0)) } ?? ""
            return [.text(name), .number(count), .text(share), .text(target)]
        }
        let examples = quality.examples
        let rows: [[HTML.Cell]] = [
            row("families above 2% of examples", quality.familiesAbove2Percent, of: nil, target: "at least 16"),
            [.text("distinct SQL templates per 1,000 examples (literals and identifiers masked)"),
             .text(quality.sqlTemplatesPer1000Examples.map { HTML.number($0, digits: 1) } ?? "not measured"),
             .text(quality.sqlTemplates.map { "\($0) in all" } ?? ""), .text("at least 450")],
            row("fact examples restricted to a period", quality.factExamplesWithPeriod, of: quality.factExamples, target: "at least 60% of fact examples"),
            row("grouped by a descriptive detail", quality.examplesGroupedByDetail, of: examples, target: "0"),
            row("AVG/SUM of a dimension attribute over fact rows", quality.examplesAggregatingDimensionAttribute, of: examples, target: "0"),
            row("snapshot measures summed over several dates", quality.snapshotSumsOverDates, of: quality.snapshotExamples, target: "0"),
            row("top-N lists without what is ranked", quality.topNWithoutEntity, of: examples, target: "0"),
            row("aggregate aliases that contradict the aggregate", quality.contradictingAggregateAliases, of: examples, target: "0"),
            row("ORDER BY flips kept as negatives without LIMIT or ranking", quality.orderFlipNegativesWithoutRanking, of: nil, target: "0"),
            row("join-key negatives equating unrelated keys", quality.joinKeyNegativesUnrelated, of: quality.joinKeyNegatives, target: "0"),
        ]
        return HTML.table(["figure", "count", "share", "target"], rows, id: "analysis-figures")
    }
}
