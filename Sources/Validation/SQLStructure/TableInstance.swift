/// One occurrence of a schema table in the FROM clause of a query scope.
public struct TableInstance: Sendable, Hashable {
    /// Index of the scope (``QueryScope/index``) whose FROM clause holds it.
    public var scope: Int
    /// The alias, or the table's name as written when it has none.
    public var alias: String
    /// The canonical schema table name.
    public var table: String

    public init(scope: Int, alias: String, table: String) {
        self.scope = scope
        self.alias = alias
        self.table = table
    }
}
