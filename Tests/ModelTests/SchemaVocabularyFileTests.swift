import Foundation
import Testing
@testable import Model
import TestSupport

/// The vocabulary fields in schema files: reading, writing, checking, and the hand-written TPC-DS vocabulary.
@Suite struct SchemaVocabularyFileTests {
    private static let declared = """
    {"format_version": 1, "name": "v", "tables": [
      {"name": "store", "entity": {"singular": "shop", "plural": "shops"}, "subject_area": "s", "description": "d",
       "primary_key": ["s_store_sk"], "columns": [
        {"name": "s_store_sk", "label": "shop key", "type": "integer", "role": "key", "description": "k"},
        {"name": "s_zip", "label": "ZIP code", "type": "char(10)", "description": "z"}]},
      {"name": "store_sales", "entity": {"singular": "store sale", "plural": "store sales"}, "kind": "fact",
       "subject_area": "s", "description": "d", "columns": [
        {"name": "ss_store_sk", "label": "shop", "type": "integer", "role": "foreign_key", "description": "k"},
        {"name": "ss_net_profit", "label": "net profit", "type": "decimal(7,2)", "role": "measure", "description": "p"}]}
    ], "foreign_keys": [
      {"child_table": "store_sales", "child_columns": ["ss_store_sk"], "parent_table": "store", "parent_columns": ["s_store_sk"], "role": "selling shop"}
    ]}
    """

    private func load(_ json: String) throws(DiagnosticsError) -> SchemaLoader.Loaded {
        try SchemaLoader.load(bytes: Array(json.utf8), source: "v.json")
    }

    private func diagnostics(_ json: String) -> [Diagnostic] {
        do { return try load(json).warnings } catch { return error.diagnostics }
    }

    @Test func readsAndWritesTheFieldsOnlyWhenPresent() throws {
        let loaded = try load(Self.declared)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let schema = loaded.schema
        #expect(schema.tables[0].entity == EntityName(singular: "shop", plural: "shops"))
        #expect(schema.tables[0].columns[1].label == "ZIP code")
        #expect(schema.foreignKeys[0].role == "selling shop")
        // Round trip through the canonical writer.
        let written = try CanonicalJSON.pretty(schema)
        let reloaded = try SchemaLoader.load(bytes: [UInt8](written), source: "written.json")
        #expect(reloaded.schema == schema)
        // Absent fields are not written.
        var bare = schema
        bare.tables[0].entity = nil
        bare.tables[0].columns[1].label = nil
        bare.foreignKeys[0].role = nil
        let text = String(decoding: try CanonicalJSON.line(bare), as: UTF8.self)
        #expect(text.components(separatedBy: "\"entity\"").count == 2)
        #expect(text.components(separatedBy: "\"label\"").count == 4)
        #expect(!text.contains("\"role\":\"selling shop\""))
        #expect(try SchemaLoader.load(bytes: Array(text.utf8), source: "bare.json").schema == bare)
    }

    @Test func wrongTypesAndEmptyStringsAreErrorsWithPaths() {
        let broken = Self.declared
            .replacingOccurrences(of: #""entity": {"singular": "shop", "plural": "shops"}"#, with: #""entity": "shop""#)
            .replacingOccurrences(of: #""label": "ZIP code""#, with: #""label": 5"#)
            .replacingOccurrences(of: #""label": "net profit""#, with: #""label": " ""#)
            .replacingOccurrences(of: #""plural": "store sales""#, with: #""plural": """#)
            .replacingOccurrences(of: #""role": "selling shop""#, with: #""role": ["a"]"#)
        let found = diagnostics(broken)
        func has(_ path: String, _ fragment: String) -> Bool {
            found.contains { $0.severity == .error && $0.path == path && $0.message.contains(fragment) }
        }
        #expect(has("$.tables[0].entity", "expected an object"))
        #expect(has("$.tables[0].columns[1].label", "expected a string, found an integer"))
        #expect(has("$.tables[1].columns[1].label", "must not be empty"))
        #expect(has("$.tables[1].entity.plural", "must not be empty"))
        #expect(has("$.foreign_keys[0].role", "expected a string"))
        let missingPlural = diagnostics(Self.declared.replacingOccurrences(of: #", "plural": "shops""#, with: ""))
        #expect(missingPlural.contains { $0.severity == .error && $0.path == "$.tables[0].entity.plural" && $0.message.contains("missing") })
    }

    @Test func checkWarnsOfMissingLongAndRepeatedVocabulary() throws {
        var json = Self.declared
            .replacingOccurrences(of: #""entity": {"singular": "shop", "plural": "shops"}, "#, with: "")
            .replacingOccurrences(of: #""label": "ZIP code", "#, with: "")
            .replacingOccurrences(of: #", "role": "selling shop""#, with: "")
            .replacingOccurrences(of: #""label": "net profit""#, with: #""label": "net profit after all the costs""#)
        let loaded = try load(json)
        let messages = loaded.warnings.map { "\($0.path): \($0.message)" }
        #expect(messages == [
            #"$.tables[0].entity: missing entity of table "store" (using "store" / "stores")"#,
            #"$.tables[0].columns[1].label: missing label of column "store.s_zip" (using "ZIP")"#,
            #"$.tables[1].columns[1].label: label "net profit after all the costs" of column "store_sales.ss_net_profit" has 6 words; use at most 4"#,
            #"$.foreign_keys[0].role: missing role of foreign key "store_sales(ss_store_sk)->store(s_store_sk)" (using "store")"#,
        ])
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })

        // A repeated label is a warning; a declared role repeated from the same child to the same parent an error.
        json = Self.declared.replacingOccurrences(of: #""label": "ZIP code""#, with: #""label": "shop key""#)
            .replacingOccurrences(of: #""role": "selling shop"}"#,
                                  with: #""role": "selling shop"}, {"child_table": "store_sales", "child_columns": ["ss_net_profit"], "parent_table": "store", "parent_columns": ["s_store_sk"], "role": "Selling shop"}"#)
        let found = diagnostics(json)
        #expect(found.contains { $0.severity == .warning && $0.path == "$.tables[0].columns[1].label" && $0.message.contains("repeats the label of $.tables[0].columns[0]") })
        #expect(found.contains { $0.severity == .error && $0.path == "$.foreign_keys[1].role" && $0.message.contains("repeats the role of $.foreign_keys[0]") })
    }

    @Test func tpcdsHasACompleteHandWrittenVocabulary() throws {
        let loaded = try SchemaLoader.load(path: Fixtures.tpcdsSchema)
        let schema = loaded.schema
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.prefix(5))")
        #expect(schema.tables.compactMap(\.entity).count == 24)
        #expect(schema.tables.flatMap(\.columns).compactMap(\.label).count == 425)
        #expect(schema.foreignKeys.compactMap(\.role).count == 107)
        for table in schema.tables {
            let entity = try #require(table.entity)
            #expect(!entity.singular.contains("_") && !entity.plural.contains("_") && entity.singular != entity.plural, "\(table.name)")
            let labels = table.columns.compactMap(\.label)
            for label in labels {
                #expect(label.split(separator: " ").count <= 4 && !label.contains("_"), "\(table.name): \(label)")
            }
            #expect(Set(labels.map { $0.lowercased() }).count == labels.count, "labels repeat in \(table.name)")
        }
        let pairs = Dictionary(grouping: schema.foreignKeys) { "\($0.childTable)->\($0.parentTable)" }
        for (pair, keys) in pairs {
            #expect(Set(keys.compactMap(\.role)).count == keys.count, "roles repeat in \(pair)")
        }
        let vocabulary = SchemaVocabulary(schema: schema)
        #expect(vocabulary.entity(of: "store_sales") == EntityName(singular: "store sale", plural: "store sales",
                                                                   synonyms: ["in-store sales", "sales in stores", "store purchases", "shop sales"]))
        #expect(vocabulary.entity(of: "inventory") == EntityName(singular: "inventory record", plural: "inventory records",
                                                                 synonyms: ["stock records", "inventory snapshots"]))
        #expect(vocabulary.label(of: ColumnRef(table: "customer_address", column: "ca_zip")) == "ZIP code")
        #expect(vocabulary.label(of: ColumnRef(table: "store", column: "s_number_employees")) == "employees")
        #expect(vocabulary.label(of: ColumnRef(table: "STORE_SALES", column: "SS_NET_PROFIT")) == "net profit")
        func role(_ child: String, _ column: String) -> String? {
            schema.foreignKeys.first { $0.childTable == child && $0.childColumns == [column] }.map(vocabulary.role(of:))
        }
        #expect(role("web_sales", "ws_ship_date_sk") == "ship date")
        #expect(role("web_sales", "ws_bill_customer_sk") == "billing customer")
        #expect(role("catalog_returns", "cr_refunded_hdemo_sk") == "refunded household")
        #expect(role("customer", "c_current_addr_sk") == "current address")
        #expect(schema.foreignKeys.first { $0.childTable == "store_returns" && $0.parentTable == "store_sales" }?.role == "sale")
    }
}
