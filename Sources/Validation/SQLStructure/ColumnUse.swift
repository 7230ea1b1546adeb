import Model

/// The clause of a SELECT in which a column is used.
public enum ColumnClause: String, Sendable, Codable, CaseIterable {
    /// The result columns (and VALUES rows).
    case select
    /// WHERE, the non-equality terms of ON, and an aggregate's FILTER (WHERE ...).
    case filter
    /// A join equality `a.x = b.y` between two table instances of the scope (see ``JoinEquality``).
    case join
    case group
    case having
    case order
    /// PARTITION BY and ORDER BY of a window (OVER or WINDOW).
    case window
}

/// One use of a schema column in an SQL text.
public struct ColumnUse: Sendable, Hashable {
    /// Canonical schema table and column names.
    public var ref: ColumnRef
    public var instance: TableInstance
    /// Where it appears; a column inside an aggregate keeps the clause it appears in (select/having/order).
    public var clause: ColumnClause
    /// Innermost enclosing aggregate, upper case ("SUM", "COUNT DISTINCT", ...); nil outside aggregates.
    public var aggregate: String?
    /// Other enclosing scalar functions, innermost first, upper case (e.g. "STRFTIME", "SUBSTR", "CAST").
    public var functions: [String]
    /// Used in a comparison, IN, BETWEEN, LIKE/GLOB or IS with constants only on the other side.
    public var comparedToLiteral: Bool

    public init(ref: ColumnRef, instance: TableInstance, clause: ColumnClause, aggregate: String? = nil,
                functions: [String] = [], comparedToLiteral: Bool = false) {
        self.ref = ref
        self.instance = instance
        self.clause = clause
        self.aggregate = aggregate
        self.functions = functions
        self.comparedToLiteral = comparedToLiteral
    }
}
