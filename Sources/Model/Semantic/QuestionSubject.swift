/// What a question is about, by its anchor (the SQL's FROM table), for the subject mix of a plan
/// (docs/plan-format.md, "Families and subject mix"): sales (a fact of a sales subject area, such as
/// TPC-DS's store, catalog and web sales), returns (a table of the subject area `returns`), or other.
public enum QuestionSubject: String, Sendable, CaseIterable {
    case sales
    case returns
    case other

    /// The subject of questions anchored at `table`.
    public init(anchor table: Table) {
        let area = table.subjectArea.lowercased()
        if area == "returns" {
            self = .returns
        } else if table.kind == .fact, area.split(separator: " ").contains("sales") {
            self = .sales
        } else {
            self = .other
        }
    }
}
