import Model

/// The structure of one SELECT statement read from its text: every SELECT core as a scope with its
/// schema table instances, join equalities and column uses (clause, aggregate, functions, literal
/// comparisons). See docs/validation.md, "Structure analysis".
public struct SQLStructure: Sendable, Equatable {
    /// Every SELECT core, outermost first, then in text order (CTE bodies, set-operation branches, subqueries).
    public var scopes: [QueryScope]
    /// Every column use, in text order.
    public private(set) var columnUses: [ColumnUse]

    /// Parses `sql` (one SELECT statement, optional trailing `;`) and resolves columns against `schema`.
    ///
    /// Throws when the text is not a SELECT statement SQLite could read, or names a table or column
    /// that neither the schema nor the statement (CTEs, derived tables, aliases) defines.
    public static func analyze(_ sql: String, schema: Schema) throws(SQLStructureError) -> SQLStructure {
        var parser = SQLParser(sql: sql)
        let statement = try parser.parse()
        var resolver = StructureResolver(schema: schema, coreCount: parser.coreCount, mainCore: statement.cores[0].id)
        try resolver.statement(statement, parent: nil, outer: [])
        let (scopes, uses) = resolver.finish()
        var structure = SQLStructure(scopes: scopes, columnUses: uses)
        for index in structure.scopes.indices where structure.scopes[index].countsRows {
            let scope = structure.scopes[index]
            let parents = Set(scope.foreignKeyJoins(schema: schema).map(\.parent))
            structure.scopes[index].countedInstances = scope.tables.filter { !parents.contains($0) }
        }
        return structure
    }

    /// FK ids (``ForeignKey/id``) joined: in one scope an instance of the child table and an instance
    /// of the parent table with every child column equated (ON or WHERE `=`, either side order) to
    /// the matching parent column, or semi-joined (``QueryScope/correlations``: a subquery's parent
    /// key equated to, or selected `IN`, the outer child key). Sorted, unique.
    public func joinedEdges(schema: Schema) -> [String] {
        Set(scopes.flatMap { ($0.foreignKeyJoins(schema: schema) + $0.semiJoins(schema: schema)).map(\.key.id) }).sorted()
    }
}
