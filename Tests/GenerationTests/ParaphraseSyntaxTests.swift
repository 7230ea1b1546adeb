import Foundation
@testable import Generation
import Model
import Testing

/// Paraphrases change the syntax, not only the opener (issue 22, part 6): sentence types are
/// measured, and an offline paraphrase set mixes them, keeps every value and names no "records".
@Suite struct ParaphraseSyntaxTests {
    @Test("sentence types: questions, commands and elliptical keyword forms, behind a leading phrase too")
    func sentenceTypes() {
        let cases: [(String, SentenceType)] = [
            ("What was the total net paid of store sales in Q2 2001?", .question),
            ("Which are the top 5 stores by total net paid?", .question),
            ("How many store sales were there per state?", .question),
            ("Could you tell me the number of items?", .question),
            ("In Q2 2001, what was the total net paid by item category?", .question),
            ("List the total net paid of store sales by state.", .command),
            ("Show me the number of items.", .command),
            ("For each item category, show the total net paid.", .command),
            ("Report the total net paid.", .command),
            ("Break down the total net paid by state.", .command),
            ("Need the total net paid.", .command),
            ("I'd like to see the average list price.", .command),
            ("store sales by state, Q3 2001", .elliptical),
            ("Total net paid of store sales by item category?", .elliptical),
            ("Q3 2001: total net paid of store sales by state.", .elliptical),
            ("Report of total net paid by state.", .elliptical),
            ("Count of items by class.", .elliptical),
            ("Breakdown of the total net paid by state, Q3 2001.", .elliptical),
            ("In 2001, total net paid by state.", .elliptical),
            ("Return years with total account credit of web returns of at least 20?", .elliptical),
            ("Return the return years with total account credit of at least 20.", .command),
            ("Filter on store state TN, then list the total net paid.", .command),
            ("List of stores by state.", .elliptical),
        ]
        for (text, type) in cases {
            #expect(SentenceType.of(text) == type, "\(text)")
        }
    }

    private static let parts = QuestionParts(request: "total net paid of store sales", plural: false, grouping: "by item category",
                                             period: "in Q2 2001", conditions: ["store state TN", "net profit at least 12.50"],
                                             limit: "top 10", connector: "with")

    private func candidates(question: String, seed: UInt64 = 7) -> [(text: String, style: String)] {
        var rng = SeededRandom(seed: seed, stream: "test")
        return OfflineParaphraser().candidates(wording: Wording(parts: Self.parts, category: "sales", roleSuffixes: []), question: question,
                                               literals: ["TN", "12.50", "2001", "2", "10"], rng: &rng)
    }

    @Test("a paraphrase set covers at least two sentence types, the question's others first; every value stated, no records opener",
          arguments: ["What was the total net paid of store sales by item category in Q2 2001 with store state TN and net profit at least 12.50, top 10?",
                      "List the total net paid of store sales by item category in Q2 2001 with store state TN and net profit at least 12.50, top 10.",
                      "Total net paid of store sales by item category in Q2 2001 with store state TN and net profit at least 12.50, top 10?"])
    func mixedSentenceTypes(question: String) {
        for seed: UInt64 in 1...20 {
            let all = candidates(question: question, seed: seed)
            #expect(all.count >= 10, "\(all.count) candidates")
            let first = all.prefix(3).map { SentenceType.of($0.text) }
            #expect(Set(first).count >= 2, "\(all.prefix(3).map(\.text))")
            #expect(first.prefix(2).allSatisfy { $0 != SentenceType.of(question) }, "\(all.prefix(2).map(\.text))")
            for candidate in all {
                #expect(candidate.style.hasPrefix(SentenceType.of(candidate.text).rawValue + ":"), "\(candidate.style): \(candidate.text)")
                #expect(LiteralCheck.unstated(values: ["TN", "12.50", "10"], question: candidate.text).isEmpty, "\(candidate.text)")
                #expect(candidate.text.contains("Q2 2001"), "\(candidate.text)")
                #expect(candidate.text.contains("item category"), "\(candidate.text)")
                #expect(candidate.text.contains("top 10"), "\(candidate.text)")
                #expect(!candidate.text.lowercased().contains("records"), "\(candidate.text)")
            }
            #expect(Set(all.map(\.text)).count == all.count)
        }
    }

    @Test("conditions as relative clauses, the grouping and the period in front, counts and amounts asked with how many / how much")
    func syntaxes() {
        let texts = (1...40).flatMap { candidates(question: "What is it?", seed: UInt64($0)).map(\.text) }
        #expect(texts.contains { $0.contains("where the store state is TN and the net profit is at least 12.50") })
        #expect(texts.contains { $0.hasPrefix("For each item category, ") })
        #expect(texts.contains { $0.hasPrefix("In Q2 2001, ") })
        #expect(texts.contains { $0.hasPrefix("Q2 2001: ") })
        #expect(texts.contains { $0.hasPrefix("How much ") })
        #expect(texts.contains { $0.hasPrefix("How does the total net paid of store sales break down by item category") })
        #expect(texts.contains { $0.hasPrefix("Breakdown of the total net paid") })
        #expect(texts.contains { $0 == "Total net paid of store sales by item category, Q2 2001, store state TN, net profit at least 12.50, top 10" })
        var counted = Self.parts
        counted.request = "number of store sales"
        var rng = SeededRandom(seed: 3, stream: "test")
        let pieces = ParaphrasePieces(parts: counted, literals: ["TN", "12.50"])
        let howMany = ParaphraseForm.howMany.render(pieces, rng: &rng)
        #expect(howMany?.hasPrefix("How many store sales were there") == true || howMany?.hasPrefix("How many store sales are there") == true, "\(howMany ?? "nil")")
        // A condition whose value cannot be told apart stays a phrase: no clause for the whole list.
        let spoken = ParaphrasePieces(parts: QuestionParts(request: "x", conditions: ["store state TN", "on weekends"], connector: "with"), literals: ["TN"])
        #expect(spoken.conditionClause == nil)
        #expect(spoken.clause(of: "no ship date") == "no ship date is recorded")
        #expect(spoken.clause(of: "item name starting with Able") == "the item name starts with Able")
        #expect(spoken.clause(of: "sold date in 2001") == "the sold date falls in 2001")
    }

    @Test("same seed, same candidates")
    func deterministic() {
        let question = "What was the total?"
        #expect(candidates(question: question).map(\.text) == candidates(question: question).map(\.text))
        #expect(candidates(question: question, seed: 1).map(\.text) != candidates(question: question, seed: 2).map(\.text))
    }
}
