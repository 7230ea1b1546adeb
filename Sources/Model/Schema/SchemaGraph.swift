/// The foreign-key graph of a schema: tables as nodes, foreign keys as edges.
public struct SchemaGraph: Sendable {
    public let schema: Schema

    public init(schema: Schema) {
        self.schema = schema
    }

    /// Tables that `table` references, in foreign-key order, without repeats.
    public func parents(of table: String) -> [String] {
        unique(schema.foreignKeys.filter { $0.childTable.lowercased() == table.lowercased() }.map(\.parentTable))
    }

    /// Tables that reference `table`, in foreign-key order, without repeats.
    public func children(of table: String) -> [String] {
        unique(schema.foreignKeys.filter { $0.parentTable.lowercased() == table.lowercased() }.map(\.childTable))
    }

    /// Tables joined to `table` by any foreign key, either way.
    public func neighbours(of table: String) -> [String] {
        unique(parents(of: table) + children(of: table))
    }

    /// Connected components (ignoring direction), each in schema order; components by first table.
    public var components: [[String]] {
        var seen: Set<String> = []
        var result: [[String]] = []
        for table in schema.tables where !seen.contains(table.name) {
            var component: Set<String> = [table.name]
            var queue = [table.name]
            while let next = queue.popLast() {
                for neighbour in neighbours(of: next) where !component.contains(neighbour) {
                    component.insert(neighbour)
                    queue.append(neighbour)
                }
            }
            seen.formUnion(component)
            result.append(schema.tables.map(\.name).filter(component.contains))
        }
        return result
    }

    /// Counts for `schema show`.
    public struct Summary: Sendable {
        public var edges: Int
        public var compositeEdges: Int
        public var components: Int
        public var largestComponent: Int
        public var isolatedTables: [String]
    }

    public var summary: Summary {
        let parts = components
        return Summary(edges: schema.foreignKeys.count,
                       compositeEdges: schema.foreignKeys.filter { $0.childColumns.count > 1 }.count,
                       components: parts.count,
                       largestComponent: parts.map(\.count).max() ?? 0,
                       isolatedTables: parts.filter { $0.count == 1 && neighbours(of: $0[0]).isEmpty }.map { $0[0] })
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
