/// The words questions use for a schema: each table's entity nouns, each column's label and each
/// foreign key's role, as declared in the schema file or, where it says nothing, derived from names
/// (docs/schema-format.md, "Vocabulary"). Lookups are case-insensitive like ``Schema/table(named:)``.
public struct SchemaVocabulary: Sendable {
    private var entities: [String: EntityName] = [:]
    private var labels: [ColumnRef: String] = [:]
    private var roles: [String: String] = [:]
    private var prefixes: [String: [String]] = [:]

    /// The vocabulary of `schema`; for a repeated table or key name the first one counts.
    public init(schema: Schema) {
        for table in schema.tables {
            let key = table.name.lowercased()
            guard entities[key] == nil else { continue }
            entities[key] = Self.declared(table.entity) ?? VocabularyDerivation.entity(ofTableNamed: table.name)
            let prefix = VocabularyDerivation.columnPrefix(of: table)
            prefixes[key] = prefix
            for (column, label) in zip(table.columns, VocabularyDerivation.labels(of: table, prefix: prefix)) {
                let ref = Self.key(ColumnRef(table: table.name, column: column.name))
                if labels[ref] == nil { labels[ref] = label }
            }
        }
        for foreignKey in schema.foreignKeys {
            let id = foreignKey.id.lowercased()
            if roles[id] == nil { roles[id] = derivedOrDeclaredRole(of: foreignKey) }
        }
    }

    /// The entity nouns of the table named `table`; derived from the name for a table the schema lacks.
    public func entity(of table: String) -> EntityName {
        entities[table.lowercased()] ?? VocabularyDerivation.entity(ofTableNamed: table)
    }

    /// The label of `column`; derived from the name for a column the schema lacks.
    public func label(of column: ColumnRef) -> String {
        if let label = labels[Self.key(column)] { return label }
        return VocabularyDerivation.label(of: Column(name: column.column, type: ""), table: column.table,
                                          prefix: prefixes[column.table.lowercased()])
    }

    /// The role of `key`: its own role if it has one, else the role of the schema's key with the same
    /// columns, else one derived from the child column's name.
    public func role(of key: ForeignKey) -> String {
        if let role = VocabularyDerivation.declared(key.role) { return role }
        return roles[key.id.lowercased()] ?? derivedOrDeclaredRole(of: key)
    }

    /// The role of `key` and its synonyms (``ForeignKey/roleSynonyms``), the role first.
    public func roles(of key: ForeignKey) -> [String] {
        [role(of: key)] + key.roleSynonyms
    }

    private func derivedOrDeclaredRole(of key: ForeignKey) -> String {
        VocabularyDerivation.declared(key.role) ?? VocabularyDerivation.role(of: key, childPrefix: prefixes[key.childTable.lowercased()],
                                                             parentEntity: entity(of: key.parentTable))
    }

    private static func key(_ ref: ColumnRef) -> ColumnRef {
        ColumnRef(table: ref.table.lowercased(), column: ref.column.lowercased())
    }

    private static func declared(_ entity: EntityName?) -> EntityName? {
        guard let entity, VocabularyDerivation.declared(entity.singular) != nil,
              VocabularyDerivation.declared(entity.plural) != nil else { return nil }
        return entity
    }
}
