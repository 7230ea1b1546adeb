/// A kind of dimension a synthetic schema can contain, such as a customer or a warehouse.
struct DimensionEntity: Sendable {
    /// Snake-case base of the table name, e.g. `customer`.
    var name: String
    /// English phrase used in descriptions, e.g. `customer`.
    var phrase: String
    /// The table's subject area, e.g. `customers`.
    var subjectArea: String
    /// Columns typical of this entity, beyond the generic ones every dimension can draw from.
    var attributes: [ColumnTemplate]

    init(_ name: String, _ phrase: String, area subjectArea: String, _ attributes: [ColumnTemplate]) {
        self.name = name
        self.phrase = phrase
        self.subjectArea = subjectArea
        self.attributes = attributes
    }
}
