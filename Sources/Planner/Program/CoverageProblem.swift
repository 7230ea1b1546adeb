import Model

/// The inputs of the integer program in index form: candidate groups, per-table column demand
/// and per-edge join demand, with the batch limits.
struct CoverageProblem: Sendable {
    let groups: [TableGroup]
    /// Target uses still needed per table (sum over its non-key columns), by table index.
    let tableDemand: [Int]
    /// Non-key columns with demand per table, by table index (a slot reads each at most once).
    let tableWidth: [Int]
    /// Join uses still needed per foreign key, by foreign-key index.
    let edgeDemand: [Int]
    let levelDemand: [ComplexityLevel: Int]
    let settings: PlannerSettings

    var maxColumns: Int { settings.maxColumnsPerSlot }
    var maxSlots: Int { settings.maxSlotsPerBatch }

    init(schema: Schema, demand: CoverageDemand, groups: [TableGroup], settings: PlannerSettings) {
        self.groups = groups
        self.settings = settings
        var tableIndex: [String: Int] = [:]
        for (position, table) in schema.tables.enumerated() { tableIndex[table.name.lowercased()] = position }
        var tableDemand = [Int](repeating: 0, count: schema.tables.count)
        var tableWidth = [Int](repeating: 0, count: schema.tables.count)
        for entry in demand.columns {
            guard let index = tableIndex[entry.ref.table.lowercased()] else { continue }
            tableDemand[index] += entry.count
            tableWidth[index] += 1
        }
        var edgeDemand = [Int](repeating: 0, count: schema.foreignKeys.count)
        let edgeIndex = Dictionary(schema.foreignKeys.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in demand.edges {
            if let index = edgeIndex[entry.key.id] { edgeDemand[index] += entry.count }
        }
        self.tableDemand = tableDemand
        self.tableWidth = tableWidth
        self.edgeDemand = edgeDemand
        self.levelDemand = demand.levels
    }

    /// Slots every intent needs: a join use takes a slot of its own, the other targets fill slots
    /// of at most K.
    var intentSlots: Int {
        edgeDemand.reduce(0, +) + (tableDemand.reduce(0, +) + maxColumns - 1) / maxColumns
    }

    /// Most target uses of `table` one slot can take: its columns with demand, at most K.
    func width(of table: Int) -> Double { Double(min(maxColumns, tableWidth[table])) }

    /// Tables of `group` with open demand.
    func demandTables(of group: TableGroup) -> [Int] { group.tables.filter { tableDemand[$0] > 0 } }

    /// Edges of `group` with open demand.
    func demandEdges(of group: TableGroup) -> [Int] { group.edges.filter { edgeDemand[$0] > 0 } }

    /// Whether every table and edge with demand lies in some candidate group.
    func uncoverable() -> (tables: [Int], edges: [Int]) {
        var tables = Set(tableDemand.indices.filter { tableDemand[$0] > 0 })
        var edges = Set(edgeDemand.indices.filter { edgeDemand[$0] > 0 })
        for group in groups {
            tables.subtract(group.tables)
            edges.subtract(group.edges)
        }
        return (tables.sorted(), edges.sorted())
    }
}
