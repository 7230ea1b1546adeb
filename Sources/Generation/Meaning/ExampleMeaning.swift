import Model
import Validation

/// What an example's SQL means, measured from its structure (``SQLStructure``): every visible
/// column use with its clause and whether its use class allows it, the FK edges really joined,
/// joined tables that nothing uses, fan traps and typed-use violations. The pipeline refuses a
/// draft with any problem; reports count them again from the SQL.
public struct ExampleMeaning: Sendable, Equatable {
    /// Visible uses (not join equalities), in text order, unique.
    public var uses: [ColumnUseRecord]
    /// FK ids joined by an equality of all their key columns between instances of their tables.
    public var joinedEdges: [String]
    /// `table (alias)` of instances whose columns only join.
    public var unusedTables: [String]
    /// `parent <- child, child` per fan trap.
    public var fanTraps: [String]
    /// One sentence per use its class does not allow, naming the rule.
    public var violations: [String]

    /// Whether nothing is wrong.
    public var isClean: Bool { unusedTables.isEmpty && fanTraps.isEmpty && violations.isEmpty }

    /// Columns that count for coverage: allowed visible uses, and the key columns of joined edges.
    public func coveredColumns(schema: Schema) -> [ColumnRef] {
        Self.covered(uses: uses, joinedEdges: joinedEdges, keys: Self.keysByID(schema)).sorted()
    }

    /// The columns `uses` and `joinedEdges` cover: allowed visible uses and the key columns of the
    /// joined edges (`keys`: the schema's foreign keys by id).
    public static func covered(uses: [ColumnUseRecord], joinedEdges: [String], keys: [String: ForeignKey]) -> Set<ColumnRef> {
        var covered = Set(uses.filter(\.allowed).map(\.column))
        for id in joinedEdges { keys[id]?.columnRefs.forEach { covered.insert($0) } }
        return covered
    }

    /// The schema's foreign keys by ``ForeignKey/id``.
    public static func keysByID(_ schema: Schema) -> [String: ForeignKey] {
        Dictionary(schema.foreignKeys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Measures `sql`; nil when it cannot be parsed.
    public static func measure(_ sql: String, schema: Schema) -> ExampleMeaning? {
        guard let structure = try? SQLStructure.analyze(sql, schema: schema) else { return nil }
        var seen: Set<ColumnUseRecord> = []
        var uses: [ColumnUseRecord] = []
        var violations: [String] = []
        for use in structure.columnUses where use.clause != .join {
            let useClass = schema.useClass(of: use.ref) ?? .category
            // A key a subquery returns feeds an IN comparison with a key: a join, not a use.
            if useClass == .key, use.clause == .select, structure.scopes.indices.contains(use.instance.scope),
               structure.scopes[use.instance.scope].parent != nil { continue }
            let problem = TypedUseRules.violation(of: use, useClass: useClass)
                ?? TypedUseRules.detailOverFacts(use, useClass: useClass, structure: structure, schema: schema)
            let record = ColumnUseRecord(column: use.ref, clause: use.clause.rawValue, aggregate: use.aggregate, allowed: problem == nil)
            if seen.insert(record).inserted { uses.append(record) }
            if let problem, !violations.contains(problem) { violations.append(problem) }
        }
        let countsRows = sql.uppercased().contains("COUNT(*)")
        let unused = structure.unusedTables().filter { instance in
            // COUNT(*) counts the rows of a scope's first table: that is a use of it.
            !(countsRows && structure.scopes.indices.contains(instance.scope)
              && structure.scopes[instance.scope].tables.first == instance)
        }
        return ExampleMeaning(
            uses: uses, joinedEdges: structure.joinedEdges(schema: schema),
            unusedTables: unused.map { "\($0.table) (\($0.alias))" },
            fanTraps: structure.fanTraps(schema: schema).map { trap in
                "\(trap.parent.table) <- \(trap.children.map(\.table).joined(separator: ", "))"
            },
            violations: violations)
    }
}
