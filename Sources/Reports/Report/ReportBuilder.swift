import Foundation
import Model

/// Computes a ``Report`` from a loaded dataset. Uses the examples as generated (`examples.jsonl`)
/// and counts review decisions separately.
public enum ReportBuilder {
    /// Word n-gram size of the question diversity figure.
    public static let ngramN = 3

    public static func build(_ dataset: Dataset) -> Report {
        let examples = dataset.examples
        let manifest = dataset.manifest
        return Report(
            dataset: Report.DatasetSummary(schema: manifest.schema, seed: manifest.seed, provider: manifest.provider,
                                           toolVersion: manifest.toolVersion, examples: examples.count,
                                           slots: dataset.plan.slots.count, batches: dataset.plan.batches.count),
            coverage: coverage(dataset),
            complexity: complexity(dataset, examples),
            constructs: constructs(examples),
            hardness: Dictionary(grouping: examples, by: \.hardness).mapValues(\.count),
            validity: validity(dataset, examples),
            diversity: diversity(dataset),
            negatives: negatives(dataset),
            quality: QualityMetrics.build(examples, schema: dataset.schema),
            llm: dataset.llm,
            review: review(dataset),
            judge: JudgeMetrics.build(examples, counts: manifest.counts))
    }

    static func coverage(_ dataset: Dataset) -> Report.CoverageSection {
        let measured = dataset.coverage
        let projected = dataset.plan.projectedCoverage
        var rows: [String: [Report.ColumnUses]] = [:]
        for (key, uses) in measured.columns {
            guard let ref = ColumnRef(qualified: key) else { continue }
            rows[ref.table, default: []].append(Report.ColumnUses(column: ref.column, uses: uses))
        }
        for table in measured.tables.keys where rows[table] == nil { rows[table] = [] }
        let heatmap = rows.keys.sorted().map { table in
            Report.HeatmapRow(table: table, uses: measured.tables[table] ?? 0,
                              columns: (rows[table] ?? []).sorted { $0.column < $1.column })
        }
        func used(_ counts: [String: Int]) -> Int { counts.values.filter { $0 > 0 }.count }
        return Report.CoverageSection(
            columns: Report.CoverageFigure(planned: projected.columns.covered, measured: used(measured.columns), total: measured.columns.count),
            tables: Report.CoverageFigure(planned: projected.tables.covered, measured: used(measured.tables), total: measured.tables.count),
            edges: Report.CoverageFigure(planned: projected.edges.covered, measured: used(measured.edges), total: measured.edges.count),
            heatmap: heatmap, edgeUses: measured.edges,
            unusedColumns: measured.columns.filter { $0.value == 0 }.keys.sorted(),
            unusedEdges: measured.edges.filter { $0.value == 0 }.keys.sorted())
    }

    static func complexity(_ dataset: Dataset, _ examples: [Example]) -> [Report.LevelRow] {
        let slots = dataset.plan.slots
        let mix = dataset.plan.config.planner.complexityMix
        return ComplexityLevel.allCases.map { level in
            Report.LevelRow(level: level.rawValue, targetShare: mix.share(of: level),
                            planned: slots.filter { $0.complexity == level }.count,
                            measured: examples.filter { $0.complexity == level }.count)
        }
    }

    /// The constructs the report always lists (zero when unused), then any other measured one.
    public static let mainConstructs = ["join", "group_by", "having", "subquery", "cte", "window", "set_operation",
                                        "case", "order_by", "limit"]

    static func constructs(_ examples: [Example]) -> [Report.ConstructRow] {
        var names = mainConstructs
        let others = Set(examples.flatMap(\.constructs)).subtracting(names).sorted()
        names += others
        return names.map { name in
            let using = examples.filter { $0.constructs.contains(name) }
            var byLevel: [String: Int] = [:]
            for level in ComplexityLevel.allCases { byLevel[level.rawValue] = using.filter { $0.complexity == level }.count }
            return Report.ConstructRow(construct: name, examples: using.count, byLevel: byLevel)
        }
    }

    static func validity(_ dataset: Dataset, _ examples: [Example]) -> Report.ValiditySection {
        let dropped = dataset.manifest.droppedDraws
        let duplicates = ["duplicate_sql", "duplicate_template", "duplicate_question"].reduce(0) { $0 + (dropped[$1] ?? 0) }
        let retries = examples.reduce(0) { $0 + max(0, $1.attempts - 1) }
            + dataset.rejections.reduce(0) { $0 + max(0, $1.attempts.count - 1) }
        let slots = dataset.plan.slots.count
        return Report.ValiditySection(
            slots: slots, examples: examples.count, rejectedSlots: dataset.rejections.count,
            rejectionsByReason: Dictionary(grouping: dataset.rejections, by: \.reason).mapValues(\.count),
            droppedDraws: dropped, retries: retries,
            emptyResults: dataset.manifest.counts["empty_results"] ?? examples.filter { $0.result.rows == 0 }.count,
            duplicatesRemoved: duplicates,
            yield: slots == 0 ? 0 : Double(examples.count) / Double(slots))
    }

    static func diversity(_ dataset: Dataset) -> Report.DiversitySection {
        let examples = dataset.examples
        let questions = examples.map(\.question)
        let grams = DiversityMetrics.ngrams(questions, n: ngramN)
        let templates = DiversityMetrics.distinctTemplates(examples.map(\.sql))
        var distances: [Double] = []
        var styles: [String: Int] = [:]
        var sources: [String: Int] = [:]
        for item in examples {
            for paraphrase in item.paraphrases {
                distances.append(paraphrase.distance)
                styles[paraphrase.style, default: 0] += 1
                sources[paraphrase.source, default: 0] += 1
            }
        }
        return Report.DiversitySection(
            examples: examples.count, distinctTemplates: templates,
            templateRatio: examples.isEmpty ? 0 : Double(templates) / Double(examples.count),
            ngramN: ngramN, distinctNgrams: grams.distinct, totalNgrams: grams.total,
            distinctNgramRatio: grams.total == 0 ? 0 : Double(grams.distinct) / Double(grams.total),
            styles: Dictionary(grouping: examples, by: \.style).mapValues(\.count),
            categories: Dictionary(grouping: examples, by: \.category).mapValues(\.count),
            shapes: Set(examples.map(\.shape)).count,
            paraphrases: distances.count,
            paraphraseDistanceMean: distances.isEmpty ? nil : distances.reduce(0, +) / Double(distances.count),
            paraphraseDistanceMin: distances.min(),
            paraphraseStyles: styles, paraphraseSources: sources)
    }

    static func negatives(_ dataset: Dataset) -> Report.NegativesSection {
        var rows: [String: Report.NegativeKindRow] = [:]
        var nl = 0
        var variants = 0
        for item in dataset.examples {
            nl += item.nlNegatives.count
            variants += item.sqlVariants.count
            for negative in item.negatives {
                var row = rows[negative.kind] ?? Report.NegativeKindRow(kind: negative.kind, count: 0, verified: 0, hard: 0)
                row.count += 1
                if negative.fingerprint != item.result.fingerprint
                    || item.result.orderedFingerprint.map({ $0 != negative.orderedFingerprint }) == true { row.verified += 1 }
                if negative.hard { row.hard += 1 }
                rows[negative.kind] = row
            }
        }
        let byKind = rows.keys.sorted().compactMap { rows[$0] }
        let total = byKind.reduce(0) { $0 + $1.count }
        let verified = byKind.reduce(0) { $0 + $1.verified }
        let counts = dataset.manifest.counts
        return Report.NegativesSection(
            total: total, hard: byKind.reduce(0) { $0 + $1.hard }, byKind: byKind, verified: verified,
            verifiedRate: total == 0 ? nil : Double(verified) / Double(total),
            droppedSameResult: counts["negatives_refused_same_result"] ?? 0,
            droppedInvalid: counts["negatives_refused_invalid"] ?? 0,
            nlNegatives: nl, sqlVariants: variants, pairs: counts["pairs"] ?? pairLines(dataset))
    }

    /// Lines of `pairs.jsonl`, nil when the file is absent.
    static func pairLines(_ dataset: Dataset) -> Int? {
        guard let data = FileManager.default.contents(atPath: dataset.path("pairs.jsonl")) else { return nil }
        return data.split(separator: 0x0A).count
    }

    static func review(_ dataset: Dataset) -> Report.ReviewSection {
        let latest = ReviewDecision.latest(dataset.decisions)
        func count(_ kind: ReviewDecision.Kind) -> Int { latest.values.filter { $0.decision == kind }.count }
        return Report.ReviewSection(accepted: count(.accept), rejected: count(.reject), edited: count(.edit),
                                    recorded: dataset.decisions.count, examplesAfterReview: dataset.reviewedExamples?.count)
    }
}
