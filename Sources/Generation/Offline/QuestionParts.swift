/// What a question asks, in pieces a style turns into a sentence. Each piece mirrors one part of
/// the SQL: the request its select list, the grouping its GROUP BY, the conditions its filters,
/// the notes its HAVING/subquery/window logic, the ordering and the limit.
struct QuestionParts: Sendable, Equatable {
    /// Noun phrase with article: "the total net amount paid and the average list price".
    var request: String
    /// Whether the request names several things ("What are ...").
    var plural: Bool = true
    /// Grouping phrase: "for each product category of the item".
    var grouping: String?
    /// The period of the facts asked about: "in Q2 2001", "in November 2000".
    var period: String?
    /// Filters, each a clause: "the calendar year of the day is 2001".
    var conditions: [String] = []
    /// Further clauses in order: "keeping only those above 500.00".
    var notes: [String] = []
    /// "sorted from highest to lowest total net amount paid".
    var ordering: String?
    /// "showing only the top 10".
    var limit: String?
    /// The word that introduces the conditions when the request already names its rows ("where").
    var connector: String?

    /// The body of the sentence; `connector` introduces the conditions ("where").
    func body(connector: String) -> String {
        body(connector: connector, groupingWord: nil, periodInFront: false)
    }

    /// The body with the grouping's leading "by" said as `groupingWord` ("per", "for each") and
    /// the period left out when it goes in front of the sentence.
    func body(connector: String, groupingWord: String?, periodInFront: Bool) -> String {
        var text = request
        if var grouping {
            if let groupingWord, grouping.hasPrefix("by ") { grouping = groupingWord + grouping.dropFirst(2) }
            text += " " + grouping
        }
        if let period, !periodInFront { text += " " + period }
        // Conditions said as circumstances ("on weekends", "outside the current month") follow the
        // others without the connector: "with store state TN, on weekends", never "with on weekends".
        let circumstances = conditions.filter(English.isCircumstance)
        let nominal = conditions.filter { !English.isCircumstance($0) }
        // The connector "," lists the conditions as keywords: "net paid by store, store state TN".
        let said = self.connector ?? connector
        if !nominal.isEmpty { text += (said == "," ? ", " : " \(said) ") + English.list(nominal) }
        if !circumstances.isEmpty { text += (nominal.isEmpty ? " " : ", ") + English.list(circumstances) }
        for note in notes { text += ", " + note }
        if let ordering { text += ", " + ordering }
        if let limit { text += ", " + limit }
        return text
    }
}
