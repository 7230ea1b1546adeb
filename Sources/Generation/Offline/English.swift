import Foundation

/// Small English helpers for question text: description cleaning, plurals, lists, negation.
enum English {
    /// A description as a noun phrase: parentheticals, examples and value lists removed, no final
    /// period, first letter lower-cased unless the first word is an acronym.
    static func clean(_ description: String) -> String {
        var text = removeParentheticals(description)
        for marker in [", e.g.", " e.g.", "e.g.", ":", ", shared by", ", if ", ", given by"] {
            if let range = text.range(of: marker) { text = String(text[..<range.lowerBound]) }
        }
        text = collapseSpaces(text)
        while let last = text.last, ".,;".contains(last) { text.removeLast() }
        return lowerFirst(text.trimmingCharacters(in: .whitespaces))
    }

    /// The clause of a yes/no flag description `Y if <clause>, else N`, or nil.
    static func flagClause(_ description: String) -> String? {
        var text = collapseSpaces(removeParentheticals(description))
        guard text.hasPrefix("Y if ") else { return nil }
        text = String(text.dropFirst(5))
        for marker in [", else", " else N", ";"] {
            if let range = text.range(of: marker) { text = String(text[..<range.lowerBound]) }
        }
        while let last = text.last, ".,".contains(last) { text.removeLast() }
        return text.isEmpty ? nil : text
    }

    /// The negation of a flag clause such as "the day is a holiday", or nil if no rule applies.
    static func negate(_ clause: String) -> String? {
        var words = clause.split(separator: " ").map(String.init)
        for index in words.indices {
            switch words[index] {
            case "is", "was", "are", "were":
                words.insert("not", at: index + 1)
                return words.joined(separator: " ")
            case "lies", "falls", "follows", "runs", "takes", "has":
                let verb = words[index]
                words[index] = verb == "has" ? "have" : String(verb.dropLast())
                words.insert("does not", at: index)
                if index > 0, words[index - 1] == "directly" {
                    words.swapAt(index - 1, index)
                    words[index] = "not"
                    words[index - 1] = "does"
                    words.insert("directly", at: index + 1)
                }
                return words.joined(separator: " ")
            default:
                continue
            }
        }
        return nil
    }

    /// Words after which the head noun of a phrase ends.
    private static let boundaryWords: Set<String> = [
        "of", "the", "a", "an", "that", "which", "with", "for", "in", "on", "to", "from", "through", "at",
        "by", "per", "as", "before", "after", "until", "within", "covering", "describing", "since", "when",
        "where", "whose", "who", "used", "sold", "ordered", "returned", "placed", "counted", "shared",
        "applied", "charged", "paid", "earned", "refunded", "given", "working", "into", "between", "about",
        "around", "under", "over", "during", "against", "among", "without", "including", "excluding", "across",
        "below", "above", "near", "if", "whether", "via",
    ]

    /// The plural of a noun phrase: its head noun (the word before the first preposition or
    /// relative clause) is pluralised.
    static func plural(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return phrase }
        var head = words.count - 1
        for (index, word) in words.enumerated() where index > 0 && boundaryWords.contains(word.lowercased()) {
            head = index - 1
            break
        }
        words[head] = pluralWord(words[head])
        return words.joined(separator: " ")
    }

    /// The plural of one word.
    static func pluralWord(_ word: String) -> String {
        let lower = word.lowercased()
        let irregular = ["person": "people", "child": "children", "man": "men", "woman": "women", "data": "data",
                         "information": "information", "staff": "staff", "series": "series"]
        if let plural = irregular[lower] { return plural }
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh")
            || lower.hasSuffix("z") {
            return lower.hasSuffix("ss") || !lower.hasSuffix("s") ? word + "es" : word
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        return word + "s"
    }

    /// `a`, `a and b`, `a, b and c`.
    /// Whether `phrase` is said as a circumstance, led by a preposition ("on weekends", "outside
    /// the current month", "in the current year"), not as a noun phrase after "with".
    static func isCircumstance(_ phrase: String) -> Bool {
        let first = phrase.prefix { $0 != " " }.lowercased()
        return ["on", "in", "outside", "during", "at", "before", "after", "within"].contains(first)
    }

    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) \(conjunction) \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
        }
    }

    /// The text with its first letter upper-cased.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "record start year" for a calendar date named "record start date" (how a question groups
    /// by its year); nil for a phrase that does not end in "date" after another word.
    static func yearPhrase(ofDate phrase: String) -> String? {
        var words = phrase.split(separator: " ").map(String.init)
        guard words.count > 1, words.last?.lowercased() == "date" else { return nil }
        words[words.count - 1] = "year"
        return words.joined(separator: " ")
    }

    /// The text without a leading "the ".
    static func withoutArticle(_ text: String) -> String {
        dropping(lead: "the", from: text)
    }

    /// The text without its first word when that word is `lead` and more words follow
    /// ("average list price" → "list price").
    static func dropping(lead: String, from text: String) -> String {
        text.hasPrefix(lead + " ") && text.count > lead.count + 1 ? String(text.dropFirst(lead.count + 1)) : text
    }

    /// "a" or "an" before `word`.
    static func article(before word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    static func removeParentheticals(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            .replacingOccurrences(of: " ,", with: ",")
    }

    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let firstWord = text.split(separator: " ").first.map(String.init) ?? ""
        let isAcronym = firstWord.count > 1 && firstWord == firstWord.uppercased()
            && firstWord.contains(where: { $0.isLetter })
        // The pronoun stays capital: "In 2001, I need ...", "..., I'd like ...".
        let isPronoun = firstWord == "I" || firstWord.hasPrefix("I'")
        return isAcronym || isPronoun ? text : first.lowercased() + text.dropFirst()
    }

    /// `text` with every phrase of `phrases` kept only at its first occurrence (later ones removed).
    static func keepingFirst(of phrases: Set<String>, in text: String) -> String {
        var result = text
        for phrase in phrases.sorted(by: { $0.count > $1.count }) where !phrase.isEmpty {
            guard let first = result.range(of: phrase) else { continue }
            let head = result[..<first.upperBound]
            let tail = result[first.upperBound...].replacingOccurrences(of: phrase, with: "")
            result = head + tail
        }
        return result
    }
}
