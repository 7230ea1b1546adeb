import Foundation
import Model

/// Turns ``QuestionParts`` into a sentence in one of the configured styles.
enum QuestionStyle {
    /// The question for `parts` in `style`; `category` is the batch's business category.
    static func render(_ parts: QuestionParts, style: String, category: String, rng: inout SeededRandom) -> String {
        let connector = rng.pick(["where", "where", "for records where", "considering only records where",
                                  "restricted to records where"])
        let body = parts.body(connector: connector)
        let topic = category.replacingOccurrences(of: "_", with: " ").lowercased()
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let verb = parts.plural ? "are" : "is"
        switch style.lowercased() {
        case "colloquial":
            let frame = rng.pick(["Can you tell me %@?", "Could you show me %@?", "I'd like to know %@.",
                                  "Can you pull up %@?", "Hey, what \(verb) %@?"])
            return fill(frame, body)
        case "imperative":
            let frame = rng.pick(["List %@.", "Show %@.", "Find %@.", "Retrieve %@.", "Give me %@.", "Return %@."])
            return fill(frame, body)
        case "concise":
            var text = English.withoutArticle(body).replacingOccurrences(of: " for each combination of ", with: " per combination of ")
                .replacingOccurrences(of: " for each ", with: " per ")
            text = English.capitalized(text)
            return text + (rng.chance(0.5) ? "." : "?")
        case "descriptive":
            let frame = rng.pick(["Provide a report of %@.", "I need a summary showing %@.",
                                  "Produce an overview of %@.", "Prepare a listing of %@."])
            return fill(frame, body)
        case "analytical":
            var frames = ["Analyze the data to determine %@.", "Work out %@.", "Determine %@ for further analysis."]
            if !topic.isEmpty {
                frames += ["For the \(topic) analysis, determine %@.", "As part of a \(topic) review, compute %@."]
            }
            return fill(rng.pick(frames), body)
        default:
            return fill(rng.pick(["What \(verb) %@?", "What \(verb) %@?", "Please state %@."]), body)
        }
    }

    private static func fill(_ frame: String, _ body: String) -> String {
        let text = frame.replacingOccurrences(of: "%@", with: body)
        return English.capitalized(text)
    }
}
