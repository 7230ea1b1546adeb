import Model
import SQLite

/// Fills the foreign keys that a cycle forced to wait until their parent table existed.
enum DeferredKeyFiller {
    static func fill(plan: FillPlan, data: GeneratedData, seed: UInt64) throws(SyntheticDataError) {
        var done: [String: Set<Int>] = [:]
        for key in plan.deferred {
            guard let generated = data.table(key.child) else { continue }
            let table = generated.table
            let primary = table.primaryKey.compactMap { name in
                table.columns.firstIndex { $0.name.lowercased() == name.lowercased() }
            }
            let decided = Set((plan.immediate[key.child] ?? []).flatMap(\.childPositions))
                .union(primary).union(done[key.child] ?? [])
            var random = SeededRandom(seed: seed, stream: "synthetic.deferred." + key.id)
            var nulls = SeededRandom(seed: seed, stream: "synthetic.deferred-nulls." + key.id)
            var context = KeyContext(data: data, generated: generated, keyNullRate: table.kind == .fact
                                     ? TableGenerator.factKeyNullRate : TableGenerator.dimensionKeyNullRate)
            let none = [SQLValue?](repeating: nil, count: table.columns.count)
            for index in generated.rows.indices {
                var row = generated.rows[index]
                var fixed = row.indices.map { decided.contains($0) }
                guard try context.assign(key, row: &row, fixed: &fixed, suggestion: none, mayBeNull: true,
                                         random: &random, nulls: &nulls) else {
                    throw .unsatisfiableForeignKey(table: table.name, foreignKey: key.id)
                }
                generated.rows[index] = row
            }
            done[key.child, default: []].formUnion(key.childPositions)
        }
    }
}
