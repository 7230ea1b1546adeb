import Foundation
import Model
import Validation

/// The messages of the prompts: the schema context of a batch (DDL of its tables with column
/// descriptions and sample values from the synthetic database), its business category, each
/// slot's level, style, targets and join edges, and the JSON output contract of the templates.
struct BatchPrompt {
    let schema: Schema
    let templates: PromptTemplates
    let vocabulary: SchemaVocabulary
    let semantic: SemanticModel

    init(schema: Schema, templates: PromptTemplates) {
        self.schema = schema
        self.templates = templates
        vocabulary = SchemaVocabulary(schema: schema)
        semantic = SemanticModel(schema: schema)
    }

    /// One slot as a prompt line.
    private struct SlotLine: Encodable {
        var slot: String
        var level: String
        var style: String
        var tables: [String]
        var anchor: String
        var target_columns: [String]
        /// The intended use of each target column, in the same order.
        var target_uses: [String]
        var join_edges: [String]
        /// For a fact anchor: the event date whose period the question states.
        var period: String?
        var sql: String?
    }

    /// What the semantic model says of a column, for the prompt: "measure, summed", "detail: show
    /// or filter, never group", "flag: say \"on weekends\" / \"on weekdays\"".
    func semanticNote(_ ref: ColumnRef) -> String? {
        let semantics = semantic.semantics(of: ref)
        switch semantics.role {
        case .measure:
            let agg = semantics.aggregation == .average ? "averaged (a unit amount)" : "summed"
            return semantics.nonAdditiveDimension == "time" ? "measure, \(agg) at one date, never over dates" : "measure, \(agg)"
        case .detail: return "detail: show or filter, never group"
        case .flag:
            guard let holds = semantics.truePhrase, let fails = semantics.falsePhrase else { return "flag" }
            return "flag: say \"\(holds)\" / \"\(fails)\""
        case .recordDate: return "record version date: filter the current version"
        case .dimension: return "dimension: cut or filter"
        default: return nil
        }
    }

    /// The schema block: a `CREATE TABLE` per batch table (with the entity nouns questions use),
    /// each column with its label, use class, description and up to three sample values, then the
    /// foreign keys among the tables with their role phrases.
    func schemaContext(tables: [String], samples: (Table) -> [String: [String]]) -> String {
        var blocks: [String] = []
        let names = Set(tables.map { $0.lowercased() })
        for name in tables {
            guard let table = schema.table(named: name) else { continue }
            let values = samples(table)
            var lines: [String] = []
            for (index, column) in table.columns.enumerated() {
                var line = "  \(SQLIdentifier.quoteIfNeeded(column.name)) \(column.type)" + (index + 1 < table.columns.count ? "," : "")
                let ref = ColumnRef(table: table.name, column: column.name)
                var notes = ["\"\(vocabulary.label(of: ref))\" (\(ColumnUseClass(column: column, in: table).rawValue))"]
                if let note = semanticNote(ref) { notes.append(note) }
                if !column.description.isEmpty { notes.append(column.description) }
                if let sample = values[column.name], !sample.isEmpty {
                    notes.append("e.g. " + sample.map { $0.count > 48 ? String($0.prefix(45)) + "...'" : $0 }.joined(separator: ", "))
                }
                if !notes.isEmpty { line += " -- " + notes.joined(separator: "; ") }
                lines.append(line)
            }
            let entity = vocabulary.entity(of: table.name)
            let comment = "-- \(entity.plural) (one row: a \(entity.singular))" + (table.description.isEmpty ? "" : ". \(table.description)") + "\n"
            blocks.append("\(comment)CREATE TABLE \(SQLIdentifier.quoteIfNeeded(table.name)) (\n\(lines.joined(separator: "\n"))\n)")
        }
        let keys = schema.foreignKeys.filter { names.contains($0.childTable.lowercased()) && names.contains($0.parentTable.lowercased()) }
        if !keys.isEmpty {
            blocks.append("Foreign keys (role in questions):\n" + keys.map { "  \($0.id) -- \"\(vocabulary.role(of: $0))\"" }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// A slot line (JSON), with its SQL in sql-first prompts.
    func slotLine(_ slot: Slot, style: String, sql: String?) -> String {
        let event = semantic.eventDateKey(of: slot.anchor, in: schema)
        let line = SlotLine(slot: slot.id, level: slot.complexity.rawValue, style: style, tables: slot.tables, anchor: slot.anchor,
                            target_columns: slot.targetColumns.map(\.description), target_uses: slot.targets.map(\.use.rawValue),
                            join_edges: slot.joinEdges,
                            period: event.map { "state a period of the \(vocabulary.role(of: $0)) (join \($0.id))" }, sql: sql)
        return String(decoding: (try? CanonicalJSON.line(line)) ?? Data(), as: UTF8.self)
    }

    /// The system and user messages asking for `slots` of `batch`: question and SQL, or (when
    /// `sqls` are given, sql-first) questions for those SQL.
    func messages(batch: Batch, slots: [Slot], context: String, styles: [String: String], sqls: [String: String]? = nil,
                  examples: [SQLDraft] = []) -> [ChatMessage] {
        let lines = slots.map { slotLine($0, style: styles[$0.id] ?? "formal", sql: sqls?[$0.id]) }.joined(separator: "\n")
        let shown = examples.isEmpty ? "(none)" : examples.map { "Question: \($0.question)\nSQL: \($0.sql.replacingOccurrences(of: "\n", with: " "))" }
            .joined(separator: "\n\n")
        let user = templates.render(sqls == nil ? "batch" : "questions",
                                    [("category", batch.category), ("schema", context), ("slots", lines), ("examples", shown)])
        return [.system(templates.render("system", [])), .user(user)]
    }

    /// The repair request for a refused SQL: the conversation so far plus the refusal.
    func repair(conversation: [ChatMessage], slot: Slot, question: String, sql: String, reason: String, error: String) -> [ChatMessage] {
        let text = templates.render("repair", [
            ("slot", slot.id), ("question", question), ("sql", sql), ("reason", reason), ("error", error),
            ("targets", slot.targets.map { "\($0.column) (\($0.use.rawValue))" }.joined(separator: ", ")),
            ("edges", slot.joinEdges.isEmpty ? "(none)" : slot.joinEdges.joined(separator: ", ")),
        ])
        return conversation + [.user(text)]
    }

    /// The paraphrase request for a question and its SQL (no schema context needed).
    static func paraphrase(templates: PromptTemplates, question: String, sql: String, count: Int) -> [ChatMessage] {
        [.system(templates.render("system", [])),
         .user(templates.render("paraphrase", [("count", String(count)), ("question", question), ("sql", sql)]))]
    }
}

extension BatchPrompt {
    /// The follow-up after an answer that is not the requested JSON.
    func reformat(conversation: [ChatMessage], error: String) -> [ChatMessage] {
        Self.reformat(templates: templates, conversation: conversation, error: error)
    }

    /// The follow-up after an answer that is not the requested JSON, for any conversation.
    static func reformat(templates: PromptTemplates, conversation: [ChatMessage], error: String) -> [ChatMessage] {
        conversation + [.user(templates.render("format", [("error", error)]))]
    }
}
