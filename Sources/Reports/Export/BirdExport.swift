import Foundation
import Model

/// BIRD layout (docs/export.md): per split `<split>.json`, `<split>_gold.sql` (`SQL<TAB>db_id`
/// lines) and `<split>_tables.json`; `database_description/<table>.csv` beside each database.
struct BirdExport {
    let schema: Schema
    let dbID: String

    struct Row: Encodable {
        var question_id: Int
        var db_id: String
        var question: String
        var evidence: String
        var SQL: String
        var difficulty: String
    }

    func write(_ split: TemplateSplit, testFraction: Double, into writer: inout OutputFiles) throws {
        let evidence = BirdEvidence(schema: schema)
        var questionID = 0
        for (name, rows) in split.named where name != "test" || testFraction > 0 {
            let entries = rows.map { row -> Row in
                defer { questionID += 1 }
                return Row(question_id: questionID, db_id: dbID, question: row.question, evidence: evidence.text(for: row.example),
                           SQL: SQLToken.oneLine(row.sql), difficulty: Self.difficulty(row.example.complexity))
            }
            try writer.json("\(name).json", entries)
            try writer.data("\(name)_gold.sql", Data(entries.map { "\($0.SQL)\t\(dbID)\n" }.joined().utf8))
            try writer.json("\(name)_tables.json", [SpiderTables(schema: schema, dbID: dbID)])
        }
        for databases in ["train_databases", "dev_databases"] {
            for table in schema.tables {
                try writer.data("\(databases)/\(dbID)/database_description/\(table.name).csv", Data(Self.description(of: table).utf8))
            }
        }
    }

    static func difficulty(_ level: ComplexityLevel) -> String {
        switch level {
        case .simple: return "simple"
        case .moderate: return "moderate"
        case .complex, .highlyComplex: return "challenging"
        }
    }

    /// BIRD's column description file of one table.
    static func description(of table: Table) -> String {
        let header = ["original_column_name", "column_name", "column_description", "data_format", "value_description"]
        let rows = table.columns.map { column -> [String] in
            let values = BirdEvidence.flagMeaning(column.description).map { "Y: \($0); N: otherwise" } ?? ""
            return [column.name, column.label ?? column.name.replacingOccurrences(of: "_", with: " "), column.description,
                    dataFormat(column.typeFamily), values]
        }
        return ([header] + rows).map { $0.map(ReviewCSV.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func dataFormat(_ family: SQLTypeFamily) -> String {
        switch family {
        case .integer: return "integer"
        case .decimal: return "real"
        case .date: return "date"
        case .time: return "time"
        case .text, .other: return "text"
        }
    }
}
