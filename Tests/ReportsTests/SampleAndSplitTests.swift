import Model
import Testing
@testable import Reports

@Suite struct SampleAndSplitTests {
    static let examples: [Example] = (0..<60).map { index in
        let level = ComplexityLevel.allCases[index % 4]
        return Builders.example(String(format: "b%04d-s01", index), sql: "SELECT \(index % 20 == 0 ? "a" : "c\(index)") FROM t WHERE x = \(index)",
                                complexity: level, category: index % 3 == 0 ? "returns" : "sales")
    }

    @Test func reviewSampleCoversEveryStratumAndIsSeeded() {
        let sample = ReviewSample.draw(Self.examples, size: 10, seed: 1)
        #expect(sample.count == 10)
        #expect(Set(sample.map { "\($0.complexity)|\($0.category)" }).count == 8, "every (complexity, category) stratum is drawn")
        #expect(sample == ReviewSample.draw(Self.examples, size: 10, seed: 1))
        #expect(sample != ReviewSample.draw(Self.examples, size: 10, seed: 2))
        #expect(ReviewSample.draw(Self.examples, size: 500, seed: 1).count == 60)
        #expect(Set(sample.map(\.id)).count == 10)
    }

    @Test func splitKeepsTemplatesTogetherAndHitsItsShares() {
        let rows = ExportRow.rows(Self.examples, paraphrases: false)
        let split = TemplateSplit(rows: rows, options: .init(devFraction: 0.2, testFraction: 0.1, seed: 5))
        #expect(split.train.count + split.dev.count + split.test.count == 60)
        // Examples 0, 20, 40 share one template ("SELECT a FROM t WHERE x = ?").
        let shared = ["b0000-s01", "b0020-s01", "b0040-s01"]
        let homes = split.named.filter { named in named.rows.contains { shared.contains($0.example.id) } }
        #expect(homes.count == 1 && homes[0].rows.filter { shared.contains($0.example.id) }.count == 3)
        #expect(abs(split.test.count - 6) <= 2 && abs(split.dev.count - 12) <= 2)
        #expect(split == TemplateSplit(rows: rows, options: .init(devFraction: 0.2, testFraction: 0.1, seed: 5)))
        #expect(split != TemplateSplit(rows: rows, options: .init(devFraction: 0.2, testFraction: 0.1, seed: 6)))
    }

    @Test func paraphraseRowsFollowTheirExample() {
        var example = Builders.example("b0001-s01")
        example.paraphrases = [Paraphrase(text: "Another wording?", style: "synonyms", distance: 0.5, jaccard: 0.5, source: "offline")]
                let rows = ExportRow.rows([example, Builders.example("b0002-s01", sql: "SELECT 2 FROM u")], paraphrases: true)
        #expect(rows.map(\.id) == ["b0001-s01", "b0001-s01-p1", "b0002-s01"])
        let split = TemplateSplit(rows: rows, options: .init(devFraction: 0, testFraction: 0.5, seed: 1))
        #expect(split.named.filter { $0.rows.contains { $0.example.id == "b0001-s01" } }.count == 1)
    }
}
