import Model

/// Paraphrases of an offline question, rendered again from its ``Wording``: clauses reordered
/// (conditions or grouping first), question turned into a request or the other way round, passive
/// frames, synonyms, and other ways to say comparisons, dates and amounts. Every rewrite keeps each
/// part of the request, so a paraphrase asks for exactly what the SQL returns.
struct OfflineParaphraser {
    /// A recipe: the rewrites it applies, in order.
    enum Rewrite: String, CaseIterable {
        case reordered, sentenceType = "sentence_type", passive, synonyms, values
    }

    static let recipes: [[Rewrite]] = [
        [.reordered, .sentenceType],
        [.passive, .synonyms],
        [.values, .synonyms, .sentenceType],
        [.reordered, .synonyms],
        [.sentenceType, .values],
        [.passive, .reordered],
        [.reordered, .synonyms, .values],
        [.reordered, .sentenceType, .synonyms, .values],
        [.passive, .reordered, .synonyms, .values],
        [.reordered, .passive, .sentenceType],
    ]

    /// Candidate paraphrases (text and style) of a question in seeded recipe order.
    func candidates(wording: Wording, style: String, rng: inout SeededRandom) -> [(text: String, style: String)] {
        var recipes = Self.recipes
        recipes.shuffle(using: &rng)
        return recipes.map { recipe in
            (render(wording, style: style, recipe: recipe, rng: &rng), recipe.map(\.rawValue).joined(separator: "+"))
        }
    }

    func render(_ wording: Wording, style: String, recipe: [Rewrite], rng: inout SeededRandom) -> String {
        let parts = wording.parts
        let asksQuestion = ["formal", "colloquial"].contains(style.lowercased())
        let wantsQuestion = recipe.contains(.sentenceType) ? !asksQuestion : asksQuestion
        var lead: String?
        var body = parts
        if recipe.contains(.reordered) {
            // Conditions, grouping or ordering moved to the front; which one is seeded.
            var leads: [(String, QuestionParts)] = []
            if !parts.conditions.isEmpty {
                var rest = parts
                rest.conditions = []
                rest.connector = nil
                let opening = rng.pick(["Considering only records where", "Among records where", "Looking only at records where"])
                leads.append((opening + " " + English.list(parts.conditions), rest))
            }
            if let grouping = parts.grouping {
                var rest = parts
                rest.grouping = nil
                leads.append((English.capitalized(grouping), rest))
            }
            if let ordering = parts.ordering {
                var rest = parts
                rest.ordering = nil
                leads.append((English.capitalized(ordering), rest))
            }
            if !leads.isEmpty {
                let chosen = rng.pick(leads)
                lead = chosen.0
                body = chosen.1
            }
        }
        let text = body.body(connector: "where")
        let verb = parts.plural ? "are" : "is"
        var sentence: String
        if recipe.contains(.passive) {
            sentence = rng.pick(["%@ should be reported.", "%@ should be listed.", "Let %@ be shown."])
        } else if wantsQuestion {
            sentence = rng.pick(["What \(verb) %@?", "Could you tell me %@?", "Can you find %@?"])
        } else {
            sentence = rng.pick(["List %@.", "Show me %@.", "Report %@.", "Compute %@."])
        }
        sentence = sentence.replacingOccurrences(of: "%@", with: text)
        if let lead { sentence = lead + ", " + English.lowerFirst(sentence) }
        sentence = English.capitalized(sentence)
        if recipe.contains(.synonyms) { sentence = ParaphraseRewrites.synonymized(sentence) }
        if recipe.contains(.values) { sentence = ParaphraseRewrites.reformattedValues(sentence) }
        return wording.tidy(sentence)
    }
}
