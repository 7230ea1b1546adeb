import Model

/// A foreign key joined in a scope: an instance of its child table and an instance of its parent
/// table with every child column equated to the matching parent column.
struct ForeignKeyJoin: Sendable, Equatable {
    var key: ForeignKey
    var child: TableInstance
    var parent: TableInstance
}

extension QueryScope {
    /// The foreign keys this scope's join equalities join, per instance pair, in schema order.
    func foreignKeyJoins(schema: Schema) -> [ForeignKeyJoin] {
        struct End: Hashable {
            var instance: TableInstance
            var column: String
        }
        struct Pair: Hashable {
            var first: End
            var second: End
        }
        guard !joins.isEmpty else { return [] }
        var equated = Set<Pair>()
        for join in joins {
            let left = End(instance: join.left.instance, column: join.left.ref.column.lowercased())
            let right = End(instance: join.right.instance, column: join.right.ref.column.lowercased())
            equated.insert(Pair(first: left, second: right))
            equated.insert(Pair(first: right, second: left))
        }
        let present = Set(tables.map { $0.table.lowercased() })
        var found: [ForeignKeyJoin] = []
        for key in schema.foreignKeys {
            let childTable = key.childTable.lowercased(), parentTable = key.parentTable.lowercased()
            guard present.contains(childTable), present.contains(parentTable) else { continue }
            let children = tables.filter { $0.table.lowercased() == childTable }
            let parents = tables.filter { $0.table.lowercased() == parentTable }
            for child in children {
                for parent in parents where parent != child {
                    let all = zip(key.childColumns, key.parentColumns).allSatisfy { pair in
                        equated.contains(Pair(first: End(instance: child, column: pair.0.lowercased()),
                                              second: End(instance: parent, column: pair.1.lowercased())))
                    }
                    if all { found.append(ForeignKeyJoin(key: key, child: child, parent: parent)) }
                }
            }
        }
        return found
    }
}
