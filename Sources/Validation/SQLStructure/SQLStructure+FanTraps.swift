import Model

extension SQLStructure {
    /// Scopes where FK joins reach two many-sided tables through a shared parent.
    ///
    /// In each scope every FK join (as ``joinedEdges(schema:)`` finds it, per instance pair) is an
    /// edge from the child instance to the parent instance. A source is an instance some FK join
    /// leaves and none enters. An instance reached along edges from two or more sources, where no
    /// single instance with an edge into it already carries all those sources, is a trap's parent;
    /// its children are the instances with an edge into it (e.g. `store_sales` and `web_sales`
    /// joined to one `date_dim`). `store_returns → store_sales → date_dim` has one source: no trap.
    public func fanTraps(schema: Schema) -> [FanTrap] {
        scopes.flatMap { Self.fanTraps(in: $0, schema: schema) }
    }

    private static func fanTraps(in scope: QueryScope, schema: Schema) -> [FanTrap] {
        let joins = scope.foreignKeyJoins(schema: schema)
        guard joins.count >= 2 else { return [] }
        var parents: [TableInstance: [TableInstance]] = [:]
        var children: [TableInstance: [TableInstance]] = [:]
        for join in joins {
            if !(parents[join.child]?.contains(join.parent) ?? false) { parents[join.child, default: []].append(join.parent) }
            if !(children[join.parent]?.contains(join.child) ?? false) { children[join.parent, default: []].append(join.child) }
        }
        let sources = scope.tables.filter { parents[$0] != nil && children[$0] == nil }
        guard sources.count >= 2 else { return [] }
        // The sources (by position) that reach each instance.
        var reached: [TableInstance: Set<Int>] = [:]
        for (number, source) in sources.enumerated() {
            var stack = [source]
            var seen: Set<TableInstance> = [source]
            while let instance = stack.popLast() {
                reached[instance, default: []].insert(number)
                for parent in parents[instance] ?? [] where seen.insert(parent).inserted { stack.append(parent) }
            }
        }
        var traps: [FanTrap] = []
        for instance in scope.tables {
            guard let from = reached[instance], from.count >= 2 else { continue }
            let incoming = scope.tables.filter { children[instance]?.contains($0) ?? false }
            if incoming.contains(where: { reached[$0]?.isSuperset(of: from) ?? false }) { continue }
            traps.append(FanTrap(scope: scope.index, parent: instance, children: incoming))
        }
        return traps
    }
}
