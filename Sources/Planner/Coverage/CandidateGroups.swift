import Model

/// A connected set of tables that one batch may use, with the foreign-key edges among them.
public struct TableGroup: Sendable, Equatable {
    /// Table indices into the schema, ascending.
    public var tables: [Int]
    /// Foreign-key indices into the schema whose both ends lie in the group, ascending.
    public var edges: [Int]
    /// Business category: the subject area of the group's first fact table, else of its first table.
    public var category: String
}

/// Enumerates candidate table groups: every connected set of exactly T tables (and every smaller
/// connected component as a whole) when there are at most `limit`; otherwise a seeded set grown
/// around every foreign-key edge and every table, so that each can still be covered.
public struct CandidateGroups: Sendable {
    public let groups: [TableGroup]
    /// `exhaustive` or `seeded`.
    public let mode: String

    public init(schema: Schema, maxTables: Int, limit: Int) {
        let graph = IndexedGraph(schema: schema)
        if let all = Self.exhaustive(graph: graph, size: maxTables, limit: limit) {
            groups = all.map { graph.group(of: $0) }
            mode = "exhaustive"
        } else {
            groups = Self.seeded(graph: graph, size: maxTables, limit: limit).map { graph.group(of: $0) }
            mode = "seeded"
        }
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
