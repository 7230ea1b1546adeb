/// One WHERE condition with its English reading ("the calendar year of the day is 2001").
struct Condition: Sendable, Equatable {
    let sql: String
    let phrase: String
}
