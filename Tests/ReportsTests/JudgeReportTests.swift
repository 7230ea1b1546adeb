import Foundation
import Model
@testable import Reports
import Testing

/// The report's judge section, the faithfulness refusals of the quality section and the review
/// sheet's judge order.
@Suite struct JudgeReportTests {
    static func judged(_ id: String, _ faithfulness: Int?, status: String = "scored") -> Example {
        var example = Builders.example(id)
        example.judge = JudgeVerdict(status: status, faithfulness: faithfulness, naturalness: faithfulness.map { _ in 4 },
                                     ambiguity: faithfulness.map { _ in 2 }, reason: "r\(id)", model: "judge-model")
        return example
    }

    @Test func judgeSectionHoldsTheDistributionsAndCounts() throws {
        let examples = [Self.judged("a", 5), Self.judged("b", 4), Self.judged("c", 5), Self.judged("d", nil, status: "unjudged")]
        let section = try #require(JudgeMetrics.build(examples, counts: ["judge_low_scores": 3, "judge_dropped": 1]))
        #expect(section.faithfulness == ["1": 0, "2": 0, "3": 0, "4": 1, "5": 2] && section.naturalness["4"] == 3)
        #expect(section.scored == 3 && section.unjudged == 1 && section.lowScores == 3 && section.dropped == 1)
        #expect(abs(section.faithfulnessMean - 14.0 / 3) < 1e-9 && section.models == ["judge-model"])
        #expect(JudgeMetrics.build([Builders.example("x")], counts: [:]) == nil, "no judge, no section")
        let html = HTMLReport.judge(section)
        #expect(html.contains("id=\"judge-chart\"") && html.contains("judge-model"))
    }

    @Test func backTranslationGivesTheAnswerableShare() throws {
        var examples = ["a", "b", "c", "d"].map { Builders.example($0) }
        for (index, matched) in [true, true, true, false].enumerated() {
            examples[index].judge = JudgeVerdict(status: "back_translated", reason: "", model: "m", sql: "SELECT 1", matched: matched)
        }
        let section = try #require(JudgeMetrics.build(examples, counts: [:]))
        #expect(section.backTranslated == 4 && section.backTranslationMatched == 3 && section.answerableShare == 0.75)
        #expect(ReviewExporter.judgeRank(examples[3]) == 1 && ReviewExporter.judgeRank(examples[0]) == 5)
    }

    @Test func unfaithfulParaphrasesAreCountedInTheQualitySection() {
        var example = Builders.example("a")
        example.contrastDropped = ["paraphrase_unfaithful_entity": 2, "paraphrase_near_copy": 1, "paraphrase_unfaithful_literal": 1]
        #expect(QualityMetrics.build([example], schema: nil).paraphrasesRefusedUnfaithful == ["entity": 2, "literal": 1])
        #expect(QualityMetrics.build([Builders.example("b")], schema: nil).paraphrasesRefusedUnfaithful == nil)
    }

    @Test func reviewSheetOrderPutsTheLowestScoresFirst() {
        let examples = [Self.judged("a", 5), Self.judged("b", 2), Self.judged("c", nil, status: "unjudged"), Self.judged("d", 4)]
        let order = examples.sorted { (ReviewExporter.judgeRank($0), $0.id) < (ReviewExporter.judgeRank($1), $1.id) }.map(\.id)
        #expect(order == ["c", "b", "d", "a"])
        #expect(ReviewExporter.judgeText(examples[1].judge) == "faithfulness 2/5, naturalness 4/5, ambiguity 2/5: rb")
    }
}
