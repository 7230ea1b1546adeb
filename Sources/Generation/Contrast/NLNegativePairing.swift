import Model

/// NL-side negatives: each example is paired with questions of other examples over the same
/// tables whose SQL returns a different result. Candidates are ranked by how many tables they
/// share (the same table set first), then by a seeded order, so the choice is deterministic and
/// needs every example of the dataset (it runs when the dataset is written, and again on merge).
public enum NLNegativePairing {
    /// `examples` with `nl_negatives` filled: up to `count` each (none when `count` is 0).
    public static func attach(to examples: [Example], count: Int, seed: UInt64) -> [Example] {
        guard count > 0 else { return examples.map { var copy = $0; copy.nlNegatives = []; return copy } }
        var byTable: [String: [Int]] = [:]
        for (index, example) in examples.enumerated() {
            for table in example.tables { byTable[table, default: []].append(index) }
        }
        return examples.enumerated().map { index, example in
            let mine = Set(example.tables)
            var shared: [Int: Int] = [:]
            for table in example.tables.sorted() { for other in byTable[table] ?? [] where other != index { shared[other, default: 0] += 1 } }
            let ranked = shared.keys.filter { examples[$0].result.fingerprint != example.result.fingerprint }
                .map { other -> (index: Int, exact: Bool, shared: Int, order: UInt64) in
                    var rng = SeededRandom(seed: seed, stream: "contrast.nl|\(example.id)|\(examples[other].id)")
                    return (other, Set(examples[other].tables) == mine, shared[other] ?? 0, rng.next())
                }
                .sorted { ($0.exact ? 0 : 1, -$0.shared, $0.order, $0.index) < ($1.exact ? 0 : 1, -$1.shared, $1.order, $1.index) }
            var copy = example
            copy.nlNegatives = ranked.prefix(count).map {
                let other = examples[$0.index]
                return NLNegative(question: other.question, exampleID: other.id, sharedTables: mine.intersection(other.tables).sorted())
            }
            return copy
        }
    }
}
