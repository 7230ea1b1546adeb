extension Schema {
    /// This schema with every entity, label and foreign-key role it leaves out filled in with the
    /// value ``SchemaVocabulary`` derives, so that a written file shows them and users can edit them
    /// (`schema import`, `schema synth`). A derived role that would repeat the role of another key from
    /// the same child table to the same parent is left out, so that `schema check` asks for one.
    public func withDerivedVocabulary() -> Schema {
        let vocabulary = SchemaVocabulary(schema: self)
        var schema = self
        for tableIndex in schema.tables.indices {
            let table = schema.tables[tableIndex]
            if table.entity == nil { schema.tables[tableIndex].entity = vocabulary.entity(of: table.name) }
            for columnIndex in table.columns.indices where table.columns[columnIndex].label == nil {
                schema.tables[tableIndex].columns[columnIndex].label =
                    vocabulary.label(of: ColumnRef(table: table.name, column: table.columns[columnIndex].name))
            }
        }
        var taken = Set(foreignKeys.compactMap { key in key.role.map { VocabularyDerivation.rolePair(key, role: $0) } })
        for index in schema.foreignKeys.indices where schema.foreignKeys[index].role == nil {
            let key = schema.foreignKeys[index]
            let role = vocabulary.role(of: key)
            if taken.insert(VocabularyDerivation.rolePair(key, role: role)).inserted { schema.foreignKeys[index].role = role }
        }
        return schema
    }
}
