import Generation
import Model

/// How paraphrases differ in syntax from their question: sentence types (``SentenceType``) and
/// openings, and how varied their openings are. The token distance of each paraphrase is in the diversity section.
extension QualityMetrics {
    /// Words of the opening compared between a paraphrase and its question.
    static let openingWords = 3

    static func addParaphraseSyntax(_ examples: [Example], to section: inout Report.QualitySection) {
        var types: [String: Int] = [:]
        var total = 0, typeChanged = 0, openingChanged = 0, sets = 0, mixedSets = 0
        var openings: [String: Int] = [:]
        for example in examples where !example.paraphrases.isEmpty {
            let questionType = SentenceType.of(example.question)
            let opening = TokenDistance.words(example.question).prefix(openingWords)
            var setTypes: Set<SentenceType> = []
            for paraphrase in example.paraphrases {
                let type = SentenceType.of(paraphrase.text)
                types[type.rawValue, default: 0] += 1
                setTypes.insert(type)
                total += 1
                if type != questionType { typeChanged += 1 }
                let paraphraseOpening = TokenDistance.words(paraphrase.text).prefix(openingWords)
                if paraphraseOpening != opening { openingChanged += 1 }
                openings[paraphraseOpening.joined(separator: " "), default: 0] += 1
            }
            if example.paraphrases.count >= 2 {
                sets += 1
                if setTypes.count >= 2 { mixedSets += 1 }
            }
        }
        guard total > 0 else { return }
        section.paraphraseSentenceTypes = types
        section.paraphraseSentenceTypeChanged = Double(typeChanged) / Double(total)
        section.paraphraseOpeningChanged = Double(openingChanged) / Double(total)
        section.paraphraseSetsMixingTypes = sets == 0 ? nil : Double(mixedSets) / Double(sets)
        section.paraphraseDistinctOpenings = Double(openings.count) / Double(total)
        let top = openings.max { ($0.value, $1.key) < ($1.value, $0.key) }
        section.paraphraseTopOpening = top?.key
        section.paraphraseTopOpeningShare = Double(top?.value ?? 0) / Double(total)
    }
}
