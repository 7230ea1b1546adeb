import Model
import SQLite
import Validation

/// Builds the review sheet of a dataset: a stratified sample with a preview of each result.
public enum ReviewExporter {
    /// Result rows shown in `result_preview`.
    public static let previewRows = 3

    /// CSV text of the sheet. `validator` (on the dataset's database) fills the preview; without
    /// it the preview says the database was not kept.
    public static func sheet(_ dataset: Dataset, size: Int, seed: UInt64, validator: Validator?) -> (csv: String, count: Int) {
        var sample = ReviewSample.draw(dataset.currentExamples, size: size, seed: seed)
        // With a judge: the lowest-scored first (unjudged ones before all), and its verdict in a last column.
        let judged = sample.contains { $0.judge != nil }
        if judged { sample.sort { (judgeRank($0), $0.id) < (judgeRank($1), $1.id) } }
        let rows = sample.map { example in
            [example.id, example.complexity.rawValue, example.category, example.hardness, example.question, example.sql,
             preview(example, validator: validator), "", "", "", ""] + (judged ? [judgeText(example.judge)] : [])
        }
        return (ReviewCSV.render(rows, header: ReviewCSV.header + (judged ? ["judge"] : [])), sample.count)
    }

    /// 0 without a verdict, else the faithfulness score (a back-translation: 1 when it returned
    /// another result, 5 when the same).
    static func judgeRank(_ example: Example) -> Int {
        guard let verdict = example.judge else { return 0 }
        if let score = verdict.faithfulness { return score }
        if let matched = verdict.matched { return matched ? 5 : 1 }
        return 0
    }

    /// "faithfulness 3/5, naturalness 4/5, ambiguity 2/5: reason" (or the status and reason).
    static func judgeText(_ verdict: JudgeVerdict?) -> String {
        guard let verdict else { return "" }
        guard let faithfulness = verdict.faithfulness else { return "\(verdict.status): \(verdict.reason)" }
        return "faithfulness \(faithfulness)/5, naturalness \(verdict.naturalness ?? 0)/5, ambiguity \(verdict.ambiguity ?? 0)/5: \(verdict.reason)"
    }

    static func preview(_ example: Example, validator: Validator?) -> String {
        guard let validator else { return "(database.sqlite not kept; \(example.result.rows) rows)" }
        guard let rows = validator.rows(of: example.sql, limit: previewRows) else { return "(the SQL no longer runs)" }
        var lines = [example.result.columnNames.joined(separator: " | ")]
        lines += rows.map { $0.map { value in String(value.description.prefix(40)) }.joined(separator: " | ") }
        if example.result.rows > rows.count { lines.append("… \(example.result.rows) rows in all") }
        return lines.joined(separator: "\n")
    }
}
