/// A table of a synthetic schema in output order: an index into the planned dimensions or facts.
enum PlannedTable {
    case dimension(Int)
    case fact(Int)
}
