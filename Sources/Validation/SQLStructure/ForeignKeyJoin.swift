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
        Self.foreignKeyJoins(equalities: joins, instances: tables, schema: schema)
    }

    /// The foreign keys this scope's correlations join to an enclosing scope (semi-joins), in schema order.
    func semiJoins(schema: Schema) -> [ForeignKeyJoin] {
        var instances: [TableInstance] = []
        for equality in correlations {
            for instance in [equality.left.instance, equality.right.instance] where !instances.contains(instance) {
                instances.append(instance)
            }
        }
        return Self.foreignKeyJoins(equalities: correlations, instances: instances, schema: schema)
    }

    /// The foreign keys `equalities` join between two of `instances`: an instance of the child
    /// table and one of the parent table with every child column equated to the parent's.
    private static func foreignKeyJoins(equalities: [JoinEquality], instances: [TableInstance], schema: Schema) -> [ForeignKeyJoin] {
        struct End: Hashable {
            var instance: TableInstance
            var column: String
        }
        struct Pair: Hashable {
            var first: End
            var second: End
        }
        guard !equalities.isEmpty else { return [] }
        /// The schema's spelling of a key column, as join uses carry it.
        func canonical(_ column: String, of instance: TableInstance) -> String? {
            schema.tables.first { $0.name == instance.table }?.columns.first { SQLName.same($0.name, column) }?.name
        }
        var equated = Set<Pair>()
        for join in equalities {
            let left = End(instance: join.left.instance, column: join.left.ref.column)
            let right = End(instance: join.right.instance, column: join.right.ref.column)
            equated.insert(Pair(first: left, second: right))
            equated.insert(Pair(first: right, second: left))
        }
        var found: [ForeignKeyJoin] = []
        for key in schema.foreignKeys {
            let children = instances.filter { SQLName.same($0.table, key.childTable) }
            guard !children.isEmpty else { continue }
            let parents = instances.filter { SQLName.same($0.table, key.parentTable) }
            for child in children {
                for parent in parents where parent != child {
                    let all = zip(key.childColumns, key.parentColumns).allSatisfy { pair in
                        guard let childColumn = canonical(pair.0, of: child), let parentColumn = canonical(pair.1, of: parent) else { return false }
                        return equated.contains(Pair(first: End(instance: child, column: childColumn),
                                                     second: End(instance: parent, column: parentColumn)))
                    }
                    if all { found.append(ForeignKeyJoin(key: key, child: child, parent: parent)) }
                }
            }
        }
        return found
    }
}
