import ArgumentParser
import Reports

extension ExportFormat: ExpressibleByArgument {}

/// `nl2sqlgen export DIR --format spider|bird|hf --out OUT`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a dataset in Spider, BIRD or Hugging Face layout with template-disjoint splits (docs/export.md).",
        discussion: "Uses DIR/examples.reviewed.jsonl when a review was applied, else examples.jsonl. Splits never share an SQL template (literals replaced); the same dataset and options give byte-identical files.")

    @Argument(help: "The dataset directory.")
    var directory: String

    @Option(help: "spider, bird or hf.")
    var format: ExportFormat

    @Option(help: "The directory to write.")
    var out: String

    @Option(help: "Database id (default: the schema's name).")
    var dbId: String?

    @Option(help: "Share of examples for dev (hf: validation).")
    var devFraction: Double = 0.1

    @Option(help: "Share of examples for test (spider/bird write test.json only when above 0).")
    var testFraction: Double = 0.1

    @Option(help: "Seed of the split (default: the dataset's seed).")
    var seed: Int?

    @Flag(help: "Also export every paraphrase as a row (same SQL, same split).")
    var paraphrases = false

    @Option(help: "The schema file (default: the path in the manifest).")
    var schema: String?

    @Option(help: "hf: the card's license (default: the run's output.license, itself unknown by default).")
    var license: String?

    func run() throws {
        guard (0...1).contains(devFraction), (0...1).contains(testFraction), devFraction + testFraction < 1 else {
            throw CLI.fail("--dev-fraction and --test-fraction must be between 0 and 1 and leave some examples for train")
        }
        if let seed, seed < 0 { throw CLI.fail("--seed must be zero or positive") }
        let dataset = try DatasetAccess.load(directory)
        // The Hugging Face layout needs no schema; Spider and BIRD write the tables file from it.
        let loaded = format == .hf && schema == nil ? nil : try DatasetAccess.schema(of: dataset, override: schema)
        let id = dbId ?? dataset.manifest.schema.name
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw CLI.fail("--db-id must be letters, digits, _ or - (got \"\(id)\")")
        }
        let exporter = DatasetExporter(dataset: dataset, schema: loaded, dbID: id,
                                       options: .init(devFraction: devFraction, testFraction: testFraction, seed: UInt64(seed ?? dataset.manifest.seed)),
                                       paraphrases: paraphrases, license: license)
        let summary: ExportSummary
        do {
            summary = try exporter.export(format, to: out)
        } catch {
            throw CLI.fail(error.message)
        }
        let splits = ["train", "dev", "test"].map { "\($0) \(summary.splits[$0] ?? 0)" }.joined(separator: ", ")
        print("wrote \(format.rawValue) export to \(out): \(splits) (\(dataset.reviewedExamples == nil ? "examples.jsonl" : ReviewStore.reviewedExamplesFile)); files: \(summary.files.joined(separator: ", "))")
        if format == .spider {
            let extra = ["train", "dev", "test"].map { "\($0) \(summary.extra[$0] ?? 0)" }.joined(separator: ", ")
            let reasons = summary.extraReasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
            print("spider main files (Spider's grammar): \(splits); extra files (outside it): \(extra)\(reasons.isEmpty ? "" : "; reasons: " + reasons.joined(separator: ", "))")
        }
    }
}
