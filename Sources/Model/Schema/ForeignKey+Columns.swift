extension ForeignKey {
    /// Whether `ref` is one of this key's child or parent columns.
    public func contains(_ ref: ColumnRef) -> Bool {
        (childTable.lowercased() == ref.table.lowercased() && childColumns.contains { $0.lowercased() == ref.column.lowercased() })
            || (parentTable.lowercased() == ref.table.lowercased() && parentColumns.contains { $0.lowercased() == ref.column.lowercased() })
    }

    /// The child and parent columns as qualified references.
    public var columnRefs: [ColumnRef] {
        childColumns.map { ColumnRef(table: childTable, column: $0) } + parentColumns.map { ColumnRef(table: parentTable, column: $0) }
    }
}

extension Schema {
    /// The single-column foreign key from `column` of `table` (case-insensitive), if any.
    public func foreignKey(from table: String, column: String) -> ForeignKey? {
        let table = table.lowercased(), column = column.lowercased()
        return foreignKeys.first { $0.childTable.lowercased(equals: table) && $0.childColumns.count == 1
            && $0.childColumns[0].lowercased(equals: column) }
    }
}
