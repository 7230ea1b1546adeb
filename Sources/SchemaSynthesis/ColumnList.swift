import Model

/// The columns of one table being built: names get the table prefix and stay unique.
struct ColumnList {
    let prefix: String
    private(set) var columns: [Column] = []
    private var used: Set<String> = []

    init(prefix: String) {
        self.prefix = prefix
    }

    var count: Int { columns.count }

    /// Whether `prefix_base` is already a column.
    func contains(_ base: String) -> Bool {
        used.contains("\(prefix)_\(base)")
    }

    /// Adds `prefix_base` (numbered if taken) and returns the column name used.
    @discardableResult
    mutating func add(_ base: String, type: String, role: ColumnRole, nullable: Bool = true,
                      description: String, semantic: ColumnSemantics? = nil) -> String {
        var name = "\(prefix)_\(base)"
        var number = 2
        while used.contains(name) {
            name = "\(prefix)_\(base)_\(number)"
            number += 1
        }
        used.insert(name)
        columns.append(Column(name: name, type: type, nullable: nullable, role: role, description: description, semantic: semantic))
        return name
    }

    /// Adds a template unless a column of that name exists; returns whether it was added.
    @discardableResult
    mutating func add(_ template: ColumnTemplate, phrase: String) -> Bool {
        guard !contains(template.name) else { return false }
        add(template.name, type: template.type, role: template.role,
            nullable: template.role != .key, description: template.describe(phrase), semantic: template.semantics(phrase))
        return true
    }

    /// Marks `name` as not nullable (primary-key columns).
    mutating func requireValue(_ name: String) {
        for index in columns.indices where columns[index].name == name {
            columns[index].nullable = false
        }
    }
}
