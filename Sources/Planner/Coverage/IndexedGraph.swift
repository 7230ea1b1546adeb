import Model

/// The foreign-key graph with integer table and edge indices, for fast enumeration.
struct IndexedGraph {
    let schema: Schema
    /// Sorted neighbour table indices per table (self-references excluded).
    let neighbours: [[Int]]
    /// (child, parent) table indices per foreign key.
    let edgeEnds: [(Int, Int)]
    /// Foreign-key indices touching each table, ascending.
    let incidentEdges: [[Int]]
    let components: [[Int]]
    private let componentOf: [Int]

    var count: Int { neighbours.count }

    init(schema: Schema) {
        self.schema = schema
        var index: [String: Int] = [:]
        for (position, table) in schema.tables.enumerated() { index[table.name.lowercased()] = position }
        var adjacency = [Set<Int>](repeating: [], count: schema.tables.count)
        var ends: [(Int, Int)] = []
        for key in schema.foreignKeys {
            let child = index[key.childTable.lowercased()] ?? 0
            let parent = index[key.parentTable.lowercased()] ?? 0
            ends.append((child, parent))
            if child != parent {
                adjacency[child].insert(parent)
                adjacency[parent].insert(child)
            }
        }
        neighbours = adjacency.map { $0.sorted() }
        edgeEnds = ends
        var incident = [[Int]](repeating: [], count: schema.tables.count)
        for (edge, (child, parent)) in ends.enumerated() {
            incident[child].append(edge)
            if parent != child { incident[parent].append(edge) }
        }
        incidentEdges = incident
        var componentOf = [Int](repeating: -1, count: schema.tables.count)
        var components: [[Int]] = []
        for start in 0..<schema.tables.count where componentOf[start] < 0 {
            var members = [start]
            componentOf[start] = components.count
            var cursor = 0
            while cursor < members.count {
                for next in adjacency[members[cursor]].sorted() where componentOf[next] < 0 {
                    componentOf[next] = components.count
                    members.append(next)
                }
                cursor += 1
            }
            components.append(members.sorted())
        }
        self.components = components
        self.componentOf = componentOf
    }

    func componentSize(of table: Int) -> Int { components[componentOf[table]].count }

    /// Edges with both ends inside `tables`.
    func edges(within tables: [Int]) -> [Int] {
        let members = Set(tables)
        var result: Set<Int> = []
        for table in tables {
            for edge in incidentEdges[table] where members.contains(edgeEnds[edge].0) && members.contains(edgeEnds[edge].1) {
                result.insert(edge)
            }
        }
        return result.sorted()
    }

    /// Edges between `table` and any of `members`.
    func edges(between table: Int, and members: Set<Int>) -> [Int] {
        incidentEdges[table].filter {
            let (a, b) = edgeEnds[$0]
            return (a == table && members.contains(b)) || (b == table && members.contains(a))
        }
    }

    /// The group of `tables`: its edges, its anchor (the first table, facts first, from which every
    /// other table is reached outward along child-to-parent edges; nil when there is none) and the
    /// anchor's subject area as its category.
    func group(of tables: [Int]) -> TableGroup {
        let sorted = tables.sorted()
        let anchor = anchor(of: sorted)
        let fact = sorted.first { schema.tables[$0].kind == .fact }
        let category = schema.tables[anchor ?? fact ?? sorted[0]].category
        return TableGroup(tables: sorted, edges: edges(within: sorted), category: category, anchor: anchor)
    }

    /// The table of `tables` (facts first, then schema order) from which every other one is
    /// reached along child-to-parent edges inside the set; nil when there is none.
    func anchor(of tables: [Int]) -> Int? {
        let ordered = tables.sorted { (schema.tables[$0].kind == .fact ? 0 : 1, $0) < (schema.tables[$1].kind == .fact ? 0 : 1, $1) }
        return ordered.first { outwardReach(from: $0, within: Set(tables)).count == tables.count }
    }

    /// Tables reached from `start` along child-to-parent edges whose ends lie in `members`.
    func outwardReach(from start: Int, within members: Set<Int>) -> Set<Int> {
        var seen: Set<Int> = [start]
        var queue = [start]
        while let table = queue.popLast() {
            for edge in incidentEdges[table] {
                let (child, parent) = edgeEnds[edge]
                guard child == table, members.contains(parent), seen.insert(parent).inserted else { continue }
                queue.append(parent)
            }
        }
        return seen
    }
}
