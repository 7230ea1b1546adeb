import Model

/// Turns ``QuestionParts`` into a short question or request in one of the configured styles.
/// Frames are few words, so the question is mostly what it asks for.
enum QuestionWriter {
    static func render(_ parts: QuestionParts, style: String, rng: inout SeededRandom) -> String {
        // Ways analysts say a grouping and where they put the period, varied per question.
        let groupingWord = rng.pick(["by", "by", "per", "for each", "broken down by", "across"])
        let connector = parts.connector == "with" ? rng.pick(["with", "with", "for", "limited to"]) : (parts.connector ?? "with")
        let periodInFront = parts.period != nil && rng.int(in: 0...2) == 0
        // A third of the questions about which groups or entities qualify ask "Which ...?".
        var asked = parts
        let which = whichForm(of: parts.request)
        let asksWhich = which != nil && ["formal", "colloquial", "concise"].contains(style.lowercased()) && rng.chance(1.0 / 3)
        if asksWhich, let which { asked.request = which }
        let body = asked.body(connector: connector, groupingWord: groupingWord == "by" ? nil : groupingWord, periodInFront: periodInFront)
        let verb = parts.plural ? "are" : "is"
        let past = parts.plural ? "were" : "was"
        let frames: [String]
        switch style.lowercased() {
        case "colloquial": frames = ["Show me the %@.", "Grab the %@.", "Need the %@.", "Can you pull the %@?", "Could I see the %@?"]
        case "imperative": frames = ["List the %@.", "Find the %@.", "Return the %@.", "Get the %@.", "Pull up the %@."]
        case "concise": frames = ["%@?", "%@."]
        case "descriptive": frames = ["Report the %@.", "Provide the %@.", "Give the %@.", "I need a report of the %@."]
        case "analytical": frames = ["Compute the %@.", "Break down the %@.", "Calculate the %@.", "Summarize the %@.", "Analyze the %@."]
        default: frames = ["What \(verb) the %@?", "Tell me the %@.", "Display the %@.", "What \(past) the %@?"]
        }
        var text = asksWhich ? body + "?" : rng.pick(frames).replacingOccurrences(of: "%@", with: body)
        if periodInFront, let period = parts.period {
            // "In Q2 2001, what was the ...?"
            text = period + ", " + English.lowerFirst(text)
        }
        return English.capitalized(text)
    }

    /// The request as a wh-question: "Which 5 stores had the highest total net paid" for "top 5
    /// stores by total net paid", "Which sale months had an above-average total net profit" for
    /// "sale months with above-average total net profit", "Which stores reached a total net paid
    /// of at least 500" for "stores with total net paid of at least 500"; nil for other requests.
    static func whichForm(of request: String) -> String? {
        if request.hasPrefix("top "), let by = request.range(of: " by ") {
            let ranked = request[request.index(request.startIndex, offsetBy: 4)..<by.lowerBound]
            return "Which \(ranked) had the highest \(request[by.upperBound...])"
        }
        if let above = request.range(of: " with above-average ") {
            return "Which \(request[..<above.lowerBound]) had an above-average \(request[above.upperBound...])"
        }
        if let with = request.range(of: " with total "), request.contains(" of at least "), !request.hasPrefix("number ") {
            return "Which \(request[..<with.lowerBound]) reached a total \(request[with.upperBound...])"
        }
        return nil
    }
}
