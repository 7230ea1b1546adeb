import Model

/// A slot under construction inside one group: an anchor table and the edges that lead outward
/// from it to the other tables its targets need.
struct SlotDraft {
    var level: ComplexityLevel
    var anchor: Int
    var tables: Set<Int>
    var targets: [ColumnRef] = []
    var targetNames: Set<String> = []
    var edges: Set<Int> = []
    /// Intended use per target, filled once levels are known.
    var uses: [IntendedUse] = []

    init(level: ComplexityLevel, anchor: Int) {
        self.level = level
        self.anchor = anchor
        self.tables = [anchor]
    }

    mutating func add(_ ref: ColumnRef) {
        targets.append(ref)
        targetNames.insert(ref.description)
    }
}
