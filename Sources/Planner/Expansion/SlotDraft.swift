import Model

/// A slot under construction inside one group.
struct SlotDraft {
    var level: ComplexityLevel
    var tables: Set<Int> = []
    var targets: [ColumnRef] = []
    var targetNames: Set<String> = []
    var edges: Set<Int> = []

    init(level: ComplexityLevel) {
        self.level = level
    }

    /// Simple slots stay on one or two tables.
    var tableLimit: Int { level == .simple ? 2 : Int.max }
}
