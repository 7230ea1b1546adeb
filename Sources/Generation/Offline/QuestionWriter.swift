import Model

/// Turns ``QuestionParts`` into a short question or request in one of the configured styles.
/// Frames are few words, so the question is mostly what it asks for.
enum QuestionWriter {
    static func render(_ parts: QuestionParts, style: String, rng: inout SeededRandom) -> String {
        let body = parts.body(connector: parts.connector ?? "with")
        let verb = parts.plural ? "are" : "is"
        let frames: [String]
        switch style.lowercased() {
        case "colloquial": frames = ["Show me the %@.", "Grab the %@.", "Need the %@."]
        case "imperative": frames = ["List the %@.", "Find the %@.", "Return the %@.", "Get the %@."]
        case "concise": frames = ["%@?", "%@."]
        case "descriptive": frames = ["Report the %@.", "Provide the %@.", "Give the %@."]
        case "analytical": frames = ["Compute the %@.", "Break down the %@.", "Calculate the %@.", "Summarize the %@."]
        default: frames = ["What \(verb) the %@?", "Tell me the %@.", "Display the %@."]
        }
        let text = rng.pick(frames).replacingOccurrences(of: "%@", with: body)
        return English.capitalized(text)
    }
}
