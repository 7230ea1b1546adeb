import Model

extension JoinTree {
    /// The join tree of a slot: nil when an edge is unknown or the edges do not connect the tables.
    ///
    /// The root is the table from which the fewest edges must be followed from parent to child
    /// (those multiply rows); ties prefer fact tables, then the table with the most target columns.
    static func build(slot: Slot, schema: Schema) -> JoinTree? {
        var edges: [ForeignKey] = []
        for id in slot.joinEdges {
            guard let key = schema.foreignKeys.first(where: { $0.id == id }) else { return nil }
            if !edges.contains(key) { edges.append(key) }
        }
        var tableNames: [String] = []
        func note(_ name: String) {
            if !tableNames.contains(where: { $0.lowercased() == name.lowercased() }) { tableNames.append(name) }
        }
        slot.tables.forEach(note)
        slot.targetColumns.forEach { note($0.table) }
        edges.forEach { note($0.childTable); note($0.parentTable) }
        var tables: [Table] = []
        for name in tableNames {
            guard let table = schema.table(named: name) else { return nil }
            tables.append(table)
        }
        guard !tables.isEmpty else { return nil }
        let targetCounts = Dictionary(grouping: slot.targetColumns, by: { $0.table.lowercased() }).mapValues(\.count)
        var best: (tree: JoinTree, cost: Int, rank: (Int, Int, Int))?
        for (position, table) in tables.enumerated() {
            guard let (tree, cost) = grow(from: table, tables: tables, edges: edges) else { continue }
            let rank = (table.kind == .fact ? 0 : 1, -(targetCounts[table.name.lowercased()] ?? 0), position)
            if let current = best, (current.cost, current.rank.0, current.rank.1, current.rank.2) <= (cost, rank.0, rank.1, rank.2) {
                continue
            }
            best = (tree, cost, rank)
        }
        return best?.tree
    }

    /// Grows a tree from `root` over every edge; the cost counts parent-to-child steps.
    private static func grow(from root: Table, tables: [Table], edges: [ForeignKey]) -> (JoinTree, Int)? {
        var aliases = AliasNamer()
        var nodes = [Node(alias: aliases.next(for: root.name), table: root, edge: nil, anchor: nil, isParentSide: false)]
        var pending = edges
        var cost = 0
        func alias(of name: String) -> String? {
            nodes.first { $0.table.name.lowercased() == name.lowercased() }?.alias
        }
        func table(_ name: String) -> Table? {
            tables.first { $0.name.lowercased() == name.lowercased() }
        }
        while !pending.isEmpty {
            if let index = pending.firstIndex(where: { alias(of: $0.childTable) != nil }),
               let anchor = alias(of: pending[index].childTable), let parent = table(pending[index].parentTable) {
                let edge = pending.remove(at: index)
                nodes.append(Node(alias: aliases.next(for: parent.name), table: parent, edge: edge, anchor: anchor,
                                  isParentSide: true))
            } else if let index = pending.firstIndex(where: { alias(of: $0.parentTable) != nil }),
                      let anchor = alias(of: pending[index].parentTable), let child = table(pending[index].childTable) {
                let edge = pending.remove(at: index)
                nodes.append(Node(alias: aliases.next(for: child.name), table: child, edge: edge, anchor: anchor,
                                  isParentSide: false))
                cost += 1
            } else {
                return nil
            }
        }
        for table in tables where alias(of: table.name) == nil { return nil }
        return (JoinTree(nodes: nodes), cost)
    }
}

/// Short, unique table aliases: initials of the name's words, numbered on reuse.
struct AliasNamer {
    private var used: Set<String> = []
    private static let reserved: Set<String> = [
        "as", "at", "by", "do", "if", "in", "is", "no", "of", "on", "or", "to", "and", "asc", "all", "any", "end",
        "for", "key", "not", "row", "set", "add", "use", "desc", "case", "cast", "else", "from", "full", "into",
        "join", "left", "like", "null", "then", "when", "with", "over", "rows",
    ]

    mutating func next(for table: String) -> String {
        let words = table.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var base = String(words.compactMap(\.first))
        if base.isEmpty || !(base.first?.isLetter ?? false) { base = "t" }
        if Self.reserved.contains(base) { base += "x" }
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
