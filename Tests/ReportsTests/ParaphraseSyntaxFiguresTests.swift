import Foundation
import Model
@testable import Reports
import Testing

/// The quality section's figures of how paraphrases differ in syntax from their question, counted
/// on hand-made examples (docs/report.md).
@Suite struct ParaphraseSyntaxFiguresTests {
    private static func paraphrase(_ text: String) -> Paraphrase {
        Paraphrase(text: text, style: "s", distance: 0.5, jaccard: 0.5, source: "offline")
    }

    @Test("sentence types, changed types, changed openings and sets mixing types; none without paraphrases")
    func figures() throws {
        var asked = Builders.example("a", question: "What was the total net paid of store sales in 2001?")
        asked.paraphrases = [
            Self.paraphrase("List the total net paid of store sales in 2001."),          // command, new opening
            Self.paraphrase("Total net paid of store sales, 2001"),                     // elliptical, new opening
            Self.paraphrase("What was the overall net paid of store sales in 2001?"),   // question, same first three words
        ]
        var listed = Builders.example("b", question: "List the items by class.")
        listed.paraphrases = [Self.paraphrase("What was the count of items by class?")] // question, new opening; a set of one
        let section = QualityMetrics.build([asked, listed, Builders.example("c")], schema: nil)
        #expect(section.paraphraseSentenceTypes == ["command": 1, "elliptical": 1, "question": 2])
        #expect(section.paraphraseSentenceTypeChanged == 0.75)
        #expect(section.paraphraseOpeningChanged == 0.75)
        #expect(section.paraphraseSetsMixingTypes == 1)
        #expect(section.paraphraseDistinctOpenings == 0.75)
        #expect(section.paraphraseTopOpening == "what was the")
        #expect(section.paraphraseTopOpeningShare == 0.5)
        let json = String(decoding: try JSONEncoder().encode(section), as: UTF8.self)
        for name in ["paraphrase_sentence_types", "paraphrase_sentence_type_changed", "paraphrase_opening_changed", "paraphrase_sets_mixing_types", "paraphrase_distinct_openings", "paraphrase_top_opening", "paraphrase_top_opening_share"] {
            #expect(json.contains("\"\(name)\""), "\(name)")
        }
        let html = HTMLReport.quality(section)
        #expect(html.contains("paraphrases of another sentence type than their question") && html.contains("75.0%"))
        #expect(html.contains("paraphrases whose first three words differ from their question&#39;s")
                || html.contains("paraphrases whose first three words differ from their question's"))

        let none = QualityMetrics.build([Builders.example("c")], schema: nil)
        #expect(none.paraphraseSentenceTypes == nil && none.paraphraseSentenceTypeChanged == nil)
        #expect(!HTMLReport.quality(none).contains("sentence type"))
    }
}
