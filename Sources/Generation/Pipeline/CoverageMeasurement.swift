import Model

/// Measured coverage of examples, every schema column, table and edge listed (zero when unused).
/// A column counts only where an example uses it visibly in a use its class allows (select,
/// filter, group, order, aggregate); key columns count through the FK edges joined.
public enum CoverageMeasurement {
    public static func report(of examples: [Example], schema: Schema, identity: SchemaIdentity) -> CoverageReport {
        var columns = Dictionary(uniqueKeysWithValues: schema.allColumns.map { ($0.description, 0) })
        var tables = Dictionary(uniqueKeysWithValues: schema.tables.map { ($0.name, 0) })
        var edges = Dictionary(schema.foreignKeys.map { ($0.id, 0) }, uniquingKeysWith: { first, _ in first })
        var complexity = Dictionary(uniqueKeysWithValues: ComplexityLevel.allCases.map { ($0.rawValue, 0) })
        var constructs: [String: Int] = [:]
        let keys = ExampleMeaning.keysByID(schema)
        for example in examples {
            for column in ExampleMeaning.covered(uses: example.columnUses, joinedEdges: example.joinEdges, keys: keys) {
                columns[column.description, default: 0] += 1
            }
            for table in example.tables { tables[table, default: 0] += 1 }
            for edge in example.joinEdges { edges[edge, default: 0] += 1 }
            complexity[example.complexity.rawValue, default: 0] += 1
            for construct in example.constructs { constructs[construct, default: 0] += 1 }
        }
        return CoverageReport(schema: identity, columns: columns, tables: tables, edges: edges,
                              complexity: complexity, constructs: constructs)
    }
}
