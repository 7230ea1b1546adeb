import Model

/// The flat contrastive view of examples (`pairs.jsonl`) and their counts per kind.
public enum ContrastPairs {
    /// Per example: the positive, each paraphrase and SQL variant (label 1), each SQL negative and
    /// NL negative (label 0).
    public static func pairs(of examples: [Example]) -> [ContrastPair] {
        var pairs: [ContrastPair] = []
        for example in examples {
            pairs.append(ContrastPair(exampleID: example.id, question: example.question, sql: example.sql, label: 1, kind: "positive"))
            for paraphrase in example.paraphrases {
                pairs.append(ContrastPair(exampleID: example.id, question: paraphrase.text, sql: example.sql, label: 1, kind: "paraphrase"))
            }
            for variant in example.sqlVariants {
                pairs.append(ContrastPair(exampleID: example.id, question: example.question, sql: variant.sql, label: 1, kind: "sql_variant"))
            }
            for negative in example.negatives {
                pairs.append(ContrastPair(exampleID: example.id, question: example.question, sql: negative.sql, label: 0,
                                          kind: "negative:\(negative.kind)", hard: negative.hard))
            }
            for negative in example.nlNegatives {
                pairs.append(ContrastPair(exampleID: example.id, question: negative.question, sql: example.sql, label: 0, kind: "nl_negative"))
            }
        }
        return pairs
    }

    /// Counts for the manifest and coverage files: paraphrases, sql_variants, negatives (total,
    /// hard, per kind), nl_negatives, pairs, refused candidates by reason
    /// (`negatives_refused_same_result`, ...), and examples short of the configured numbers.
    public static func counts(of examples: [Example], paraphrasesWanted: Int, negativesWanted: Int) -> [String: Int] {
        var counts: [String: Int] = ["paraphrases": 0, "sql_variants": 0, "negatives": 0, "negatives_hard": 0, "nl_negatives": 0]
        for kind in NegativeKind.allCases { counts["negatives_\(kind.rawValue)"] = 0 }
        counts["examples_short_of_paraphrases"] = examples.filter { $0.paraphrases.count < paraphrasesWanted }.count
        counts["examples_short_of_negatives"] = examples.filter { $0.negatives.count < negativesWanted }.count
        for example in examples {
            counts["paraphrases", default: 0] += example.paraphrases.count
            counts["sql_variants", default: 0] += example.sqlVariants.count
            counts["negatives", default: 0] += example.negatives.count
            counts["negatives_hard", default: 0] += example.negatives.filter(\.hard).count
            counts["nl_negatives", default: 0] += example.nlNegatives.count
            for negative in example.negatives { counts["negatives_\(negative.kind)", default: 0] += 1 }
            for (reason, count) in example.contrastDropped { counts[countKey(droppedFor: reason), default: 0] += count }
        }
        counts["pairs"] = examples.count + counts["paraphrases", default: 0] + counts["sql_variants", default: 0]
            + counts["negatives", default: 0] + counts["nl_negatives", default: 0]
        return counts
    }

    /// `paraphrase_near_copy` → `paraphrases_refused_near_copy`, `negative_same_result` →
    /// `negatives_refused_same_result`, `sql_variant_invalid` → `sql_variants_refused_invalid`.
    static func countKey(droppedFor reason: String) -> String {
        for (prefix, group) in [("paraphrase_", "paraphrases"), ("negative_", "negatives"), ("sql_variant_", "sql_variants")]
        where reason.hasPrefix(prefix) {
            return "\(group)_refused_\(reason.dropFirst(prefix.count))"
        }
        return "dropped_\(reason)"
    }
}
