import Model

/// What a plan must cover: target uses per column and join uses per foreign-key edge.
///
/// Columns that belong to a foreign key (child or parent side) are read by the joins over that
/// key, so their demand is met by edge uses; every other column needs slots that target it.
public struct CoverageDemand: Sendable, Equatable {
    /// Target uses still needed per non-key column, in schema order; zero entries are omitted.
    public var columns: [(ref: ColumnRef, count: Int)]
    /// Join uses still needed per foreign key, in schema order; zero entries are omitted.
    public var edges: [(key: ForeignKey, count: Int)]
    /// Complexity levels with a minimum number of slots (gap plans only).
    public var levels: [ComplexityLevel: Int]

    public static func == (lhs: CoverageDemand, rhs: CoverageDemand) -> Bool {
        lhs.columns.map { "\($0.ref)=\($0.count)" } == rhs.columns.map { "\($0.ref)=\($0.count)" }
            && lhs.edges.map { "\($0.key.id)=\($0.count)" } == rhs.edges.map { "\($0.key.id)=\($0.count)" }
            && lhs.levels == rhs.levels
    }

    /// No demand at all (checks a plan's structure only).
    public static let none = CoverageDemand(columns: [], edges: [], levels: [:])

    /// The full demand of a schema under `settings`.
    public static func full(schema: Schema, settings: PlannerSettings) -> CoverageDemand {
        residual(schema: schema, settings: settings, measured: nil)
    }

    /// The demand still open given measured coverage (nil: nothing measured yet).
    public static func residual(schema: Schema, settings: PlannerSettings, measured: CoverageReport?) -> CoverageDemand {
        let keyColumns = Self.keyColumns(of: schema)
        func required(_ ref: ColumnRef) -> Int {
            settings.columnCoverageOverrides[ref.description]
                ?? settings.tableCoverage[ref.table] ?? settings.columnCoverage
        }
        var edges: [(key: ForeignKey, count: Int)] = schema.foreignKeys.map { key in
            let used = measured?.edges[key.id] ?? 0
            return (key, max(0, settings.edgeCoverage - used))
        }
        // A key column must be read r times; the joins over its edges read it. Raise the first
        // edge of a key column whose edges together fall short.
        for ref in schema.allColumns where keyColumns.contains(ref) {
            let need = required(ref) - (measured?.columns[ref.description] ?? 0)
            guard need > 0 else { continue }
            let holding = edges.indices.filter { edges[$0].key.contains(ref) }
            let planned = holding.reduce(0) { $0 + edges[$1].count }
            if planned < need, let first = holding.first { edges[first].count += need - planned }
        }
        var columns: [(ref: ColumnRef, count: Int)] = []
        for ref in schema.allColumns where !keyColumns.contains(ref) {
            let need = required(ref) - (measured?.columns[ref.description] ?? 0)
            if need > 0 { columns.append((ref, need)) }
        }
        var levels: [ComplexityLevel: Int] = [:]
        if let measured {
            // Levels below their share of the whole plan's slots (measured + planned) get a minimum.
            let total = measured.complexity.values.reduce(0, +)
            for level in ComplexityLevel.allCases {
                let target = Int((settings.complexityMix.share(of: level) * Double(total)).rounded(.down))
                let have = measured.complexity[level.rawValue] ?? 0
                if target - have > 0 { levels[level] = target - have }
            }
        }
        return CoverageDemand(columns: columns, edges: edges.filter { $0.count > 0 }, levels: levels)
    }

    /// Columns that are part of some foreign key, child or parent side.
    public static func keyColumns(of schema: Schema) -> Set<ColumnRef> {
        var result: Set<ColumnRef> = []
        for key in schema.foreignKeys {
            for column in key.childColumns { result.insert(ColumnRef(table: canonical(key.childTable, in: schema), column: canonical(column, of: key.childTable, in: schema))) }
            for column in key.parentColumns { result.insert(ColumnRef(table: canonical(key.parentTable, in: schema), column: canonical(column, of: key.parentTable, in: schema))) }
        }
        return result
    }

    /// Whether nothing is left to cover.
    public var isEmpty: Bool { columns.isEmpty && edges.isEmpty && levels.values.allSatisfy { $0 == 0 } }

    private static func canonical(_ table: String, in schema: Schema) -> String {
        schema.table(named: table)?.name ?? table
    }

    private static func canonical(_ column: String, of table: String, in schema: Schema) -> String {
        schema.table(named: table)?.column(named: column)?.name ?? column
    }
}
