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
