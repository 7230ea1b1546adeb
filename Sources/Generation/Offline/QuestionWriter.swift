import Foundation
import Model

/// Turns ``QuestionParts`` into a short question or request in one of the configured styles.
/// Frames are few words, so the question is mostly what it asks for. The sentence takes the
/// structure of what is asked: "How many ...?" for a count, "Which ...?" for groups that qualify or
/// rank, a keyword form with the period last ("net profit of store sales by store, Q4 2001"), the
/// period or the grouping in front; thresholds and limits are said in several ways.
enum QuestionWriter {
    static func render(_ parts: QuestionParts, style: String, rng: inout SeededRandom) -> String {
        // Ways analysts say a grouping and where they put the period, varied per question.
        let groupingWord = rng.pick(["by", "by", "per", "for each", "broken down by", "across", "split by", "for every", "grouped by",
                                     "segmented by"])
        // How a ranking says its top: "had the highest / largest / biggest / greatest net paid".
        let superlative = rng.pick(["highest", "highest", "largest", "biggest", "greatest"])
        let connector = parts.connector == "with"
            ? rng.pick(["with", "for", "limited to", "restricted to", "only for", "filtered to", ",", "considering only", "just for"])
            : (parts.connector ?? "with")
        let periodInFront = parts.period != nil && rng.int(in: 0...2) == 0
        let style = style.lowercased()
        let asking = ["formal", "colloquial", "concise"].contains(style)
        // A third of the questions about which groups or entities qualify ask "Which ...?".
        var asked = parts
        // The connector drawn above, not the recipe's "with" (the parts' own connector wins in ``QuestionParts/body``).
        asked.connector = connector
        asked.limit = parts.limit.map { limit(said: $0, rng: &rng) }
        let which = whichForm(of: parts.request, superlative: superlative)
        let asksWhich = which != nil && asking && rng.chance(1.0 / 3)
        if asksWhich, let which { asked.request = which }
        // A third of the other top-N requests name the count first: "10 stores with the highest net paid".
        if !asksWhich, let ranked = countFirst(parts.request, superlative: superlative), rng.chance(1.0 / 3) { asked.request = ranked }
        // The share of a total is also a proportion or a fraction of it.
        if asked.request.hasPrefix("share of "), rng.chance(2.0 / 3) {
            asked.request = rng.pick(["proportion of ", "fraction of "]) + asked.request.dropFirst("share of ".count)
        }
        // "for the year 2001" is also "in 2001".
        if let period = parts.period, period.hasPrefix("for the year "), rng.chance(0.5) { asked.period = "in " + period.dropFirst(13) }
        // Half of the counts of one thing ask "How many ...?".
        let howMany = !asksWhich && asking ? howManyForm(of: parts.request) : nil
        let asksHowMany = howMany != nil && rng.chance(0.5)
        if asksHowMany, let howMany { asked.request = howMany + rng.pick([" were there", ""]) }
        // Half of the other questions say "count of" for "number of".
        let countOf = !asksHowMany && rng.chance(0.5)
        // A grouping said in front ("For each store state, ...") for a sixth of the others.
        let groupInFront = !asksWhich && !asksHowMany && !periodInFront && (parts.grouping?.hasPrefix("by ") ?? false) && rng.chance(1.0 / 6)
        if groupInFront { asked.grouping = nil }
        // A concise request is typed as keywords with the period last: "net paid by store, Q4 2001".
        let keywords = style == "concise" && !asksWhich && !asksHowMany && !periodInFront && bare(parts.period) != nil && rng.chance(0.5)
        if keywords { asked.period = nil }
        var body = asked.body(connector: connector, groupingWord: groupingWord == "by" ? nil : groupingWord, periodInFront: periodInFront)
        if keywords, let period = bare(parts.period) { body += ", " + period }
        // A count is one figure: "What was the number of customers ...?"
        let plural = parts.plural && !asked.request.hasPrefix("number of ") && !asked.request.hasPrefix("count of ")
        let verb = plural ? "are" : "is"
        let past = plural ? "were" : "was"
        let frames: [String]
        switch style {
        case "colloquial": frames = ["Show me the %@.", "Grab the %@.", "Need the %@.", "Can you pull the %@?", "Could I see the %@?",
                                     "Can I get the %@?", "Pull the %@ for me.", plural ? "What are the %@?" : "What's the %@?",
                                     "Mind pulling the %@?", "Any chance of the %@?", "Let me see the %@."]
        case "imperative": frames = ["List the %@.", "Find the %@.", "Return the %@.", "Get the %@.", "Pull up the %@.", "Show the %@.",
                                     "Fetch the %@.", "Retrieve the %@.", "Look up the %@.", "Produce the %@."]
        case "concise": frames = ["%@?", "%@."]
        case "descriptive": frames = ["Report the %@.", "Provide the %@.", "Give the %@.", "I need a report of the %@.",
                                      "I'd like the %@.", "Please report the %@.", "Please provide the %@.", "I want to see the %@.",
                                      "Prepare an overview of the %@."]
        case "analytical": frames = ["Compute the %@.", "Break down the %@.", "Calculate the %@.", "Summarize the %@.", "Analyze the %@.",
                                     "Work out the %@.", "Determine the %@.", "Tabulate the %@.", "Quantify the %@.", "Derive the %@.",
                                     "Measure the %@."]
        default: frames = ["What \(verb) the %@?", "Tell me the %@.", "Display the %@.", "What \(past) the %@?", "Give me the %@.",
                           "Could you tell me the %@?", "I'd like to know the %@.", "Please show the %@."]
        }
        var text: String
        if asksWhich || asksHowMany {
            text = body + "?"
        } else if keywords {
            text = body + rng.pick(["", "."])
        } else {
            var frame = rng.pick(frames)
            // Half of the commands go without the article: "Show me net paid by store".
            if !frame.hasPrefix("What"), rng.chance(0.5) { frame = frame.replacingOccurrences(of: "the %@", with: "%@") }
            text = frame.replacingOccurrences(of: "%@", with: body)
        }
        if periodInFront, let period = asked.period ?? parts.period {
            // "In Q2 2001, what was the ...?"
            text = period + ", " + English.lowerFirst(text)
        } else if groupInFront, let grouping = parts.grouping {
            // "For each store state, what was the ...?"
            let lead = rng.pick(["for each", "per", "by"])
            text = lead + " " + String(grouping.dropFirst(3)) + ", " + English.lowerFirst(text)
        }
        if countOf { text = countOfForm(text) }
        return English.capitalized(thresholds(in: text, rng: &rng))
    }

    /// A count's "number of" said "count of": at the start, after punctuation or after a function
    /// word ("and the number of"), never the "number of" of a label ("street number of store X").
    static func countOfForm(_ text: String) -> String {
        countPhrase.replacing(in: text, with: "$1count of ").replacingOccurrences(of: "Number of ", with: "Count of ")
    }

    private static let countPhrase = TextPattern(
        #"((?:^|[,;:(] ?|\b(?:the|a|and|or|with|plus|of|by|showing|their|its|also|as|versus|to|in|for|then) ))number of "#)

    /// The request as a wh-question: "Which 5 stores had the highest total net paid" for "top 5
    /// stores by total net paid", "Which sale months had an above-average total net profit" for
    /// "sale months with above-average total net profit", "Which stores reached a total net paid
    /// of at least 500" for "stores with total net paid of at least 500"; nil for other requests.
    /// `superlative` says the top ("highest", "largest", ...).
    static func whichForm(of request: String, superlative: String = "highest") -> String? {
        if request.hasPrefix("top "), let by = request.range(of: " by ") {
            let ranked = request[request.index(request.startIndex, offsetBy: 4)..<by.lowerBound]
            return "Which \(ranked) had the \(superlative) \(request[by.upperBound...])"
        }
        if let above = request.range(of: " with above-average ") {
            return "Which \(request[..<above.lowerBound]) had an above-average \(request[above.upperBound...])"
        }
        if let with = request.range(of: " with total "), request.contains(" of at least "), !request.hasPrefix("number ") {
            return "Which \(request[..<with.lowerBound]) reached a total \(request[with.upperBound...])"
        }
        return nil
    }

    /// "10 stores with the highest total net paid" (or "largest") for "top 10 stores by total net
    /// paid", or `superlative`); nil for other requests.
    static func countFirst(_ request: String, superlative: String = "highest") -> String? {
        let words = request.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3, words[0] == "top", Int(words[1]) != nil, let by = words[2].range(of: " by ") else { return nil }
        let ranked = words[2][..<by.lowerBound], figure = words[2][by.upperBound...]
        guard !ranked.isEmpty, !figure.isEmpty else { return nil }
        return "\(words[1]) \(ranked) with the \(figure.hasPrefix("number") && superlative == "highest" ? "largest" : superlative) \(figure)"
    }

    /// "How many store returns" for a request that counts one thing ("number of store returns",
    /// "number of distinct ticket numbers"); nil for other requests and for counts beside other figures.
    static func howManyForm(of request: String) -> String? {
        guard request.hasPrefix("number of ") else { return nil }
        let counted = request.dropFirst("number of ".count)
        guard !counted.isEmpty, !counted.contains(" and "), !counted.contains(","), !counted.contains("(") else { return nil }
        return "How many \(counted)"
    }

    /// The period without its preposition ("Q4 2001" for "in Q4 2001"), for periods that read so.
    static func bare(_ period: String?) -> String? {
        guard let period else { return nil }
        for lead in ["in ", "during ", "for "] where period.hasPrefix(lead) && !period.hasPrefix("for the ") {
            return String(period.dropFirst(lead.count))
        }
        return nil
    }

    /// A limit said one of several ways: "top 10", "top 10 only", "only the top 10", "just the
    /// first 5"; other limits as they are.
    static func limit(said limit: String, rng: inout SeededRandom) -> String {
        let words = limit.split(separator: " ").map(String.init)
        guard words.count == 2, ["top", "first"].contains(words[0]), Int(words[1]) != nil else { return limit }
        return rng.pick([limit, limit, "\(limit) only", "just the \(limit)", words[0] == "top" ? "the leading \(words[1])" : "only the first \(words[1])"])
    }

    /// `text` with each "at least N" said one way for the whole question: "at least N", "no less
    /// than N", "not less than N", "N or more", "N or higher" or "N and above" ("of N or more" after a noun:
    /// "net profit of 12.50 or more").
    static func thresholds(in text: String, rng: inout SeededRandom) -> String {
        guard text.contains("at least ") else { return text }
        let form = rng.int(in: 0...5)
        guard form > 0, let regex = try? NSRegularExpression(pattern: #"(\b(?:of|was|is|are|were|reached) )?at least (-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)"#) else {
            return text
        }
        var result = ""
        var rest = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let number = Range(match.range(at: 2), in: text) else { continue }
            let lead = Range(match.range(at: 1), in: text).map { String(text[$0]) } ?? ""
            result += text[rest..<whole.lowerBound]
            switch form {
            case 1: result += lead + "no less than " + text[number]
            case 2: result += lead + "not less than " + text[number]
            case 3: result += (lead.isEmpty ? "of " : lead) + text[number] + " or more"
            case 4: result += (lead.isEmpty ? "of " : lead) + text[number] + " or higher"
            default: result += (lead.isEmpty ? "of " : lead) + text[number] + " and above"
            }
            rest = whole.upperBound
        }
        return result + text[rest...]
    }
}
