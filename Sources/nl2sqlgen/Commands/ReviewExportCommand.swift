import ArgumentParser
import Foundation
import Reports

/// `nl2sqlgen review export DIR --sample N --out review.csv`.
struct ReviewExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a stratified sample (by complexity and category) as a review CSV.",
        discussion: "Columns: \(ReviewCSV.header.joined(separator: ",")). Fill `decision` with accept, reject or edit (edit: put the new SQL in edited_sql and/or the new question in edited_question), leave it empty to skip a row, then run `review apply`. The same dataset, N and seed give the same sheet.")

    @Argument(help: "The dataset directory.")
    var directory: String

    @Option(help: "Examples in the sample (at most all examples).")
    var sample: Int

    @Option(help: "The CSV file to write.")
    var out: String

    @Option(help: "Seed of the sample (default: the dataset's seed).")
    var seed: Int?

    @Option(help: "The schema file, for the result preview (default: the path in the manifest).")
    var schema: String?

    func run() throws {
        guard sample > 0 else { throw CLI.fail("--sample must be positive") }
        if let seed, seed < 0 { throw CLI.fail("--seed must be zero or positive") }
        let dataset = try DatasetAccess.load(directory)
        let loaded = try DatasetAccess.schema(of: dataset, override: schema)
        let validator = try DatasetAccess.validator(of: dataset, schema: loaded, required: false)
        let sheet = ReviewExporter.sheet(dataset, size: sample, seed: UInt64(seed ?? dataset.manifest.seed), validator: validator)
        try CLI.write(Data(sheet.csv.utf8), to: out)
        print("wrote \(out): \(sheet.count) examples to review\(validator == nil ? " (no result preview: database.sqlite was not kept)" : "")")
    }
}
