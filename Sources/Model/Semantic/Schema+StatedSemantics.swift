extension Schema {
    /// `self` with the semantic model stated in full: every column's and table's `semantic` object
    /// holds its resolved semantics (the file's, else derived) and `metrics` the resolved metrics.
    /// `schema import` and `schema synth` write this so that users edit the model rather than
    /// guess it (docs/semantic-model.md).
    public func statingSemantics() -> Schema {
        let model = SemanticModel(schema: self)
        var stated = self
        for tableIndex in stated.tables.indices {
            let table = stated.tables[tableIndex]
            for columnIndex in table.columns.indices {
                let semantics = model.semantics(of: ColumnRef(table: table.name, column: table.columns[columnIndex].name))
                stated.tables[tableIndex].columns[columnIndex].semantic = semantics.isEmpty ? nil : semantics
            }
            let semantics = model.table(table.name)
            stated.tables[tableIndex].semantic = semantics == TableSemantics() ? nil : semantics
        }
        stated.metrics = model.metrics.isEmpty ? nil : model.metrics
        return stated
    }
}
