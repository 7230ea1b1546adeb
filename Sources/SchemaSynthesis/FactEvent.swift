/// A business event recorded by a fact table, such as a sale or a payment.
struct FactEvent: Sendable {
    /// Snake-case base of the table name, e.g. `sales`.
    var name: String
    /// English phrase for one event, e.g. `sale`.
    var phrase: String
    /// What one row is, e.g. `item line of a sale`.
    var grain: String
    /// The business number grouping the rows of one event (part of the primary key), e.g. `ticket_number`.
    var number: ColumnTemplate
    /// Roles in which the event references the calendar, most important first, e.g. `sold`, `ship`.
    var dateRoles: [String]
    /// Measures typical of the event, beyond the generic ones.
    var measures: [ColumnTemplate]
    /// Events that reverse this one (returns of sales, refunds of payments), at most one used per mart.
    var reversals: [FactEvent]

    init(_ name: String, _ phrase: String, grain: String, number: ColumnTemplate, dates dateRoles: [String],
         _ measures: [ColumnTemplate], reversals: [FactEvent] = []) {
        self.name = name
        self.phrase = phrase
        self.grain = grain
        self.number = number
        self.dateRoles = dateRoles
        self.measures = measures
        self.reversals = reversals
    }
}
