import Foundation
import Model
import Validation

/// Spider layout (docs/export.md): per split `<split>.json` with the queries Spider's parser reads,
/// `<split>_gold.sql` (`query<TAB>db_id` lines), `<split>_extra.json` with the examples its grammar
/// cannot express and why; `tables.json` and the database.
struct SpiderExport {
    let schema: Schema
    let dbID: String
    /// Opened on the dataset's database: every rewritten query must return the example's result.
    let validator: Validator

    struct Row: Encodable {
        var db_id: String
        var question: String
        var question_toks: [String]
        var query: String
        var query_toks: [String]
        var query_toks_no_value: [String]
    }

    struct ExtraRow: Encodable {
        var example_id: String
        var db_id: String
        var question: String
        var question_toks: [String]
        var query: String
        var reasons: [String]
    }

    /// Main rows and extra rows of one split.
    func rows(_ rows: [ExportRow]) -> (main: [Row], extra: [ExtraRow]) {
        let grammar = SpiderGrammar(schema: schema)
        var outcomes: [String: SpiderSQL.Outcome] = [:]
        var main: [Row] = []
        var extra: [ExtraRow] = []
        for row in rows {
            let outcome = outcomes[row.example.id] ?? checked(SpiderSQL.convert(row.sql, grammar: grammar), example: row.example)
            outcomes[row.example.id] = outcome
            let questionTokens = DatasetExporter.questionTokens(row.question)
            switch outcome {
            case .query(let query, let tokens):
                main.append(Row(db_id: dbID, question: row.question, question_toks: questionTokens, query: query,
                                query_toks: tokens.map(\.text), query_toks_no_value: Self.noValueTokens(tokens)))
            case .inexpressible(let reasons):
                extra.append(ExtraRow(example_id: row.id, db_id: dbID, question: row.question, question_toks: questionTokens,
                                      query: SQLToken.oneLine(row.sql), reasons: reasons))
            }
        }
        return (main, extra)
    }

    /// A rewritten query that does not return the example's result (same rows; same order when the
    /// example orders them) is refused.
    func checked(_ outcome: SpiderSQL.Outcome, example: Example) -> SpiderSQL.Outcome {
        guard case .query(let query, _) = outcome else { return outcome }
        let result = validator.validate(query, minRows: 0)
        let ordered = example.result.orderedFingerprint != nil && example.sql.range(of: "ORDER BY", options: .caseInsensitive) != nil
        guard result.verdict == .ok, result.fingerprint == example.result.fingerprint,
              !ordered || result.orderedFingerprint == example.result.orderedFingerprint else {
            return .inexpressible(["the Spider form returns another result (\(result.message ?? result.verdict.rawValue))"])
        }
        return outcome
    }

    /// Spider's `query_toks_no_value`: lower-cased tokens, every literal (LIMIT counts too) `value`.
    static func noValueTokens(_ tokens: [SQLToken]) -> [String] {
        tokens.map { $0.kind == .string || $0.kind == .number ? "value" : $0.lowered }
    }

    /// A reason without the place it failed at (`outside Spider's grammar: expected ...` →
    /// `outside Spider's grammar`), so that the summary counts kinds.
    static func summaryName(of reason: String) -> String {
        for kind in ["outside Spider's grammar", "the Spider form returns another result"] where reason.hasPrefix(kind) { return kind }
        return reason
    }

    /// Writes every split's files; returns the extra count per split and per reason.
    func write(_ split: TemplateSplit, testFraction: Double, into writer: inout OutputFiles) throws -> (extra: [String: Int], reasons: [String: Int]) {
        var extraCounts: [String: Int] = [:]
        var reasons: [String: Int] = [:]
        for (name, rows) in split.named where name != "test" || testFraction > 0 {
            let (main, extra) = self.rows(rows)
            try writer.json("\(name).json", main)
            try writer.data("\(name)_gold.sql", Data(main.map { "\($0.query)\t\(dbID)\n" }.joined().utf8))
            try writer.json("\(name)_extra.json", extra)
            extraCounts[name] = extra.count
            for row in extra {
                for reason in row.reasons { reasons[Self.summaryName(of: reason), default: 0] += 1 }
            }
        }
        try writer.json("tables.json", [SpiderTables(schema: schema, dbID: dbID)])
        return (extraCounts, reasons)
    }
}
