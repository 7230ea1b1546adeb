import ArgumentParser
import Reports

/// `nl2sqlgen report DIR`: quality report of a dataset directory.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write DIR/report.json and a self-contained DIR/report.html (coverage, complexity, constructs, validity, diversity, negatives, LLM cost, review).",
        discussion: "Reads only the dataset's files (not the validation database). `generate` and `run` write the report at their end; run this again after `review apply`. See docs/report.md.")

    @Argument(help: "The dataset directory.")
    var directory: String

    func run() throws {
        let report: Report
        do {
            report = try ReportWriter.write(directory: directory)
        } catch {
            throw CLI.fail(error.message)
        }
        let coverage = report.coverage
        print("""
        wrote \(directory)/report.json and \(directory)/report.html: \(report.dataset.examples) examples; columns \(coverage.columns.measured)/\(coverage.columns.total), tables \(coverage.tables.measured)/\(coverage.tables.total), FK edges \(coverage.edges.measured)/\(coverage.edges.total); \(report.diversity.distinctTemplates) distinct SQL templates
        """)
    }
}
