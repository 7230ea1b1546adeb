import Model

/// A stratified, seeded sample of examples for human review: strata are (complexity, category);
/// each stratum gets its proportional share of the sample (largest remainders, at least one per
/// stratum while the sample has room); inside a stratum examples are drawn with ``SeededRandom``.
public enum ReviewSample {
    public static func draw(_ examples: [Example], size: Int, seed: UInt64) -> [Example] {
        guard size > 0, !examples.isEmpty else { return [] }
        let strata = Dictionary(grouping: examples) { "\($0.complexity.rawValue)|\($0.category)" }
        let keys = strata.keys.sorted()
        let target = min(size, examples.count)
        var quota = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
        // One per stratum first (largest strata first) while there is room, then proportional shares.
        for key in keys.sorted(by: { (strata[$0]!.count, $1) > (strata[$1]!.count, $0) }).prefix(target) { quota[key] = 1 }
        var remaining = target - quota.values.reduce(0, +)
        if remaining > 0 {
            let room = keys.map { strata[$0]!.count - quota[$0]! }
            let totalRoom = room.reduce(0, +)
            var shares = keys.indices.map { Double(room[$0]) * Double(remaining) / Double(totalRoom) }
            for (index, key) in keys.enumerated() {
                let whole = min(room[index], Int(shares[index]))
                quota[key]! += whole
                shares[index] -= Double(whole)
                remaining -= whole
            }
            let order = keys.indices.sorted { (shares[$0], keys[$1]) > (shares[$1], keys[$0]) }
            var cursor = 0
            while remaining > 0, cursor < order.count * 2 {
                let index = order[cursor % order.count]
                if quota[keys[index]]! < strata[keys[index]]!.count {
                    quota[keys[index]]! += 1
                    remaining -= 1
                }
                cursor += 1
            }
        }
        var picked: [Example] = []
        for key in keys {
            var random = SeededRandom(seed: seed, stream: "review/\(key)")
            var pool = strata[key]!.sorted { $0.id < $1.id }
            for _ in 0..<quota[key]! { picked.append(pool.remove(at: random.int(in: 0...(pool.count - 1)))) }
        }
        return picked.sorted { $0.id < $1.id }
    }
}
