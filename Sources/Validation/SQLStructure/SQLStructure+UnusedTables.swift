extension SQLStructure {
    /// Table instances whose columns are used only in join equalities (not in select, filter, group,
    /// having, order, window, aggregate), and which are not read through `*`; in scope then FROM order.
    ///
    /// A use counts wherever it is written: an outer instance used in a correlated subquery is used.
    /// COUNT(*) (or COUNT of a constant) uses the instances whose rows it counts: those of its scope
    /// that no FK join of the scope reaches as the parent.
    public func unusedTables() -> [TableInstance] {
        var used = Set<TableInstance>()
        for scope in scopes {
            for use in scope.uses where use.clause != .join { used.insert(use.instance) }
            used.formUnion(scope.starInstances)
            used.formUnion(scope.countedInstances)
        }
        return scopes.flatMap(\.tables).filter { !used.contains($0) }
    }
}
