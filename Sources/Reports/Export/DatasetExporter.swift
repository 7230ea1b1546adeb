import Foundation
import Model

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

    public init(dataset: Dataset, schema: Schema?, dbID: String, options: TemplateSplit.Options, paraphrases: Bool = false) {
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
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            switch format {
            case .spider: try spider(split, schema: try required(format), &writer)
            case .bird: try bird(split, schema: try required(format), &writer)
            case .hf: try HFCard.write(split, dataset: dataset, dbID: dbID, into: &writer)
            }
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError("cannot write the export to \(directory): \(error.localizedDescription)")
        }
        return ExportSummary(files: writer.written, splits: Dictionary(uniqueKeysWithValues: split.named.map { ($0.name, $0.rows.count) }))
    }

    func required(_ format: ExportFormat) throws(DatasetError) -> Schema {
        guard let schema else { throw DatasetError("the \(format.rawValue) export needs the dataset's schema") }
        return schema
    }

    /// Spider: train.json, dev.json (test.json when a test share is asked), tables.json and the database.
    func spider(_ split: TemplateSplit, schema: Schema, _ writer: inout OutputFiles) throws {
        struct Row: Encodable {
            var db_id: String
            var question: String
            var question_toks: [String]
            var query: String
            var query_toks: [String]
        }
        for (name, rows) in split.named where name != "test" || options.testFraction > 0 {
            try writer.json("\(name).json", rows.map {
                Row(db_id: dbID, question: $0.question, question_toks: Self.questionTokens($0.question),
                    query: $0.sql, query_toks: Self.queryTokens($0.sql))
            })
        }
        try writer.json("tables.json", [SpiderTables(schema: schema, dbID: dbID)])
        try copyDatabase(to: "database/\(dbID)/\(dbID).sqlite", &writer)
    }

    /// BIRD: train.json, dev.json (test.json when asked) with question_id, db_id, question, evidence,
    /// SQL, difficulty; tables as `<split>_tables.json`, databases as `<split>_databases/<db_id>/<db_id>.sqlite`.
    func bird(_ split: TemplateSplit, schema: Schema, _ writer: inout OutputFiles) throws {
        struct Row: Encodable {
            var question_id: Int
            var db_id: String
            var question: String
            var evidence: String
            var SQL: String
            var difficulty: String
        }
        let descriptions = Dictionary(schema.tables.flatMap { table in
            table.columns.map { (ColumnRef(table: table.name, column: $0.name), $0.description) }
        }, uniquingKeysWith: { first, _ in first })
        var questionID = 0
        for (name, rows) in split.named where name != "test" || options.testFraction > 0 {
            let entries = rows.map { row -> Row in
                defer { questionID += 1 }
                let evidence = row.example.columns.compactMap { ref -> String? in
                    guard let text = descriptions[ref], !text.isEmpty else { return nil }
                    return "\(ref.column) refers to \(text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")))"
                }.joined(separator: "; ")
                return Row(question_id: questionID, db_id: dbID, question: row.question, evidence: evidence, SQL: row.sql,
                           difficulty: Self.birdDifficulty(row.example.complexity))
            }
            try writer.json("\(name).json", entries)
            try writer.json("\(name)_tables.json", [SpiderTables(schema: schema, dbID: dbID)])
        }
        try copyDatabase(to: "train_databases/\(dbID)/\(dbID).sqlite", &writer)
        try copyDatabase(to: "dev_databases/\(dbID)/\(dbID).sqlite", &writer)
    }

    func copyDatabase(to relative: String, _ writer: inout OutputFiles) throws {
        guard let source = dataset.databasePath else {
            throw DatasetError("\(dataset.path("database.sqlite")) is missing (the run had output.keep_database false); rebuild it with `nl2sqlgen db build --schema S --out \(dataset.path("database.sqlite")) --seed \(dataset.manifest.database.seed) --scale \(dataset.manifest.database.scale)` and export again")
        }
        try writer.copy(source, to: relative)
    }

    static func birdDifficulty(_ level: ComplexityLevel) -> String {
        switch level {
        case .simple: return "simple"
        case .moderate: return "moderate"
        case .complex, .highlyComplex: return "challenging"
        }
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

    /// SQL tokens: quoted strings whole, identifiers, numbers, operators.
    static func queryTokens(_ sql: String) -> [String] {
        var tokens: [String] = []
        var characters = Array(sql)[...]
        while let character = characters.first {
            if character.isWhitespace {
                characters = characters.dropFirst()
            } else if character == "'" || character == "\"" {
                var token = String(character)
                characters = characters.dropFirst()
                while let next = characters.popFirst() {
                    token.append(next)
                    if next == character {
                        if characters.first == character { token.append(character); characters = characters.dropFirst() } else { break }
                    }
                }
                tokens.append(token)
            } else if character.isLetter || character.isNumber || character == "_" {
                var token = ""
                while let next = characters.first, next.isLetter || next.isNumber || next == "_" || next == "." {
                    token.append(next)
                    characters = characters.dropFirst()
                }
                tokens.append(token)
            } else {
                let pair = String(characters.prefix(2))
                if ["<=", ">=", "!=", "<>", "||"].contains(pair) {
                    tokens.append(pair)
                    characters = characters.dropFirst(2)
                } else {
                    tokens.append(String(character))
                    characters = characters.dropFirst()
                }
            }
        }
        return tokens
    }
}
