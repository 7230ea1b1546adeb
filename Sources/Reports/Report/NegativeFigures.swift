import Generation
import Model
import Validation

/// Negatives that are no negatives, re-measured from the SQL texts (docs/report.md): ORDER BY flips
/// where the order only presents the rows, and join-key swaps that equate keys of unrelated entities.
struct NegativeFigures: Equatable {
    /// `wrong_join_key` negatives.
    var joinKeyNegatives = 0
    /// `wrong_join_key` negatives with a join equality between keys of unrelated entities
    /// (``KeyEntity``), or that cannot be parsed.
    var joinKeyNegativesUnrelated = 0

    init(_ examples: [Example], schema: Schema) {
        for example in examples {
            for negative in example.negatives where negative.kind == NegativeKind.wrongJoinKey.rawValue {
                joinKeyNegatives += 1
                if let structure = try? SQLStructure.analyze(negative.sql, schema: schema),
                   KeyEntity.unrelatedJoins(in: structure, schema: schema).isEmpty { continue }
                joinKeyNegativesUnrelated += 1
            }
        }
    }

    /// `wrong_order_direction` negatives of `examples` that only reorder the rows
    /// (``presentationOnly(positive:negative:)``).
    static func orderFlipsWithoutRanking(_ examples: [Example]) -> Int {
        examples.reduce(0) { total, example in
            let positive = SQLTokenFacts(sql: example.sql)
            return total + example.negatives.filter {
                $0.kind == NegativeKind.wrongOrderDirection.rawValue && presentationOnly(positive: positive, negative: SQLTokenFacts(sql: $0.sql))
            }.count
        }
    }

    /// Whether the flip from `positive` to `negative` only changes how rows are presented: no
    /// top-level LIMIT keeps the first rows, and the first changed token is outside any window.
    static func presentationOnly(positive: SQLTokenFacts, negative: SQLTokenFacts) -> Bool {
        guard !positive.keepsFirstRows, let index = positive.firstDifference(from: negative) else { return false }
        return !(index < negative.inWindow.count && negative.inWindow[index])
    }
}
