import ArgumentParser
import Reports

/// `nl2sqlgen review apply DIR review.csv`.
struct ReviewApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply accept / reject / edit decisions of a review CSV to a dataset.",
        discussion: "Every row is checked first (known id, known decision, edit with edited_sql or edited_question, edited SQL valid with rows on the dataset's database); when any row is bad every problem is printed with its CSV line, nothing is applied and the exit status is 1. Otherwise the decisions are appended to DIR/review/decisions.jsonl, DIR/examples.reviewed.jsonl is rewritten from examples.jsonl (never changed) and the latest decision per example, and the report is rewritten.")

    @Argument(help: "The dataset directory.")
    var directory: String

    @Argument(help: "The filled review CSV.")
    var file: String

    @Option(help: "The schema file (default: the path in the manifest).")
    var schema: String?

    func run() throws {
        let dataset = try DatasetAccess.load(directory)
        let text = try CLI.readText(file)
        let loaded = try DatasetAccess.schema(of: dataset, override: schema)
        guard let validator = try DatasetAccess.validator(of: dataset, schema: loaded, required: true) else { return }
        let applier = ReviewApplier(dataset: dataset, schema: loaded, validator: validator)
        let decisions: [ReviewDecision]
        do {
            decisions = try applier.decisions(csv: text, source: file)
        } catch {
            CLI.printError("error: \(error.description)")
            throw ExitCode(1)
        }
        let remaining: Int
        do {
            remaining = try applier.apply(decisions)
            try ReportWriter.write(directory: directory)
        } catch {
            throw CLI.fail(error.message)
        }
        func count(_ kind: ReviewDecision.Kind) -> Int { decisions.filter { $0.decision == kind }.count }
        print("applied \(decisions.count) decisions from \(file): \(count(.accept)) accepted, \(count(.reject)) rejected, \(count(.edit)) edited; \(remaining) examples in \(directory)/\(ReviewStore.reviewedExamplesFile)")
    }
}
