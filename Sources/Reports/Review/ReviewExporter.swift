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
        let sample = ReviewSample.draw(dataset.currentExamples, size: size, seed: seed)
        let rows = sample.map { example in
            [example.id, example.complexity.rawValue, example.category, example.hardness, example.question, example.sql,
             preview(example, validator: validator), "", "", "", ""]
        }
        return (ReviewCSV.render(rows), sample.count)
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
