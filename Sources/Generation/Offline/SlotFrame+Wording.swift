import Model

extension SlotFrame {
    /// The words one draft's question uses where the semantic model offers several: a column's
    /// label or one of its synonyms ("net paid", "amount paid"), a metric's label or one of its
    /// synonyms ("profit margin", "margin"), and whether a sum says "total". Chosen once per
    /// draft, so one question names a column the same way throughout; lookups only, never iterated.
    struct Words: Sendable {
        var labels: [ColumnRef: String] = [:]
        var metricLabels: [String: String] = [:]
        /// "total " or nothing before a summed measure.
        var sumLead = "total "
        /// "average " or "mean " before an averaged one.
        var averageLead = "average "
        /// The words before further figures: ", with total tax", ", plus total tax".
        var alongWith = "with"
        /// The seed and stream of phrasing choices recipes make (``SlotFrame/phrasing(_:_:)``).
        var seed: UInt64 = 0
        var stream = ""
    }

    /// Picks this draft's words from the semantic model's synonyms with a stream of its own, so
    /// the SQL's draws stay as they were: one of role and role synonyms for each joined dimension,
    /// one of label and synonyms for each column of the frame's tables and each metric that has
    /// synonyms, and "total" before two thirds of the sums.
    mutating func chooseWords(vocabulary: SchemaVocabulary, seed: UInt64, stream: String) {
        // A joined dimension's role or one of its synonyms ("billing address", "bill-to address"),
        // drawn apart so the other words' draws stay; the instance keeps it for the whole draft.
        var roles = SeededRandom(seed: seed, stream: stream + "|roles")
        for index in instances.indices {
            guard let edge = instances[index].edge else { continue }
            let phrases = vocabulary.roles(of: edge)
            if phrases.count > 1 { instances[index].phrase = roles.pick(phrases) }
        }
        var rng = SeededRandom(seed: seed, stream: stream)
        var chosen = Words(seed: seed, stream: stream)
        if let semantic {
            for instance in instances {
                for column in instance.table.columns {
                    let ref = ColumnRef(table: instance.table.name, column: column.name)
                    let synonyms = semantic.semantics(of: ref).synonyms
                    guard !synonyms.isEmpty, chosen.labels[ref] == nil else { continue }
                    chosen.labels[ref] = rng.pick([vocabulary.label(of: ref)] + synonyms)
                }
            }
            for metric in semantic.metrics where !metric.synonyms.isEmpty {
                chosen.metricLabels[metric.name] = rng.pick(metric.labels)
            }
        }
        chosen.sumLead = rng.pick(["total ", ""])
        chosen.averageLead = rng.pick(["average ", "average ", "mean "])
        chosen.alongWith = rng.pick(["with", "and", "plus", "showing"])
        wording = chosen
    }

    /// `figure` of the anchor's facts: "net profit of store sales" (``amountOf`` between), or
    /// "store sales net profit" when ``amountOf`` is empty and the facts' name reads in front (no
    /// "sales in stores net profit", no "store sales sales tax": then "of").
    func subject(of figure: String) -> String {
        if amountOf.isEmpty {
            let words = anchorPlural.split(separator: " ")
            // Nor "store sales sales tax": a figure that repeats the facts' last word.
            let reads = !words.contains { ["in", "to", "of", "for", "at"].contains($0.lowercased()) }
                && !figure.split(separator: " ").contains { $0.lowercased() == words.last?.lowercased() }
            return reads ? "\(anchorPlural) \(figure)" : "\(figure) of \(anchorPlural)"
        }
        return "\(figure) \(amountOf) \(anchorPlural)"
    }

    /// How this draft's question names `metric`: its label or the synonym chosen for it.
    func label(of metric: Metric) -> String { wording.metricLabels[metric.name] ?? metric.label }

    /// One of `options` for the phrasing `key` of this draft (a recipe's wording of its request),
    /// from the draft's wording stream: the same draft always says it the same way.
    func phrasing(_ options: [String], _ key: String) -> String {
        var rng = SeededRandom(seed: wording.seed, stream: wording.stream + "|" + key)
        return rng.pick(options)
    }
}
