import Foundation
import Model
import SQLite
import Validation

/// One question and SQL put to the judge: an example, or one of its paraphrases (id
/// `<example id>#p<n>`, n from 1).
struct JudgeItem: Sendable, Equatable {
    var id: String
    var question: String
    var sql: String
    /// The example it belongs to (its own id for the example itself).
    var exampleID: String

    /// The example and, when `paraphrases`, each of its paraphrases.
    static func items(of example: Example, paraphrases: Bool) -> [JudgeItem] {
        var items = [JudgeItem(id: example.id, question: example.question, sql: example.sql, exampleID: example.id)]
        if paraphrases {
            for (index, paraphrase) in example.paraphrases.enumerated() {
                items.append(JudgeItem(id: "\(example.id)#p\(index + 1)", question: paraphrase.text, sql: example.sql, exampleID: example.id))
            }
        }
        return items
    }

    /// The item as a prompt line: id, question, and in mode `score` the SQL with the columns and
    /// first `rows` rows of its result.
    func line(withSQL: Bool, columns: [String], validator: Validator, rows: Int) -> String {
        var fields: [(String, JSONValue)] = [("id", .string(id)), ("question", .string(question))]
        if withSQL {
            fields.append(("sql", .string(sql.replacingOccurrences(of: "\n", with: " "))))
            let sample = rows > 0 ? (validator.rows(of: sql, limit: rows) ?? []) : []
            fields.append(("result", .object([
                JSONMember(key: "columns", value: .array(columns.map(JSONValue.string))),
                JSONMember(key: "rows", value: .array(sample.map { .array($0.map { .string(Self.text($0)) }) })),
            ])))
        }
        return JSONValue.object(fields.map { JSONMember(key: $0.0, value: $0.1) }).render()
    }

    private static func text(_ value: SQLValue) -> String {
        if case .text(let text) = value { return text }
        return value.description
    }
}
