import Model

extension JoinTree {
    /// The join tree of a slot: nil when an edge is unknown or the edges do not connect the tables.
    ///
    /// The root is the table from which the fewest edges must be followed from parent to child
    /// (those multiply rows); ties prefer fact tables, then the table with the most target columns.
    /// An `outer` tree LEFT JOINs every edge from the table with the most target columns, so that
    /// the targets keep their rows when the inner joins match nothing.
    static func build(slot: Slot, schema: Schema, outer: Bool = false) -> JoinTree? {
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
        var best: (tree: JoinTree, rank: (Int, Int, Int, Int))?
        for (position, table) in tables.enumerated() {
            guard let grown = grow(from: table, tables: tables, edges: edges) else { continue }
            var tree = grown.0
            let cost = grown.1
            let targets = -(targetCounts[table.name.lowercased()] ?? 0)
            let kind = table.kind == .fact ? 0 : 1
            let rank = outer ? (targets, cost, kind, position) : (cost, kind, targets, position)
            if let current = best, (current.rank.0, current.rank.1, current.rank.2, current.rank.3) <= rank { continue }
            tree.isOuter = outer
            best = (tree, rank)
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
        let words = table.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        var base = String(words.compactMap(\.first))
        if base.isEmpty || !(base.first?.isLetter ?? false) { base = "t" }
        if Self.reserved.contains(base) || SQLIdentifier.keywords.contains(base) { base += "x" }
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
