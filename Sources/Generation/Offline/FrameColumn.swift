import Model

/// A schema column read through one table instance of a slot's join, with its use class and the
/// words a question names it by ("store state", "sale year", "net profit").
struct FrameColumn: Sendable, Hashable {
    let ref: ColumnRef
    let column: Column
    /// The alias of the table instance it is read through.
    let alias: String
    let useClass: ColumnUseClass
    /// How the question names it.
    let phrase: String
    /// How the question names it right after another column of the same instance: the label
    /// without the role ("city" after "current address street name Willow").
    let label: String
    /// For a dimension's business key (`w_warehouse_id`), the entities it counts through its
    /// instance ("warehouses", "billing customers"): a distinct count of it is a count of them.
    let counts: String?

    /// For a flag: the words for rows where it holds and where it does not ("on weekends", "on
    /// weekdays"), from the semantic model.
    var flagPhrases: (holds: String, fails: String)?

    /// The word before the phrase of its sum ("total " for "total net paid", or nothing: "net paid
    /// by store"), chosen once per question (``SlotFrame/Words``).
    var sumLead = "total "
    /// "average " or "mean " before the phrase of its average, chosen the same way.
    var averageLead = "average "

    /// The flag's phrase for a value that holds or not; nil without phrases.
    func flagPhrase(holds: Bool) -> String? { flagPhrases.map { holds ? $0.holds : $0.fails } }

    init(ref: ColumnRef, column: Column, alias: String, useClass: ColumnUseClass, phrase: String,
         label: String? = nil, counts: String? = nil) {
        self.ref = ref
        self.column = column
        self.alias = alias
        self.useClass = useClass
        self.phrase = phrase
        self.label = label ?? phrase
        self.counts = counts
    }

    /// The words of ``phrase`` before its label: the instance's role ("web site" in "web site
    /// record end date"); nil when the phrase is the label alone (a column of the anchor).
    var role: String? {
        guard phrase != label, phrase.hasSuffix(" " + label) else { return nil }
        return String(phrase.dropLast(label.count + 1))
    }

    /// The same column read through another instance of its table.
    func moved(to alias: String) -> FrameColumn {
        var moved = FrameColumn(ref: ref, column: column, alias: alias, useClass: useClass, phrase: phrase, label: label, counts: counts)
        moved.flagPhrases = flagPhrases
        moved.sumLead = sumLead
        moved.averageLead = averageLead
        return moved
    }

    /// `alias.column`, quoted where needed.
    var sql: String { "\(alias).\(SQLIdentifier.quoteIfNeeded(column.name))" }

    var family: SQLTypeFamily { column.typeFamily }

    /// Decimal places of a `decimal(p,s)` column (2 when unknown), 0 for integers.
    var scale: Int {
        switch family {
        case .integer: return 0
        case .decimal:
            let type = column.type
            guard let open = type.firstIndex(of: ","), let close = type.firstIndex(of: ")"), open < close else { return 2 }
            return Int(type[type.index(after: open)..<close].trimmingCharacters(in: .whitespaces)) ?? 2
        default: return 0
        }
    }

    /// Whether the column is an amount whose large values read better with grouped thousands.
    var isMeasure: Bool { useClass == .measure || useClass == .rate }

    static func == (lhs: FrameColumn, rhs: FrameColumn) -> Bool {
        lhs.alias == rhs.alias && lhs.column.name == rhs.column.name
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(alias)
        hasher.combine(column.name)
    }
}
