import Model
import SQLite

/// A foreign key with its columns resolved to positions in the child and parent tables.
struct ResolvedForeignKey: Sendable {
    let key: ForeignKey
    /// Position of the key in `schema.foreignKeys`, used to index caches.
    let ordinal: Int
    /// Lower-cased child and parent table names.
    let child: String
    let parent: String
    let childPositions: [Int]
    let parentPositions: [Int]
    /// Whether every child column is nullable (a NULL tuple is then allowed).
    let isNullable: Bool
    /// Whether any child column is part of the child's primary key.
    let touchesPrimaryKey: Bool

    var isSelfReference: Bool { child == parent }
    var id: String { key.id }

    /// Resolves `key` against `schema`, or explains which table or column is missing.
    init(_ key: ForeignKey, ordinal: Int, in schema: Schema) throws(SyntheticDataError) {
        guard let childTable = schema.table(named: key.childTable) else {
            throw .unknownReference(foreignKey: key.id, missing: "table \(key.childTable)")
        }
        guard let parentTable = schema.table(named: key.parentTable) else {
            throw .unknownReference(foreignKey: key.id, missing: "table \(key.parentTable)")
        }
        guard !key.childColumns.isEmpty, key.childColumns.count == key.parentColumns.count else {
            throw .unknownReference(foreignKey: key.id, missing: "matching child and parent column lists")
        }
        func positions(_ names: [String], in table: Table) throws(SyntheticDataError) -> [Int] {
            var result: [Int] = []
            for name in names {
                guard let position = table.columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                    throw .unknownReference(foreignKey: key.id, missing: "column \(table.name).\(name)")
                }
                result.append(position)
            }
            return result
        }
        self.key = key
        self.ordinal = ordinal
        child = childTable.name.lowercased()
        parent = parentTable.name.lowercased()
        childPositions = try positions(key.childColumns, in: childTable)
        parentPositions = try positions(key.parentColumns, in: parentTable)
        isNullable = childPositions.allSatisfy { childTable.columns[$0].nullable }
        let primary = Set(childTable.primaryKey.map { $0.lowercased() })
        touchesPrimaryKey = childPositions.contains { primary.contains(childTable.columns[$0].name.lowercased()) }
    }
}
