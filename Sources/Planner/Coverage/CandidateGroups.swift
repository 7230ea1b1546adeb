import Model

/// A connected set of tables that one batch may use, with the foreign-key edges among them.
public struct TableGroup: Sendable, Equatable {
    /// Table indices into the schema, ascending.
    public var tables: [Int]
    /// Foreign-key indices into the schema whose both ends lie in the group, ascending.
    public var edges: [Int]
    /// Business category: the subject area of the anchor (else of the first fact, else of the first table).
    public var category: String
    /// The table from which every other table of the group is reached outward along foreign keys
    /// (fact to dimension to outrigger); nil for a group with no such table.
    public var anchor: Int?
}

/// Enumerates candidate table groups: every connected set of exactly T tables (and every smaller
/// connected component as a whole) when there are at most `limit`; otherwise a seeded set grown
/// around every foreign-key edge and every table, so that each can still be covered. Only groups
/// with an anchor are offered (two many-sided tables never meet through a shared parent), except
/// where a table or edge lies in no anchored group.
public struct CandidateGroups: Sendable {
    public let groups: [TableGroup]
    /// `exhaustive` or `seeded`.
    public let mode: String

    public init(schema: Schema, maxTables: Int, limit: Int) {
        let graph = IndexedGraph(schema: schema)
        let all: [TableGroup]
        if let sets = Self.exhaustive(graph: graph, size: maxTables, limit: limit) {
            all = sets.map { graph.group(of: $0) }
            mode = "exhaustive"
        } else {
            all = Self.seeded(graph: graph, size: maxTables, limit: limit).map { graph.group(of: $0) }
            mode = "seeded"
        }
        groups = Self.anchored(all, graph: graph)
    }

    /// The anchored groups, plus the smallest unanchored group holding each table or edge that no
    /// anchored group holds.
    static func anchored(_ all: [TableGroup], graph: IndexedGraph) -> [TableGroup] {
        var kept = all.filter { $0.anchor != nil }
        var tables = Set(kept.flatMap(\.tables))
        var edges = Set(kept.flatMap(\.edges))
        let unanchored = all.filter { $0.anchor == nil }.sorted {
            $0.tables.count != $1.tables.count ? $0.tables.count < $1.tables.count : $0.tables.lexicographicallyPrecedes($1.tables)
        }
        for group in unanchored
        where !Set(group.tables).isSubset(of: tables) || !Set(group.edges).isSubset(of: edges) {
            kept.append(group)
            tables.formUnion(group.tables)
            edges.formUnion(group.edges)
        }
        return kept
    }

    /// Connected sets of exactly `size` tables (ESU enumeration: each set once), plus connected
    /// components smaller than `size`; nil when there are more than `limit`.
    static func exhaustive(graph: IndexedGraph, size: Int, limit: Int) -> [[Int]]? {
        var result: [[Int]] = []
        var overflow = false
        for component in graph.components where component.count <= size {
            result.append(component)
        }
        for start in 0..<graph.count where graph.componentSize(of: start) > size {
            var subgraph = [start]
            let initial = graph.neighbours[start].filter { $0 > start }
            extend(graph: graph, subgraph: &subgraph, frontier: initial, root: start, size: size,
                   result: &result, limit: limit, overflow: &overflow)
            if overflow { return nil }
        }
        return result.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    private static func extend(graph: IndexedGraph, subgraph: inout [Int], frontier: [Int], root: Int, size: Int,
                               result: inout [[Int]], limit: Int, overflow: inout Bool) {
        if overflow { return }
        if subgraph.count == size {
            result.append(subgraph)
            if result.count > limit { overflow = true }
            return
        }
        var remaining = frontier
        while let next = remaining.popLast() {
            // Exclusive neighbours of `next`: larger than root, not in the subgraph, not adjacent to it.
            var newExtension = remaining
            let adjacentToSubgraph = Set(subgraph.flatMap { graph.neighbours[$0] } + subgraph)
            for neighbour in graph.neighbours[next] where neighbour > root && !adjacentToSubgraph.contains(neighbour)
                && !newExtension.contains(neighbour) {
                newExtension.append(neighbour)
            }
            subgraph.append(next)
            extend(graph: graph, subgraph: &subgraph, frontier: newExtension, root: root, size: size,
                   result: &result, limit: limit, overflow: &overflow)
            subgraph.removeLast()
            if overflow { return }
        }
    }

    /// Groups grown greedily around every edge and every table, deduplicated, in a stable order.
    static func seeded(graph: IndexedGraph, size: Int, limit: Int) -> [[Int]] {
        var seen: Set<[Int]> = []
        var result: [[Int]] = []
        func add(_ group: [Int]) {
            let sorted = group.sorted()
            if seen.insert(sorted).inserted { result.append(sorted) }
        }
        var edgeUse = [Int](repeating: 0, count: graph.edgeEnds.count)
        for (index, ends) in graph.edgeEnds.enumerated() where edgeUse[index] == 0 {
            let group = grow(graph: graph, from: Array(Set([ends.0, ends.1])).sorted(), size: size, edgeUse: edgeUse)
            for edge in graph.edges(within: group) { edgeUse[edge] += 1 }
            add(group)
        }
        for table in 0..<graph.count where result.count < limit {
            add(grow(graph: graph, from: [table], size: size, edgeUse: edgeUse))
        }
        return result
    }

    /// Adds neighbours one by one, each time the one bringing the most edges used least so far.
    private static func grow(graph: IndexedGraph, from start: [Int], size: Int, edgeUse: [Int]) -> [Int] {
        var group = start
        while group.count < size {
            let members = Set(group)
            var best: (score: Int, table: Int)?
            for table in Set(group.flatMap { graph.neighbours[$0] }).subtracting(members).sorted() {
                let score = graph.edges(between: table, and: members).reduce(0) { $0 + (edgeUse[$1] == 0 ? 100 : 1) }
                if best == nil || score > best!.score { best = (score, table) }
            }
            guard let chosen = best else { break }
            group.append(chosen.table)
        }
        return group
    }
}
