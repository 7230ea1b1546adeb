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
        var report = CoverageReport(schema: identity, columns: columns, tables: tables, edges: edges,
                                    complexity: complexity, constructs: constructs)
        report.roles = roles(of: examples, schema: schema, columns: columns)
        return report
    }

    /// Coverage per semantic role: columns covered of each role and their allowed uses.
    static func roles(of examples: [Example], schema: Schema, columns: [String: Int]) -> [String: RoleCoverage] {
        let semantic = SemanticModel(schema: schema)
        var roles: [String: RoleCoverage] = [:]
        var roleOf: [ColumnRef: String] = [:]
        for ref in schema.allColumns {
            let role = semantic.role(of: ref)?.rawValue ?? "unknown"
            roleOf[ref] = role
            roles[role, default: RoleCoverage()].total += 1
            if columns[ref.description, default: 0] > 0 { roles[role, default: RoleCoverage()].covered += 1 }
        }
        let keys = ExampleMeaning.keysByID(schema)
        for example in examples {
            for use in example.columnUses where use.allowed {
                guard let role = roleOf[use.column] else { continue }
                let name = use.aggregate.map { "\(use.clause):\($0)" } ?? use.clause
                roles[role, default: RoleCoverage()].uses[name, default: 0] += 1
            }
            for id in example.joinEdges {
                for ref in keys[id]?.columnRefs ?? [] {
                    guard let role = roleOf[ref] else { continue }
                    roles[role, default: RoleCoverage()].uses["join", default: 0] += 1
                }
            }
        }
        return roles
    }
}
