import Model

/// The FROM clause of a slot: one alias per table use, a tree in which every foreign-key edge of
/// the slot adds one alias (so two edges into the same parent get distinct aliases) and is joined
/// with an explicit `JOIN ... ON` comparing every column pair.
struct JoinTree: Sendable {
    /// One table use.
    struct Node: Sendable {
        let alias: String
        let table: Table
        /// The edge that brought this node in (nil for the root).
        let edge: ForeignKey?
        /// The alias this node is joined to.
        let anchor: String?
        /// Whether this node is the parent side of its edge (joined through the anchor's foreign key).
        let isParentSide: Bool
    }

    let nodes: [Node]
    /// LEFT JOIN every edge (used when the inner joins return no rows at all).
    var isOuter = false

    /// The first alias of each table (lower-cased name), where its columns are read.
    func primaryAlias(of table: String) -> String? {
        nodes.first { $0.table.name.lowercased() == table.lowercased() }?.alias
    }

    /// The node behind `alias`.
    func node(alias: String) -> Node? {
        nodes.first { $0.alias == alias }
    }

    /// Whether `table` is used by more than one alias.
    func hasSeveralAliases(_ table: String) -> Bool {
        nodes.filter { $0.table.name.lowercased() == table.lowercased() }.count > 1
    }

    /// The root table (the one with no incoming edge).
    var root: Node? { nodes.first }

    /// `table AS alias JOIN ... ON ...`, one join per line.
    var fromClause: String {
        guard let root = nodes.first else { return "" }
        var lines: [SQL] = ["\(identifier: root.table.name) AS \(identifier: root.alias)"]
        for node in nodes.dropFirst() {
            guard let edge = node.edge, let anchor = node.anchor else { continue }
            let childAlias = node.isParentSide ? anchor : node.alias
            let parentAlias = node.isParentSide ? node.alias : anchor
            let pairs = zip(edge.childColumns, edge.parentColumns).map { child, parent -> SQL in
                "\(identifier: childAlias).\(identifier: child) = \(identifier: parentAlias).\(identifier: parent)"
            }
            let kind: SQL = isOuter ? "LEFT JOIN" : "JOIN"
            lines.append("\(kind) \(identifier: node.table.name) AS \(identifier: node.alias) ON \(SQL.joined(pairs, separator: " AND "))")
        }
        return SQL.joined(lines, separator: "\n").text
    }
}
