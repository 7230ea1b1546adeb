import Generation
import Model

/// The quality section: question length and variety, and the meaning of every SQL re-measured
/// from its text (docs/typed-uses.md), never taken from the pipeline's own claims.
enum QualityMetrics {
    /// Tokens per window of the bigram figure (as in the published comparisons).
    static let bigramWindow = 5_000

    static func build(_ examples: [Example], schema: Schema?) -> Report.QualitySection {
        let lengths = examples.map { DiversityMetrics.words($0.question).count }.sorted()
        func percentile(_ share: Double) -> Int {
            lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, Int(share * Double(lengths.count)))]
        }
        let median = lengths.isEmpty ? 0 : (lengths.count % 2 == 1 ? Double(lengths[lengths.count / 2])
            : Double(lengths[lengths.count / 2 - 1] + lengths[lengths.count / 2]) / 2)
        var openers: [String: Int] = [:]
        for example in examples { openers[DiversityMetrics.words(example.question).first ?? "", default: 0] += 1 }
        let top = openers.max { ($0.value, $1.key) < ($1.value, $0.key) }
        var intents: [String: Int] = [:]
        for example in examples { intents[example.intent.isEmpty ? "unknown" : example.intent, default: 0] += 1 }
        var section = Report.QualitySection(
            examples: examples.count, questionWordsMedian: median, questionWordsP90: percentile(0.9),
            distinctBigramsPerWindow: bigramDiversity(examples.map(\.question)),
            literalsStated: examples.filter { LiteralCheck.unstated(sql: $0.sql, question: $0.question).isEmpty }.count,
            topOpener: top?.key ?? "", topOpenerShare: examples.isEmpty ? 0 : Double(top?.value ?? 0) / Double(examples.count),
            intents: intents)
        var unfaithful: [String: Int] = [:]
        for example in examples {
            for (reason, count) in example.contrastDropped where reason.hasPrefix("paraphrase_unfaithful_") {
                unfaithful[String(reason.dropFirst("paraphrase_unfaithful_".count)), default: 0] += count
            }
        }
        section.paraphrasesRefusedUnfaithful = unfaithful.isEmpty ? nil : unfaithful
        guard let schema else { return section }
        var unused = 0, traps = 0, violations = 0, unparsed = 0, mismatches = 0
        for example in examples {
            guard let meaning = ExampleMeaning.measure(example.sql, schema: schema) else {
                unparsed += 1
                continue
            }
            if !meaning.unusedTables.isEmpty { unused += 1 }
            if !meaning.fanTraps.isEmpty { traps += 1 }
            if !meaning.violations.isEmpty { violations += 1 }
            let areas = Set(example.tables.compactMap { schema.table(named: $0)?.category })
            if !areas.contains(example.category) { mismatches += 1 }
        }
        section.examplesWithUnusedJoin = unused
        section.examplesWithFanTrap = traps
        section.examplesWithTypedUseViolation = violations
        section.unparsedSQL = unparsed
        section.categoryMismatches = mismatches
        return section
    }

    /// Distinct word bigrams over all bigrams, averaged over consecutive windows of
    /// ``bigramWindow`` question tokens (one window when there are fewer tokens).
    static func bigramDiversity(_ questions: [String]) -> Double {
        let tokens = questions.flatMap(DiversityMetrics.words)
        guard tokens.count >= 2 else { return 0 }
        var ratios: [Double] = []
        var start = 0
        repeat {
            let end = min(tokens.count, start + bigramWindow)
            let window = Array(tokens[start..<end])
            if window.count >= 2 {
                let bigrams = zip(window, window.dropFirst()).map { "\($0) \($1)" }
                ratios.append(Double(Set(bigrams).count) / Double(bigrams.count))
            }
            start = end
        } while start + bigramWindow <= tokens.count
        return ratios.reduce(0, +) / Double(max(1, ratios.count))
    }
}
