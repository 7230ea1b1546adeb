/// The syntax of a question's sentence, measured from its words alone: a question ("What was
/// ...?", "Which ...?", "How many ...?", "Could you ...?"), a command ("List ...", "Show me ..."),
/// or an elliptical, keyword form an analyst types ("store sales by state, Q3 2001"). A leading
/// prepositional phrase set off by a comma ("In Q2 2001, what ...", "For each state, list ...") is
/// skipped: the type is that of the main clause. Used to vary paraphrases and to measure how far
/// they vary (report.json, `quality.paraphrase_sentence_type_changed`).
public enum SentenceType: String, Sendable, CaseIterable, Codable {
    case question, command, elliptical

    /// Words that open a question.
    static let questionWords: Set<String> = [
        "what", "which", "how", "who", "whom", "whose", "when", "where", "why",
        "can", "could", "would", "will", "is", "are", "was", "were", "do", "does", "did", "may",
    ]

    /// Verbs that open a command whatever follows.
    static let commandVerbs: Set<String> = [
        "show", "give", "get", "find", "compute", "calculate", "summarize", "summarise", "analyze", "analyse", "pull", "grab",
        "tell", "display", "provide", "fetch", "let", "please", "i", "i'd", "compare", "identify", "determine", "retrieve", "produce",
        "filter",
    ]

    /// Words that are verbs of a command only before a determiner or particle ("Report the ...",
    /// "Break down ..."), nouns otherwise ("Report of ...", "Count of ...", "Return years with ...").
    static let ambiguousVerbs: Set<String> = ["report", "count", "rank", "break", "need", "sum", "total", "tally", "chart", "split",
                                              "return", "list", "name"]
    static let verbFollowers: Set<String> = ["the", "me", "a", "an", "all", "each", "every", "how", "down", "up", "which", "what", "out"]

    /// Words that open a leading adverbial phrase ("In Q2 2001, ...").
    static let prepositions: Set<String> = [
        "in", "for", "during", "on", "at", "between", "from", "by", "per", "among", "across", "within", "as", "over", "with",
        "considering", "looking", "limited", "restricted", "broken",
    ]

    /// The sentence type of `text`.
    public static func of(_ text: String) -> SentenceType {
        var words = TokenDistance.words(text)
        // Skip a leading phrase set off by a comma when it opens with a preposition.
        if let first = words.first, prepositions.contains(first), let comma = text.firstIndex(of: ",") {
            let rest = TokenDistance.words(String(text[text.index(after: comma)...]))
            if !rest.isEmpty { words = rest }
        }
        guard let first = words.first else { return .elliptical }
        if questionWords.contains(first) { return .question }
        if commandVerbs.contains(first) { return .command }
        if ambiguousVerbs.contains(first), words.count > 1, verbFollowers.contains(words[1]) { return .command }
        return .elliptical
    }
}
