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
        #expect(vocabulary.entity(of: "web_sales").synonyms == ["online sales", "web orders", "internet sales", "e-commerce sales"])
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

    /// The plural and each synonym name the anchor about equally often (a plural said in half of
    /// the questions repeated its words across the dataset).
    @Test func theAnchorsNamesAreUsedAboutEquallyOften() throws {
        let planned = PlannedFamilyTests.Planned(family: .totalByGroup, anchor: "web_sales", tables: ["item", "web_sales"],
                                                 edges: ["web_sales(ws_item_sk)->item(i_item_sk)"],
                                                 targets: [SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)])
        let questions = try PlannedFamilyTests.drafts(planned, count: 24).map { $0.question.lowercased() }
        #expect(questions.count >= 20)
        let names = ["web sales", "online sales", "web orders", "internet sales", "e-commerce sales"]
        let uses = names.map { name in questions.filter { $0.contains(name) }.count }
        #expect(uses.allSatisfy { $0 >= 2 } && uses[0] <= questions.count * 2 / 5, "\(zip(names, uses).map { "\($0) \($1)" })")
    }

    // Column and metric synonyms (docs/semantic-model.md, `synonyms`).

    @Test func theTPCDSSchemaDeclaresSynonymsOfItsMeasuresAndMetrics() throws {
        let schema = try GenerationFixture.schema()
        #expect(schema.table(named: "store_sales")?.column(named: "ss_net_paid")?.semantic?.synonyms == ["amount paid", "net payments", "payments received"])
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
            if ["amount paid", "net payments", "payments received", "units sold", "quantity sold", "revenue", "sales amount", "profit"].contains(where: question.contains)
                && !question.contains("net paid") && !question.contains("net profit") { bySynonym += 1 }
            if question.contains("net paid") || question.contains("net profit") { byLabel += 1 }
        }
        // Net paid has three synonyms: its label is one name in four.
        #expect(bySynonym >= 5 && byLabel >= 3, "\(bySynonym) by a synonym, \(byLabel) by the label")
    }

    @Test func detailsAndDimensionsOfTPCDSHaveSynonymsToo() throws {
        let schema = try GenerationFixture.schema()
        #expect(schema.table(named: "customer_address")?.column(named: "ca_zip")?.semantic?.synonyms == ["postal code"])
        #expect(schema.table(named: "promotion")?.column(named: "p_cost")?.semantic?.synonyms == ["spend"])
        #expect(schema.table(named: "household_demographics")?.column(named: "hd_buy_potential")?.semantic?.synonyms
                == ["purchasing potential", "spending potential"])
        let check = FaithfulnessCheck(schema: schema)
        let sql = "SELECT COUNT(*) AS n FROM customer_address AS t0 WHERE t0.ca_zip = '37958'"
        #expect(check.problem(of: "How many customer addresses with postal code 37958?", check.requirements(of: sql)) == nil)
    }

    // Role synonyms (docs/schema-format.md, `foreign_keys[].role_synonyms`).

    @Test func roleSynonymsAreReadAndWrittenOnlyWhenThereAreSome() throws {
        let schema = try GenerationFixture.schema()
        let key = try #require(schema.foreignKeys.first { $0.childColumns == ["ws_bill_addr_sk"] })
        #expect(key.roleSynonyms == ["bill-to address"])
        #expect(SchemaVocabulary(schema: schema).roles(of: key) == ["billing address", "bill-to address"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var plain = key
        plain.roleSynonyms = []
        let text = String(decoding: try encoder.encode(plain), as: UTF8.self)
        #expect(!text.contains("role_synonyms"))
        #expect(try JSONDecoder().decode(ForeignKey.self, from: Data(text.utf8)) == plain)
        #expect(try JSONDecoder().decode(ForeignKey.self, from: encoder.encode(key)) == key)
        let json = """
            {"format_version": 1, "name": "s", "tables": [
              {"name": "a", "kind": "dimension", "primary_key": ["id"], "columns": [{"name": "id", "type": "integer", "role": "key"}]},
              {"name": "f", "kind": "fact", "primary_key": ["a_id"], "columns": [{"name": "a_id", "type": "integer", "role": "foreign_key"}]}],
             "foreign_keys": [{"child_table": "f", "child_columns": ["a_id"], "parent_table": "a", "parent_columns": ["id"],
                               "role": "billing a", "role_synonyms": ["bill-to a", ""]}]}
            """
        #expect(try Self.loadError(json).contains("$.foreign_keys[0].role_synonyms[1]"))
    }

    @Test("a joined dimension's role is said several ways across drafts, one way within a draft")
    func aRoleIsSaidByItsSynonymsToo() throws {
        let schema = try GenerationFixture.schema()
        let semantic = SemanticModel(schema: schema)
        let vocabulary = SchemaVocabulary(schema: schema)
        var said: Set<String> = []
        for index in 0..<30 {
            var frame = try QuestionWordingTests.frame(schema, anchor: "web_sales", edges: ["web_sales(ws_bill_addr_sk)->customer_address(ca_address_sk)"],
                                                       semantic: semantic)
            frame.chooseWords(vocabulary: vocabulary, seed: 7, stream: "roles|\(index)")
            let state = try QuestionWordingTests.column(frame, schema, alias: "t1", "ca_state")
            let city = try QuestionWordingTests.column(frame, schema, alias: "t1", "ca_city")
            #expect(state.phrase.hasSuffix(" state") && city.phrase == state.phrase.replacingOccurrences(of: " state", with: " city"),
                    "\(state.phrase), \(city.phrase)")
            said.insert(state.phrase)
        }
        #expect(said == ["billing address state", "bill-to address state"], "\(said)")
        // A label that starts with the role takes the synonym in its place: "product ID", never "product item ID".
        var named: Set<String> = []
        for index in 0..<30 {
            var frame = try QuestionWordingTests.frame(schema, anchor: "web_sales", edges: ["web_sales(ws_item_sk)->item(i_item_sk)"], semantic: semantic)
            frame.chooseWords(vocabulary: vocabulary, seed: 7, stream: "roles|\(index)")
            named.insert(try QuestionWordingTests.column(frame, schema, alias: "t1", "i_item_id").phrase)
        }
        #expect(named == ["item ID", "product ID"], "\(named)")
        // The faithfulness check takes a synonym for the role.
        let check = FaithfulnessCheck(schema: schema)
        let sql = "SELECT t1.ca_state, SUM(t0.ws_net_paid) AS total FROM web_sales AS t0 JOIN customer_address AS t1 ON t0.ws_bill_addr_sk = t1.ca_address_sk GROUP BY t1.ca_state"
        #expect(check.problem(of: "Net paid of web sales by bill-to address state?", check.requirements(of: sql)) == nil)
        let byItem = "SELECT t1.i_item_id, SUM(t0.ws_net_paid) AS total FROM web_sales AS t0 JOIN item AS t1 ON t0.ws_item_sk = t1.i_item_sk GROUP BY t1.i_item_id"
        #expect(check.problem(of: "Net paid of web sales by product ID?", check.requirements(of: byItem)) == nil)
        // Drafts with a synonym state what they compute.
        let planned = PlannedFamilyTests.Planned(family: .totalByGroup, anchor: "web_sales", tables: ["customer_address", "web_sales"],
                                                 edges: ["web_sales(ws_bill_addr_sk)->customer_address(ca_address_sk)"],
                                                 targets: [SlotTarget(column: ColumnRef(table: "customer_address", column: "ca_state"), use: .group)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 16)
        #expect(drafts.contains { $0.question.contains("bill-to address") }, "\(drafts.map(\.question))")
        for draft in drafts {
            #expect(check.problem(of: draft.question, check.requirements(of: draft.sql)) == nil, "\(draft.question)\n\(draft.sql)")
        }
    }
}
