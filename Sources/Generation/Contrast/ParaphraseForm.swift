import Model

/// A syntax a paraphrase can take: wh-questions ("What was ...?", "How many ...?", "Which are
/// ...?", "How does ... break down by ...?"), commands ("List ...", "For each state, show ...",
/// "Break down ..."), and elliptical forms ("total net paid of store sales by state, Q3 2001",
/// "Q3 2001: ...", "Breakdown of ..."). Each renders every piece of the question
/// (``ParaphrasePieces``), so the paraphrase asks for what the SQL returns; a form that does not
/// fit the question (no grouping to put in front, a request that is no count) renders nil.
enum ParaphraseForm: String, CaseIterable {
    case what, periodFirstQuestion = "period_first_question", groupFirstQuestion = "group_first_question",
         howMany = "how_many", howMuch = "how_much", breakdownQuestion = "breakdown_question", which,
         whichHave = "which_have", whichTop = "which_top"
    case rankCommand = "rank_command", list, groupFirstCommand = "group_first_command", periodFirstCommand = "period_first_command",
         breakdownCommand = "breakdown_command", wish, filterFirst = "filter_first"
    case keywords, periodHeading = "period_heading", breakdownNoun = "breakdown_noun", terseQuestion = "terse_question",
         subjectFirst = "subject_first", filterHeading = "filter_heading", rankedKeywords = "ranked_keywords"

    var sentenceType: SentenceType {
        switch self {
        case .what, .periodFirstQuestion, .groupFirstQuestion, .howMany, .howMuch, .breakdownQuestion, .which, .whichHave, .whichTop: return .question
        case .rankCommand, .list, .groupFirstCommand, .periodFirstCommand, .breakdownCommand, .wish, .filterFirst: return .command
        case .keywords, .periodHeading, .breakdownNoun, .terseQuestion, .subjectFirst, .filterHeading, .rankedKeywords: return .elliptical
        }
    }

    /// The paraphrase of `pieces` in this form, or nil when the form does not fit.
    func render(_ pieces: ParaphrasePieces, rng: inout SeededRandom) -> String? {
        let parts = pieces.parts
        let past = rng.chance(0.5)
        let plural = pieces.pluralRequest
        let be = plural ? (past ? "were" : "are") : (past ? "was" : "is")
        // The conditions as a relative clause or a prepositional phrase (seeded).
        let conditions = (rng.chance(0.5) ? pieces.conditionClause : nil)
            ?? pieces.conditionPhrase(preposition: rng.pick(["with", "for", "limited to", "restricted to"]))
        let groupWord = rng.pick(["by", "per", "for each", "broken down by"])
        let grouping = pieces.grouping(word: groupWord == "by" ? nil : groupWord)
        let periodLast = rng.chance(0.5)
        func question(_ opening: String, grouping: String?, period: Bool = true) -> String {
            let head = ParaphrasePieces.joined([opening, grouping, period && !periodLast ? parts.period : nil, conditions,
                                                period && periodLast ? parts.period : nil])
            return ParaphrasePieces.withCommas(head, pieces.questionTail) + "?"
        }
        func command(_ opening: String, grouping: String?, period: Bool = true) -> String {
            let head = ParaphrasePieces.joined([opening, grouping, period && !periodLast ? parts.period : nil, conditions,
                                                period && periodLast ? parts.period : nil])
            return ParaphrasePieces.withCommas(head, pieces.tail) + "."
        }
        switch self {
        case .what:
            return question("What \(be) \(pieces.theRequest)", grouping: grouping)
        case .periodFirstQuestion:
            guard let period = parts.period else { return nil }
            return English.capitalized(period) + ", " + question("what \(be) \(pieces.theRequest)", grouping: grouping, period: false)
        case .groupFirstQuestion:
            guard let front = pieces.frontGrouping(word: rng.pick(["for each", "per", "by"])) else { return nil }
            return front + ", " + question("what \(be) \(pieces.theRequest)", grouping: nil)
        case .howMany:
            guard parts.request.hasPrefix("number of ") else { return nil }
            let counted = String(parts.request.dropFirst("number of ".count))
            guard !counted.contains(" and "), !counted.contains(",") else { return nil }
            return question("How many \(counted) \(past ? "were" : "are") there", grouping: grouping)
        case .howMuch:
            guard !plural, parts.request.hasPrefix("total ") || parts.request.hasPrefix("average "),
                  !parts.request.contains(" and "), !parts.request.contains(",") else { return nil }
            return question("How much \(past ? "was" : "is") \(pieces.theRequest)", grouping: grouping)
        case .breakdownQuestion:
            guard let by = pieces.groupedBy else { return nil }
            let verb = past ? "did" : (plural ? "do" : "does")
            return question("How \(verb) \(pieces.theRequest) break down by \(by)", grouping: nil)
        case .which:
            let request = parts.request
            guard request.hasPrefix("top ") || request.contains(" whose ") || request.contains(" with above-average ")
                || request.contains(" of at least ") else { return nil }
            return question("Which \(past ? "were" : "are") \(pieces.theRequest)", grouping: grouping)
        case .whichHave:
            guard let (entities, test) = pieces.entitiesAndTest else { return nil }
            return question("Which \(entities) \(past ? "had" : "have") \(test)", grouping: grouping)
        case .whichTop:
            guard let top = pieces.ranking else { return nil }
            return question("Which \(top.count) \(top.ranked) \(past ? "came" : "come") top by \(top.figure)\(top.more)", grouping: grouping)
        case .rankCommand:
            guard let top = pieces.ranking else { return nil }
            let head = ParaphrasePieces.joined(["Rank the \(top.ranked) by \(top.figure)", grouping, periodLast ? nil : parts.period, conditions,
                                                periodLast ? parts.period : nil])
            return ParaphrasePieces.withCommas(head, ["keeping the top \(top.count)\(top.more)"] + pieces.tail) + "."
        case .list:
            let verb = rng.pick(["List", "Show", "Give me", "Get", "Pull", "Find"])
            return command("\(verb) \(pieces.theRequest)", grouping: grouping)
        case .groupFirstCommand:
            guard let front = pieces.frontGrouping(word: rng.pick(["for each", "per", "by"])) else { return nil }
            return front + ", " + command(rng.pick(["list", "show", "give me", "report"]) + " " + pieces.theRequest, grouping: nil)
        case .periodFirstCommand:
            guard let period = parts.period else { return nil }
            return English.capitalized(period) + ", " + command(rng.pick(["list", "show", "give me", "get"]) + " " + pieces.theRequest,
                                                                  grouping: grouping, period: false)
        case .breakdownCommand:
            guard let by = pieces.groupedBy else { return nil }
            return command("Break \(pieces.theRequest) down by \(by)", grouping: nil)
        case .filterFirst:
            guard pieces.nominalConditions, parts.connector != nil else { return nil }
            let head = ParaphrasePieces.joined(["then " + rng.pick(["list", "show", "give me"]) + " " + pieces.theRequest, grouping,
                                                periodLast ? nil : parts.period, periodLast ? parts.period : nil])
            return "Filter on " + English.list(parts.conditions) + ", " + ParaphrasePieces.withCommas(head, pieces.tail) + "."
        case .wish:
            return command(rng.pick(["I'd like to see", "I want", "I need"]) + " " + pieces.theRequest, grouping: grouping)
        case .keywords:
            let head = ParaphrasePieces.joined([parts.request, pieces.grouping()])
            return English.capitalized(ParaphrasePieces.withCommas(head, [pieces.barePeriod].compactMap { $0 } + pieces.conditionKeywords + pieces.tail))
        case .periodHeading:
            guard let period = pieces.barePeriod else { return nil }
            let head = ParaphrasePieces.joined([parts.request, grouping, conditions])
            return English.capitalized(period) + ": " + ParaphrasePieces.withCommas(head, pieces.tail)
        case .breakdownNoun:
            guard let by = pieces.groupedBy else { return nil }
            let head = ParaphrasePieces.joined(["Breakdown of \(pieces.theRequest) by \(by)", periodLast ? nil : parts.period, conditions,
                                                periodLast ? parts.period : nil])
            return ParaphrasePieces.withCommas(head, pieces.tail)
        case .subjectFirst:
            guard let (figure, subject) = pieces.figureAndSubject else { return nil }
            let head = ParaphrasePieces.joined([figure, pieces.grouping()])
            return English.capitalized(subject) + ": " + ParaphrasePieces.withCommas(
                head, [pieces.barePeriod].compactMap { $0 } + pieces.conditionKeywords + pieces.tail)
        case .filterHeading:
            guard !parts.conditions.isEmpty, parts.connector != nil else { return nil }
            let head = ParaphrasePieces.joined([parts.request, grouping, parts.period])
            return English.capitalized(pieces.conditionKeywords.joined(separator: ", ")) + ": " + ParaphrasePieces.withCommas(head, pieces.tail)
        case .rankedKeywords:
            guard let top = pieces.ranking else { return nil }
            let head = ParaphrasePieces.joined([top.ranked, "ranked by", top.figure, pieces.grouping()])
            return English.capitalized(ParaphrasePieces.withCommas(head, ["top \(top.count)\(top.more)"] + [pieces.barePeriod].compactMap { $0 }
                                                                    + pieces.conditionKeywords + pieces.tail))
        case .terseQuestion:
            let head = ParaphrasePieces.joined([parts.request, grouping, conditions, parts.period])
            return English.capitalized(ParaphrasePieces.withCommas(head, pieces.tail)) + "?"
        }
    }
}
