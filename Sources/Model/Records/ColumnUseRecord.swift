/// One measured use of a column in an example's SQL: the clause it appears in, the aggregate
/// around it, and whether its use class allows that use (docs/typed-uses.md).
public struct ColumnUseRecord: Sendable, Equatable, Hashable, Codable {
    public var column: ColumnRef
    /// `select`, `filter`, `group`, `having`, `order` or `window`.
    public var clause: String
    /// `SUM`, `AVG`, `COUNT DISTINCT`, ...; absent outside aggregates.
    public var aggregate: String?
    /// Whether the column's use class allows this use; only allowed uses count for coverage.
    public var allowed: Bool

    public init(column: ColumnRef, clause: String, aggregate: String?, allowed: Bool) {
        self.column = column
        self.clause = clause
        self.aggregate = aggregate
        self.allowed = allowed
    }
}
