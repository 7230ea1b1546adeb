import Model

/// Paraphrases of an offline question, rendered again from its ``Wording`` in other syntaxes
/// (``ParaphraseForm``): wh-questions, commands and elliptical keyword forms, with the grouping or
/// the period moved to the front, conditions as relative clauses or prepositional phrases, and
/// nominalisations; then, seeded, synonyms and other ways to say comparisons, dates and amounts.
/// Sentence types other than the question's come first, so a paraphrase set mixes syntaxes. Every
/// form keeps each part of the request, so a paraphrase asks for exactly what the SQL returns.
struct OfflineParaphraser {
    /// Word-token distance to the question from which a candidate counts as far (tried first).
    static let farDistance = 0.35

    /// Candidate paraphrases (text and style) of `question`, written from `wording`; `literals` are
    /// the SQL's values (``LiteralCheck/values(in:)``). Seeded order: one of each sentence type
    /// other than the question's, then one of its own type, and round again; within a type, the
    /// candidates at least ``farDistance`` from the question first. The style is
    /// `<sentence type>:<form>`, then `+synonyms` and `+values` when those rewrites were applied.
    func candidates(wording: Wording, question: String, literals: [String], rng: inout SeededRandom) -> [(text: String, style: String)] {
        let pieces = ParaphrasePieces(parts: wording.parts, literals: literals)
        let own = SentenceType.of(question)
        var others = SentenceType.allCases.filter { $0 != own }
        others.shuffle(using: &rng)
        var queues: [[(text: String, style: String)]] = []
        for type in others + [own] {
            var forms = ParaphraseForm.allCases.filter { $0.sentenceType == type }
            forms.shuffle(using: &rng)
            let rendered = forms.compactMap { form in render(form, pieces, wording: wording, rng: &rng) }
            // Within a type, the forms that move more words first (seeded order kept among them).
            let isFar = rendered.map { TokenDistance.normalizedEdits(question, $0.text) >= Self.farDistance }
            queues.append(zip(rendered, isFar).filter { $0.1 }.map(\.0) + zip(rendered, isFar).filter { !$0.1 }.map(\.0))
        }
        var ordered: [(text: String, style: String)] = []
        var seen: Set<String> = [question.lowercased()]
        for round in 0..<(queues.map(\.count).max() ?? 0) {
            for queue in queues where round < queue.count && seen.insert(queue[round].text.lowercased()).inserted {
                ordered.append(queue[round])
            }
        }
        return ordered
    }

    /// `form` of `pieces` with seeded word rewrites, and its style; nil when the form does not fit.
    func render(_ form: ParaphraseForm, _ pieces: ParaphrasePieces, wording: Wording, rng: inout SeededRandom) -> (text: String, style: String)? {
        guard var text = form.render(pieces, rng: &rng) else { return nil }
        var style = "\(form.sentenceType.rawValue):\(form.rawValue)"
        if rng.chance(0.4) {
            let rewritten = ParaphraseRewrites.synonymized(text)
            if rewritten != text { text = rewritten; style += "+synonyms" }
        }
        if rng.chance(0.3) {
            let rewritten = ParaphraseRewrites.reformattedValues(text)
            if rewritten != text { text = rewritten; style += "+values" }
        }
        return (wording.tidy(English.capitalized(text)), style)
    }
}
