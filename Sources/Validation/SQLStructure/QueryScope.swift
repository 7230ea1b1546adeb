/// One SELECT core (a SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ..., or a VALUES list) and
/// what it does with schema tables.
public struct QueryScope: Sendable, Equatable {
    /// Position in ``SQLStructure/scopes``.
    public var index: Int
    /// The scope whose text holds this one (a subquery's or derived table's enclosing scope, the
    /// enclosing scope of a nested WITH); nil for the statement's own cores and CTE bodies.
    public var parent: Int?
    /// Schema tables in its FROM clause, in text order (CTE references and derived tables are not).
    public var tables: [TableInstance]
    public var joins: [JoinEquality]
    /// Equalities between a column of this scope's instance and one of an enclosing scope's: a
    /// correlated subquery's `inner.pk = outer.fk`, or `outer.fk IN (SELECT inner.pk ...)` (the
    /// semi-joins an `EXISTS` or `IN` subquery makes).
    public var correlations: [JoinEquality] = []
    /// Uses of schema columns of this scope's text (its subqueries are their own scopes), in text order.
    public var uses: [ColumnUse]
    public var hasGroupBy: Bool
    /// Whether an aggregate function (not one used as a window function) occurs in this scope.
    public var hasAggregate: Bool
    /// Whether ORDER BY applies to this core (for a set operation: recorded on its first core).
    public var orderBy: Bool
    /// The LIMIT when it is an integer literal (for a set operation: recorded on its first core).
    public var limit: Int?
    /// Whether the result columns include `*` or `table.*`.
    public var readsStar: Bool
    /// Table instances read through `*` or `alias.*`.
    var starInstances: [TableInstance] = []
    /// Whether COUNT(*) (or COUNT of a constant) counts this scope's rows.
    var countsRows = false
    /// When it counts rows: the instances whose rows are counted (those no FK join of the scope
    /// reaches as the parent).
    var countedInstances: [TableInstance] = []

    public init(index: Int, parent: Int?, tables: [TableInstance] = [], joins: [JoinEquality] = [],
                uses: [ColumnUse] = [], hasGroupBy: Bool = false, hasAggregate: Bool = false,
                orderBy: Bool = false, limit: Int? = nil, readsStar: Bool = false) {
        self.index = index
        self.parent = parent
        self.tables = tables
        self.joins = joins
        self.uses = uses
        self.hasGroupBy = hasGroupBy
        self.hasAggregate = hasAggregate
        self.orderBy = orderBy
        self.limit = limit
        self.readsStar = readsStar
    }
}
