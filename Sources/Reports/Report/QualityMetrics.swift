import Generation
import Model
import Validation

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
            literalsStated: examples.concurrentMap { LiteralCheck.unstated(sql: $0.sql, question: $0.question).isEmpty }.filter { $0 }.count,
            topOpener: top?.key ?? "", topOpenerShare: examples.isEmpty ? 0 : Double(top?.value ?? 0) / Double(examples.count),
            intents: intents)
        var unfaithful: [String: Int] = [:]
        for example in examples {
            for (reason, count) in example.contrastDropped where reason.hasPrefix("paraphrase_unfaithful_") {
                unfaithful[String(reason.dropFirst("paraphrase_unfaithful_".count)), default: 0] += count
            }
        }
        section.paraphrasesRefusedUnfaithful = unfaithful.isEmpty ? nil : unfaithful
        addFamiliesAndTemplates(examples, to: &section)
        addParaphraseSyntax(examples, to: &section)
        guard let schema else { return section }
        addMeaningFigures(examples, schema: schema, to: &section)
        var unused = 0, traps = 0, violations = 0, unparsed = 0, mismatches = 0
        let meanings = examples.concurrentMap { ExampleMeaning.measure($0.sql, schema: schema) }
        for (example, meaning) in zip(examples, meanings) {
            guard let meaning else {
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

    /// Share of an intent above which it counts as a family of the mix.
    static let familyShare = 0.02

    /// The family mix, SQL templates, contradicting aliases and presentation-only order flips
    /// (from the SQL text alone).
    static func addFamiliesAndTemplates(_ examples: [Example], to section: inout Report.QualitySection) {
        let count = Double(max(1, examples.count))
        let shares = section.intents.mapValues { Double($0) / count }
        section.intentShares = shares
        section.familiesAbove2Percent = shares.filter { $0.key != "unknown" && $0.value > familyShare }.count
        let templates = SQLTemplate.distinct(examples.map(\.sql))
        section.sqlTemplates = templates.all
        section.sqlTemplatesPer1000Examples = templates.perThousand
        section.contradictingAggregateAliases = examples.filter { !AggregateAliasCheck.contradictions(in: $0.sql).isEmpty }.count
        section.orderFlipNegativesWithoutRanking = NegativeFigures.orderFlipsWithoutRanking(examples)
    }

    /// The figures that need the schema: period restriction of fact examples, grouping by details,
    /// dimension attributes aggregated over fact rows, snapshot sums, top-N lists without their
    /// entity, join-key negatives of unrelated entities (docs/report.md, "Meaning figures").
    static func addMeaningFigures(_ examples: [Example], schema: Schema, to section: inout Report.QualitySection) {
        let facts = SchemaFacts(schema: schema)
        var figures: [ExampleFigures] = []
        let structures = examples.concurrentMap { try? SQLStructure.analyze($0.sql, schema: schema) }
        for (example, structure) in zip(examples, structures) {
            guard let structure else { continue }
            figures.append(ExampleFigures(sql: example.sql, structure: structure, facts: facts))
        }
        func count(_ figure: (ExampleFigures) -> Bool) -> Int { figures.filter(figure).count }
        let factExamples = count(\.readsFact), withPeriod = count(\.factWithPeriod)
        section.factExamples = factExamples
        section.factExamplesWithPeriod = withPeriod
        section.factPeriodShare = factExamples == 0 ? nil : Double(withPeriod) / Double(factExamples)
        section.examplesGroupedByDetail = count(\.groupsByDetail)
        section.examplesAggregatingDimensionAttribute = count(\.aggregatesDimensionAttribute)
        section.snapshotExamples = count(\.aggregatesSnapshot)
        section.snapshotSumsOverDates = count(\.sumsSnapshotOverDates)
        section.topNWithoutEntity = count(\.topNWithoutEntity)
        let negatives = NegativeFigures(examples, schema: schema)
        section.joinKeyNegatives = negatives.joinKeyNegatives
        section.joinKeyNegativesUnrelated = negatives.joinKeyNegativesUnrelated
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
