import Model
import SQLite

/// The order in which tables are filled: parents before children. Self-references are filled from
/// earlier rows of the same table; other cycles are broken by filling some foreign keys afterwards
/// ("deferred"), once their parent table exists.
struct FillPlan: Sendable {
    /// Table positions in `schema.tables`, in fill order.
    let order: [Int]
    /// Foreign keys of each table (by lower-cased name) that are filled while rows are generated,
    /// composite keys first, then in schema order.
    let immediate: [String: [ResolvedForeignKey]]
    /// Foreign keys filled after every table exists (cycle breakers), in schema order.
    let deferred: [ResolvedForeignKey]

    init(schema: Schema) throws(SyntheticDataError) {
        var resolved: [ResolvedForeignKey] = []
        for (ordinal, key) in schema.foreignKeys.enumerated() {
            resolved.append(try ResolvedForeignKey(key, ordinal: ordinal, in: schema))
        }
        let names = schema.tables.map { $0.name.lowercased() }

        var filled = Set<String>()
        var order: [Int] = []
        var deferredIDs = Set<Int>()
        while order.count < names.count {
            // Waiting edges: keys of an unfilled table to another unfilled table.
            func waiting(_ name: String) -> [ResolvedForeignKey] {
                resolved.filter { $0.child == name && !$0.isSelfReference && !filled.contains($0.parent)
                    && !deferredIDs.contains($0.ordinal) }
            }
            let pending = names.indices.filter { !order.contains($0) }
            if let ready = pending.first(where: { waiting(names[$0]).isEmpty }) {
                order.append(ready)
                filled.insert(names[ready])
                continue
            }
            // A cycle: defer the keys of the table that breaks it most cheaply.
            let breakable = pending.filter { !waiting(names[$0]).contains(where: \.touchesPrimaryKey) }
            guard let victim = breakable.min(by: { lhs, rhs in
                let left = waiting(names[lhs]).filter { !$0.isNullable }.count
                let right = waiting(names[rhs]).filter { !$0.isNullable }.count
                return left != right ? left < right : lhs < rhs
            }) else {
                throw .primaryKeyCycle(tables: pending.map { schema.tables[$0].name })
            }
            for key in waiting(names[victim]) { deferredIDs.insert(key.ordinal) }
        }
        self.order = order
        var immediate: [String: [ResolvedForeignKey]] = [:]
        for name in names {
            let own = resolved.enumerated().filter { $0.element.child == name && !deferredIDs.contains($0.element.ordinal) }
            immediate[name] = own.sorted { lhs, rhs in
                lhs.element.childPositions.count != rhs.element.childPositions.count
                    ? lhs.element.childPositions.count > rhs.element.childPositions.count
                    : lhs.offset < rhs.offset
            }.map(\.element)
        }
        self.immediate = immediate
        deferred = resolved.filter { deferredIDs.contains($0.ordinal) }
    }
}
