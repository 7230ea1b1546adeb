import Model
import SchemaSynthesis
import Testing

@Suite("SyntheticSchemaGenerator")
struct SyntheticSchemaTests {
    private func schema(_ tables: Int, seed: UInt64 = 42) throws -> Schema {
        try SyntheticSchemaGenerator(tableCount: tables, seed: seed).generate()
    }

    @Test("generated schemas pass SchemaChecker without any diagnostic", arguments: [24, 100, 500, 2000])
    func passesChecker(tables: Int) throws {
        let schema = try schema(tables)
        #expect(schema.tables.count == tables)
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(5))")
    }

    @Test("every table, column and foreign key has an entity, a label and a role of at most four words")
    func vocabulary() throws {
        let schema = try schema(200, seed: 3)
        for table in schema.tables {
            let entity = try #require(table.entity, "\(table.name)")
            #expect(!entity.singular.isEmpty && !entity.plural.isEmpty)
            let labels = table.columns.compactMap(\.label)
            #expect(labels.count == table.columns.count, "\(table.name)")
            #expect(labels.allSatisfy { $0.split(separator: " ").count <= 4 && !$0.contains("_") }, "\(labels)")
            #expect(Set(labels).count == labels.count, "\(labels)")
        }
        #expect(schema.foreignKeys.allSatisfy { $0.role != nil })
        let diagnostics = SchemaChecker.diagnostics(of: schema)
        #expect(!diagnostics.contains { [".entity", ".label", ".role"].contains(where: $0.path.hasSuffix) }, "\(diagnostics.prefix(5))")
    }

    @Test("tiny and odd sizes are valid and connected", arguments: [2, 3, 5, 7, 11, 13])
    func smallSizes(tables: Int) throws {
        for seed: UInt64 in 0..<20 {
            let schema = try schema(tables, seed: seed)
            #expect(schema.tables.count == tables)
            #expect(SchemaChecker.diagnostics(of: schema).isEmpty)
            #expect(SchemaGraph(schema: schema).components.count == 1)
            #expect(schema.tables.contains { $0.kind == .fact })
            #expect(schema.tables.contains { $0.kind == .dimension })
        }
    }

    @Test("the same size and seed give the same schema; another seed gives another")
    func determinism() throws {
        let first = try schema(300, seed: 7)
        let again = try schema(300, seed: 7)
        let other = try schema(300, seed: 8)
        #expect(first == again)
        #expect(first != other)
        #expect(try schema(24, seed: 1) == schema(24, seed: 1))
    }

    @Test("fact share, references and column counts stay in their ranges", arguments: [24, 100, 500, 2000])
    func ranges(tables: Int) throws {
        let schema = try schema(tables)
        let facts = schema.tables.filter { $0.kind == .fact }
        let share = Double(facts.count) / Double(tables)
        #expect(share >= 0.15 && share <= 0.25, "fact share \(share)")
        for table in schema.tables {
            let range = table.kind == .fact ? 8...25 : 5...20
            #expect(range.contains(table.columns.count), "\(table.name) has \(table.columns.count) columns")
        }
        let dimensionNames = Set(schema.tables.filter { $0.kind == .dimension }.map(\.name))
        for fact in facts {
            let references = schema.foreignKeys.filter { $0.childTable == fact.name && dimensionNames.contains($0.parentTable) }
            #expect((3...10).contains(references.count), "\(fact.name) references \(references.count) dimensions")
        }
    }

    @Test("the foreign-key graph is one component", arguments: [24, 100, 500, 2000])
    func connected(tables: Int) throws {
        #expect(SchemaGraph(schema: try schema(tables)).components.count == 1)
        // More seeds, with a linear-time check.
        for seed: UInt64 in 1...5 {
            #expect(componentCount(of: try schema(tables, seed: seed)) == 1, "seed \(seed)")
        }
    }

    /// Union-find over the foreign keys.
    private func componentCount(of schema: Schema) -> Int {
        var index: [String: Int] = [:]
        for (position, table) in schema.tables.enumerated() { index[table.name] = position }
        var parent = Array(schema.tables.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for key in schema.foreignKeys {
            guard let child = index[key.childTable], let referenced = index[key.parentTable] else { return -1 }
            parent[root(child)] = root(referenced)
        }
        return Set(schema.tables.indices.map(root)).count
    }

    @Test("schemas are star/snowflake shaped: role-playing, snowflakes and composite keys appear")
    func shape() throws {
        let schema = try schema(500)
        let kinds = Dictionary(uniqueKeysWithValues: schema.tables.map { ($0.name, $0.kind) })
        // Role-playing: some fact references one dimension twice.
        let rolePlaying = schema.tables.filter { $0.kind == .fact }.contains { fact in
            let parents = schema.foreignKeys.filter { $0.childTable == fact.name }.map(\.parentTable)
            return Set(parents).count < parents.count
        }
        #expect(rolePlaying)
        // Snowflake: a dimension references another dimension.
        #expect(schema.foreignKeys.contains { kinds[$0.childTable] == .dimension && kinds[$0.parentTable] == .dimension })
        // Composite keys from a reversal fact to the fact it reverses, matching the parent's primary key.
        let composite = schema.foreignKeys.filter { $0.childColumns.count > 1 }
        #expect(!composite.isEmpty)
        for key in composite {
            #expect(kinds[key.childTable] == .fact && kinds[key.parentTable] == .fact)
            #expect(schema.table(named: key.parentTable)?.primaryKey == key.parentColumns)
        }
        // Every table has a subject area and a description; roles cover all kinds of column.
        #expect(schema.tables.allSatisfy { !$0.subjectArea.isEmpty && !$0.description.isEmpty })
        let roles = Set(schema.tables.flatMap(\.columns).map(\.role))
        #expect(roles == Set(ColumnRole.allCases))
        let types = Set(schema.tables.flatMap(\.columns).map { $0.typeFamily })
        #expect(types.isSuperset(of: [.integer, .decimal, .text, .date]))
        // Several subject areas, for batch rotation.
        #expect(Set(schema.tables.map(\.subjectArea)).count >= 8)
    }

    @Test("column names are unique over the whole schema, TPC-DS style")
    func globallyUniqueColumns() throws {
        let schema = try schema(2000)
        let names = schema.tables.flatMap(\.columns).map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
    }

    @Test("out-of-range table counts throw a clear error", arguments: [-1, 0, 1, 100_001])
    func invalidCounts(tables: Int) {
        #expect(throws: SyntheticSchemaError.self) {
            try SyntheticSchemaGenerator(tableCount: tables, seed: 1).generate()
        }
        do {
            _ = try SyntheticSchemaGenerator(tableCount: tables, seed: 1).generate()
        } catch {
            #expect(error.message.contains("\(tables)"))
            #expect(error.message.contains("100000"))
        }
    }
}
