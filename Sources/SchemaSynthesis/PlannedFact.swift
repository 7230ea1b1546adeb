/// A fact table decided by ``SyntheticLayout`` before its columns are built.
struct PlannedFact {
    var name: String
    var prefix: String
    var event: FactEvent
    /// Words distinguishing the mart, e.g. `store`, or `nil` for none.
    var qualifier: String?
    var subjectArea: String
    /// Referenced dimensions in column order; a dimension listed twice is role-played.
    var references: [Int]
    /// The fact whose rows this one reverses (returns of sales), joined by a composite foreign key.
    var reverses: Int?
}
