import Foundation
import Model
import Validation

/// Writes a dataset in Spider, BIRD or Hugging Face layout (docs/export.md). Deterministic: the same
/// dataset and options give byte-identical files.
public struct DatasetExporter {
    public let dataset: Dataset
    /// Needed by Spider and BIRD (tables file, evidence); the Hugging Face layout works without it.
    public let schema: Schema?
    public let dbID: String
    public let options: TemplateSplit.Options
    /// Also export every paraphrase as a row (same SQL, same split).
    public let paraphrases: Bool

    /// The Hugging Face card's `license` (default: the run's `output.license`).
    public let license: String

    public init(dataset: Dataset, schema: Schema?, dbID: String, options: TemplateSplit.Options, paraphrases: Bool = false, license: String? = nil) {
        self.license = license ?? dataset.manifest.config.output.license
        self.dataset = dataset
        self.schema = schema
        self.dbID = dbID
        self.options = options
        self.paraphrases = paraphrases
    }

    public var split: TemplateSplit {
        TemplateSplit(rows: ExportRow.rows(dataset.currentExamples, paraphrases: paraphrases), options: options)
    }

    public func export(_ format: ExportFormat, to directory: String) throws(DatasetError) -> ExportSummary {
        let split = split
        var writer = OutputFiles(directory: directory)
        var extra: [String: Int] = [:]
        var reasons: [String: Int] = [:]
        let dialect = dataset.manifest.dialect
        if format != .hf, dialect != .sqlite {
            throw DatasetError("the \(format.rawValue) layout ships the SQLite database its SQL runs on, and this dataset's SQL is \(dialect.displayName) (manifest sql_dialect \(dialect.rawValue)), proven on a database the export cannot copy; export it with --format hf, which carries the dialect")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            switch format {
            case .spider: (extra, reasons) = try spider(split, schema: try required(format), &writer)
            case .bird: try BirdExport(schema: try required(format), dbID: dbID).write(split, testFraction: options.testFraction, into: &writer)
                try copyDatabase(to: "train_databases/\(dbID)/\(dbID).sqlite", &writer)
                try copyDatabase(to: "dev_databases/\(dbID)/\(dbID).sqlite", &writer)
            case .hf: try HFCard(dataset: dataset, dbID: dbID, license: license).write(split, into: &writer)
            }
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError("cannot write the export to \(directory): \(error.localizedDescription)")
        }
        return ExportSummary(files: writer.written, splits: Dictionary(uniqueKeysWithValues: split.named.map { ($0.name, $0.rows.count - (extra[$0.name] ?? 0)) }),
                             extra: extra, extraReasons: reasons)
    }

    func required(_ format: ExportFormat) throws(DatasetError) -> Schema {
        guard let schema else { throw DatasetError("the \(format.rawValue) export needs the dataset's schema") }
        return schema
    }

    /// Spider: per split the main file, gold file and extra file (SpiderExport), tables.json and the database.
    func spider(_ split: TemplateSplit, schema: Schema, _ writer: inout OutputFiles) throws -> (extra: [String: Int], reasons: [String: Int]) {
        guard let database = sourceDatabase else { throw missingDatabase }
        let validator: Validator
        do {
            validator = try Validator(databasePath: database, schema: schema, settings: dataset.manifest.config.validation)
        } catch {
            throw DatasetError(error.message)
        }
        let counts = try SpiderExport(schema: schema, dbID: dbID, validator: validator).write(split, testFraction: options.testFraction, into: &writer)
        try copyDatabase(to: "database/\(dbID)/\(dbID).sqlite", &writer)
        return counts
    }

    func copyDatabase(to relative: String, _ writer: inout OutputFiles) throws {
        guard let source = sourceDatabase else { throw missingDatabase }
        try writer.copy(source, to: relative)
    }

    /// The SQLite database the dataset was proven on: the user's (`database.path`) or the kept `database.sqlite`.
    var sourceDatabase: String? {
        dataset.manifest.config.database.userPath ?? dataset.databasePath
    }

    var missingDatabase: DatasetError {
        DatasetError("\(dataset.path("database.sqlite")) is missing (the run had output.keep_database false); rebuild it with `nl2sqlgen db build --schema S --out \(dataset.path("database.sqlite")) --seed \(dataset.manifest.database.seed) --scale \(dataset.manifest.database.scale)` and export again")
    }

    /// Words and punctuation of a question, as Spider tokenizes them.
    static func questionTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "_" || character == "'" || character == "-" || character == "." && !word.isEmpty && word.last!.isNumber {
                word.append(character)
            } else {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                if !character.isWhitespace { tokens.append(String(character)) }
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}
