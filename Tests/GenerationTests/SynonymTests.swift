import Foundation
@testable import Generation
import Model
import Testing
import Validation

/// Entity synonyms (docs/schema-format.md, `entity.synonyms`): read from the schema file, used by
/// the offline generator and accepted by the faithfulness check as naming their table.
@Suite struct SynonymTests {
    /// The error of loading the schema file `json` (written to a temporary directory of its own);
    /// "" when it loads.
    static func loadError(_ json: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("synonyms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try SchemaLoader.load(path: path)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func theTPCDSSchemaDeclaresSynonymsOfItsFacts() throws {
        let vocabulary = SchemaVocabulary(schema: try GenerationFixture.schema())
        #expect(vocabulary.entity(of: "web_sales").synonyms == ["online sales", "web orders"])
        #expect(vocabulary.entity(of: "date_dim").synonyms.isEmpty)
    }

    @Test func aSynonymNamesItsTable() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let requirements = check.requirements(of: "SELECT SUM(t0.ws_net_paid) AS total FROM web_sales AS t0 WHERE t0.ws_quantity >= 12")
        #expect(check.problem(of: "Total net paid of online sales with quantity at least 12?", requirements) == nil)
        #expect(check.problem(of: "Total of online purchases with quantity at least 12?", requirements)?.failure == .entity)
    }

    @Test func anEmptySynonymIsAnError() throws {
        let json = """
            {"format_version": 1, "name": "s", "tables": [{"name": "t", "kind": "dimension", "primary_key": ["id"],
             "entity": {"singular": "thing", "plural": "things", "synonyms": ["stuff", " "]},
             "columns": [{"name": "id", "type": "integer", "role": "primary_key", "label": "id", "description": "key"}]}],
             "foreign_keys": []}
            """
        #expect(try Self.loadError(json).contains("$.tables[0].entity.synonyms[1]"))
    }

    @Test func theGeneratorCallsSomeAnchorsByASynonym() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        let vocabulary = SchemaVocabulary(schema: schema)
        var bySynonym = 0, byPlural = 0
        for slot in plan.slots where !vocabulary.entity(of: slot.anchor).synonyms.isEmpty {
            guard let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator) else { continue }
            let question = draft.question.lowercased()
            if vocabulary.entity(of: slot.anchor).synonyms.contains(where: question.contains) { bySynonym += 1 } else { byPlural += 1 }
        }
        #expect(bySynonym >= 10 && byPlural >= 10, "\(bySynonym) by a synonym, \(byPlural) by the plural")
    }

    // Column and metric synonyms (docs/semantic-model.md, `synonyms`).

    @Test func theTPCDSSchemaDeclaresSynonymsOfItsMeasuresAndMetrics() throws {
        let schema = try GenerationFixture.schema()
        #expect(schema.table(named: "store_sales")?.column(named: "ss_net_paid")?.semantic?.synonyms == ["amount paid", "net payments"])
        #expect(schema.table(named: "web_sales")?.column(named: "ws_order_number")?.semantic?.synonyms == ["order ID"])
        #expect(schema.table(named: "date_dim")?.column(named: "d_year")?.semantic?.synonyms.isEmpty == true)
        let model = SemanticModel(schema: schema)
        #expect(model.semantics(of: ColumnRef(table: "store_sales", column: "ss_quantity")).synonyms == ["units sold", "quantity sold", "units"])
        #expect(model.metrics.first { $0.name == "store_sales_margin" }?.labels == ["profit margin", "margin", "net margin"])
    }

    @Test func synonymsAreWrittenOnlyWhenThereAreSome() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(ColumnSemantics(role: .measure, aggregation: .sum)), as: UTF8.self)
        #expect(plain == #"{"aggregation":"sum","role":"measure"}"#)
        let named = ColumnSemantics(role: .measure, aggregation: .sum, synonyms: ["amount paid"])
        let text = String(decoding: try encoder.encode(named), as: UTF8.self)
        #expect(text == #"{"aggregation":"sum","role":"measure","synonyms":["amount paid"]}"#)
        #expect(try JSONDecoder().decode(ColumnSemantics.self, from: Data(text.utf8)) == named)
        let metric = Metric(name: "m", label: "profit margin", kind: .ratio, table: "t", numerator: "a", denominator: "b")
        let metricText = String(decoding: try encoder.encode(metric), as: UTF8.self)
        #expect(!metricText.contains("synonyms"))
        var margin = metric
        margin.synonyms = ["margin"]
        #expect(try JSONDecoder().decode(Metric.self, from: encoder.encode(margin)) == margin)
        #expect(try JSONDecoder().decode(Metric.self, from: Data(metricText.utf8)) == metric)
    }

    @Test func anEmptyColumnSynonymIsAnError() throws {
        let json = """
            {"format_version": 1, "name": "s", "tables": [{"name": "t", "kind": "fact", "primary_key": ["id"],
             "columns": [{"name": "id", "type": "integer", "role": "primary_key", "label": "id", "description": "key"},
                         {"name": "paid", "type": "decimal(7,2)", "role": "measure", "label": "net paid", "description": "paid",
                          "semantic": {"role": "measure", "synonyms": ["amount paid", ""]}}]}],
             "foreign_keys": []}
            """
        #expect(try Self.loadError(json).contains("$.tables[0].columns[1].semantic.synonyms[1]"))
    }

    @Test func aColumnSynonymNamesItsColumnAndTable() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let grouped = check.requirements(of: "SELECT t0.ws_order_number, SUM(t0.ws_net_paid) AS total FROM web_sales AS t0 GROUP BY t0.ws_order_number")
        #expect(check.problem(of: "Amount paid of web sales by order ID?", grouped) == nil)
        #expect(check.problem(of: "Amount paid of web sales by code?", grouped)?.failure == .grouping)
        // A synonym of two words or more names its table, as a label does.
        let total = check.requirements(of: "SELECT SUM(t0.inv_quantity_on_hand) AS total FROM inventory AS t0")
        #expect(check.problem(of: "What is the total stock on hand?", total) == nil)
        #expect(check.problem(of: "What is the total?", total)?.failure == .entity)
    }

    @Test func theGeneratorNamesMeasuresByTheirSynonymsToo() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        var bySynonym = 0, byLabel = 0
        for slot in plan.slots where slot.anchor == "store_sales" || slot.anchor == "web_sales" {
            guard let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator) else { continue }
            let question = draft.question.lowercased()
            if ["amount paid", "net payments", "units sold", "quantity sold", "revenue", "sales amount", "profit"].contains(where: question.contains)
                && !question.contains("net paid") && !question.contains("net profit") { bySynonym += 1 }
            if question.contains("net paid") || question.contains("net profit") { byLabel += 1 }
        }
        #expect(bySynonym >= 5 && byLabel >= 5, "\(bySynonym) by a synonym, \(byLabel) by the label")
    }
}
