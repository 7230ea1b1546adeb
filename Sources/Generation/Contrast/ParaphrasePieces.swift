import Foundation

/// The parts of a question (``QuestionParts``) in the forms the paraphrase syntaxes need: the
/// grouping said in front ("For each item category"), the period bare ("Q2 2001") or in front,
/// the conditions as a prepositional phrase ("for store state TN"), a relative clause ("where the
/// store state is TN") or keywords ("store state TN"). Every form keeps every word that carries a
/// value, a label or an entity noun, so a paraphrase built from them states what the question did.
struct ParaphrasePieces {
    let parts: QuestionParts
    /// The literals of the SQL (``LiteralCheck/values(in:)``): where an equality condition's value
    /// starts, so that "store state TN" can be said "the store state is TN".
    let literals: [String]

    /// The request without article: "total net paid of store sales".
    var request: String { parts.request }

    /// The request with its article: "the total net paid of store sales".
    var theRequest: String { "the " + parts.request }

    /// Whether the request names several things: the parts say so and its head (the words before
    /// "of", "with", "whose", "by") is a list or a plural ("return years", "total X and average Y"),
    /// not "total quantity on hand".
    var pluralRequest: Bool {
        guard parts.plural else { return false }
        var head = parts.request
        for boundary in [" of ", " with ", " whose ", " by ", " in ", ","] {
            if let range = head.range(of: boundary) { head = String(head[..<range.lowerBound]) }
        }
        guard !head.contains(" and ") else { return true }
        let last = head.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    /// "total net paid of store sales" as its figure and its subject ("total net paid", "store
    /// sales") when the request is one figure of one subject; nil otherwise.
    var figureAndSubject: (figure: String, subject: String)? {
        let request = parts.request
        guard let range = request.range(of: " of "), request.range(of: " of ", range: range.upperBound..<request.endIndex) == nil,
              ![",", " with ", " whose ", " by ", " versus ", " from ", " in ", "(", "top "].contains(where: request.contains) else { return nil }
        let figure = String(request[..<range.lowerBound]), subject = String(request[range.upperBound...])
        guard !figure.isEmpty, !subject.isEmpty, !subject.contains(" and ") else { return nil }
        return (figure == "number" ? "count" : figure, subject)
    }

    /// A ranked request "top 5 web pages by images, with web page IDs" as its count ("5"), what it
    /// ranks ("web pages"), the figure it ranks by ("images") and what else it shows (", with
    /// web page IDs"); nil for other requests.
    var ranking: (count: String, ranked: String, figure: String, more: String)? {
        let words = parts.request.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3, words[0] == "top", Int(words[1]) != nil, let by = words[2].range(of: " by ") else { return nil }
        let ranked = String(words[2][..<by.lowerBound])
        var figure = String(words[2][by.upperBound...]), more = ""
        if let comma = figure.range(of: ", ") {
            more = String(figure[comma.lowerBound...])
            figure = String(figure[..<comma.lowerBound])
        }
        guard !ranked.isEmpty, !figure.isEmpty else { return nil }
        return (words[1], ranked, figure, more)
    }

    /// A request for the entities that pass a test ("return years with total credit of at least
    /// 20", "sale years with above-average total cost") as the entities and what they have
    /// ("total credit of at least 20", "an above-average total cost"); nil for other requests.
    var entitiesAndTest: (entities: String, test: String)? {
        let request = parts.request
        guard let range = request.range(of: " with "), !request[..<range.lowerBound].contains(" of "),
              !request.hasPrefix("top "), !request.hasPrefix("number ") else { return nil }
        let entities = String(request[..<range.lowerBound])
        let test = String(request[range.upperBound...])
        if test.hasPrefix("above-average ") { return (entities, "an " + test) }
        guard test.contains(" of at least ") else { return nil }
        return (entities, test)
    }

    /// The grouping as it was ("by item category"), with another word for "by" when `word` is given.
    func grouping(word: String? = nil) -> String? {
        guard let grouping = parts.grouping else { return nil }
        guard let word, grouping.hasPrefix("by ") else { return grouping }
        return word + grouping.dropFirst(2)
    }

    /// What the grouping groups by when it is a plain "by ..." ("item category"), else nil.
    var groupedBy: String? {
        guard let grouping = parts.grouping, grouping.hasPrefix("by ") else { return nil }
        return String(grouping.dropFirst(3))
    }

    /// The grouping as a phrase in front of a sentence: "For each item category", "Within each store state".
    func frontGrouping(word: String) -> String? {
        guard let grouping = parts.grouping else { return nil }
        if let groupedBy { return English.capitalized(word) + " " + groupedBy }
        return English.capitalized(grouping)
    }

    /// The period without its preposition, as typed in a keyword query: "Q2 2001", "November
    /// 2000", "March 5, 2001"; a range keeps its words ("between ... and ...").
    var barePeriod: String? {
        guard let period = parts.period else { return nil }
        for lead in ["for the year ", "in ", "during ", "for ", "on ", "at "] where period.hasPrefix(lead) {
            return String(period.dropFirst(lead.count))
        }
        return period
    }

    /// The conditions as a prepositional phrase: "with store state TN and net profit at least 12.50".
    /// A condition said as a phrase of its own ("on weekends") takes no preposition.
    func conditionPhrase(preposition: String) -> String? {
        guard !parts.conditions.isEmpty else { return nil }
        if parts.connector != nil, let first = parts.conditions.first, Self.startsWithPreposition(first) { return English.list(parts.conditions) }
        return (parts.connector == nil ? "where" : preposition) + " " + English.list(parts.conditions)
    }

    /// Words that open a condition said as a phrase of its own.
    static let conditionPrepositions: Set<String> = ["on", "in", "outside", "during", "at", "for", "before", "after", "with", "without",
                                                      "between", "from", "within"]

    static func startsWithPreposition(_ condition: String) -> Bool {
        conditionPrepositions.contains(String(condition.split(separator: " ").first ?? ""))
    }

    /// The conditions as a relative clause, "where the store state is TN and the net profit is at
    /// least 12.50", or nil when a condition cannot be said as a clause.
    var conditionClause: String? {
        guard !parts.conditions.isEmpty else { return nil }
        if parts.connector == nil { return "where " + English.list(parts.conditions) }
        let clauses = parts.conditions.map(clause(of:))
        guard clauses.allSatisfy({ $0 != nil }) else { return nil }
        return "where " + English.list(clauses.compactMap { $0 })
    }

    /// Whether every condition is a noun phrase ("store state TN", "no ship date"), none a
    /// phrase of its own ("on weekends", "outside the current year"): only those follow "Filter on".
    var nominalConditions: Bool {
        !parts.conditions.isEmpty && !parts.conditions.contains(where: Self.startsWithPreposition)
    }

    /// The conditions as keywords after commas: "store state TN, net profit at least 12.50".
    var conditionKeywords: [String] { parts.conditions }

    /// Comparisons a condition may hold after its column: "net profit at least 12.50".
    private static let comparisons = [" at least ", " at most ", " above ", " below ", " between "]

    /// One condition as a clause with its verb: "the store state is TN", "the net profit is at
    /// least 12.50", "the item name starts with Able", "no ship date is recorded"; nil when its
    /// value cannot be told apart from its column.
    func clause(of condition: String) -> String? {
        if condition.hasPrefix("no ") { return condition + " is recorded" }
        for comparison in Self.comparisons {
            if let range = condition.range(of: comparison), range.lowerBound > condition.startIndex {
                return "the " + condition[..<range.lowerBound] + " is" + condition[range.lowerBound...]
            }
        }
        if let range = condition.range(of: " starting with "), range.lowerBound > condition.startIndex {
            return "the " + condition[..<range.lowerBound] + " starts with " + condition[range.upperBound...]
        }
        if let range = condition.range(of: #" in \d{4}$"#, options: .regularExpression), range.lowerBound > condition.startIndex {
            return "the " + condition[..<range.lowerBound] + " falls" + condition[range.lowerBound...]
        }
        // An equality: the column's words, then one of the SQL's values.
        for value in literals.sorted(by: { $0.count > $1.count }) where !value.isEmpty {
            let suffix = " " + value
            guard condition.count > suffix.count, condition.lowercased().hasSuffix(suffix.lowercased()) else { continue }
            let column = condition.dropLast(suffix.count)
            guard column.contains(where: \.isLetter) else { continue }
            return "the " + column + " is " + condition.suffix(value.count)
        }
        return nil
    }

    /// The notes, the ordering and the limit, each after a comma, in the question's order.
    var tail: [String] {
        parts.notes + [parts.ordering, parts.limit].compactMap { $0 }
    }

    /// The notes and the ordering after commas, and the limit said as a question says it
    /// ("limited to the top 10").
    var questionTail: [String] {
        parts.notes + [parts.ordering, parts.limit.map { "limited to the " + $0 }].compactMap { $0 }
    }

    /// `words` joined with spaces, empty pieces left out.
    static func joined(_ words: [String?]) -> String {
        words.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `head` with each of `more` after a comma.
    static func withCommas(_ head: String, _ more: [String]) -> String {
        ([head] + more.filter { !$0.isEmpty }).joined(separator: ", ")
    }
}
