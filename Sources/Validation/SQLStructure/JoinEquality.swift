/// `a.x = b.y` between two different table instances of one scope: a top-level AND term of an ON
/// condition or of WHERE, or a column named by USING / shared by a NATURAL join.
public struct JoinEquality: Sendable, Equatable {
    public var left: ColumnUse
    public var right: ColumnUse

    public init(left: ColumnUse, right: ColumnUse) {
        self.left = left
        self.right = right
    }
}
