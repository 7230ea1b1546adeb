import Model

/// Turns ``QuestionParts`` into a short question or request in one of the configured styles.
/// Frames are few words, so the question is mostly what it asks for.
enum QuestionWriter {
    static func render(_ parts: QuestionParts, style: String, rng: inout SeededRandom) -> String {
        // Ways analysts say a grouping and where they put the period, varied per question.
        let groupingWord = rng.pick(["by", "by", "per", "for each", "broken down by", "across"])
        let connector = parts.connector == "with" ? rng.pick(["with", "with", "for", "limited to"]) : (parts.connector ?? "with")
        let periodInFront = parts.period != nil && rng.int(in: 0...2) == 0
        let body = parts.body(connector: connector, groupingWord: groupingWord == "by" ? nil : groupingWord, periodInFront: periodInFront)
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
        var text = rng.pick(frames).replacingOccurrences(of: "%@", with: body)
        if periodInFront, let period = parts.period {
            // "In Q2 2001, what was the ...?"
            text = period + ", " + English.lowerFirst(text)
        }
        return English.capitalized(text)
    }
}
