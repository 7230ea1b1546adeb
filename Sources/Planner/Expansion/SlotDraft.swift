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
    /// The analysis family set aside for the slot by the family mix (nil: dealt after levels).
    var family: AnalysisFamily?

    init(level: ComplexityLevel, anchor: Int) {
        self.level = level
        self.anchor = anchor
        self.tables = [anchor]
    }

    mutating func add(_ ref: ColumnRef) {
        targets.append(ref)
        targetNames.insert(ref.description)
    }

    mutating func remove(_ ref: ColumnRef) {
        targets.removeAll { $0 == ref }
        targetNames.remove(ref.description)
    }
}

extension SlotDraft {
    /// The plan's slot of this draft, named by `id`.
    func slot(id: String, schema: Schema) -> Slot {
        Slot(id: id, complexity: level, anchor: schema.tables[anchor].name,
             tables: tables.sorted().map { schema.tables[$0].name },
             targets: zip(targets, uses).map { SlotTarget(column: $0, use: $1) },
             joinEdges: edges.sorted().map { schema.foreignKeys[$0].id }, family: family)
    }
}
