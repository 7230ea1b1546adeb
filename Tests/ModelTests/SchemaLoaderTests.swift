import Foundation
import Testing
@testable import Model
import TestSupport

@Suite struct SchemaLoaderTests {
    @Test func loadsTPCDSWithEveryTableColumnAndForeignKey() throws {
        let loaded = try SchemaLoader.load(path: Fixtures.tpcdsSchema)
        let schema = loaded.schema
        #expect(schema.name == "tpcds")
        #expect(schema.tables.count == 24)
        #expect(schema.columnCount == 425)
        #expect(schema.tables.filter { $0.kind == .fact }.count == 7)
        #expect(schema.foreignKeys.count == 107)
        #expect(schema.foreignKeys.reduce(0) { $0 + $1.childColumns.count } == 110)
        #expect(schema.foreignKeys.filter { $0.childColumns.count == 2 }.count == 3)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.sha256.count == 64)
        for table in schema.tables {
            #expect(!table.description.isEmpty)
            for column in table.columns { #expect(!column.description.isEmpty, "\(table.name).\(column.name)") }
        }
        #expect(schema.table(named: "store")?.column(named: "s_tax_precentage") != nil)
    }

    @Test(.enabled(if: Fixtures.hasShared, "skipped: needs the TPC-DS specification files (../shared/tpcds/tpcds_schema.sql beside the package)")) func columnNamesAndTypesMatchTheDDL() throws {
        let ddl = try String(contentsOf: Fixtures.sharedTPCDS.appendingPathComponent("tpcds_schema.sql"), encoding: .utf8)
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        var table: String?
        var seen = 0
        for rawLine in ddl.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("create table ") { table = String(line.dropFirst("create table ".count)); continue }
            guard let current = table, !line.hasPrefix("primary key"), !line.hasPrefix("("), !line.hasPrefix(")"),
                  !line.hasPrefix("--"), !line.isEmpty else { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2 else { continue }
            let column = try #require(schema.table(named: current)?.column(named: String(parts[0])), "\(current).\(parts[0])")
            #expect(column.type == String(parts[1]).trimmingCharacters(in: CharacterSet(charactersIn: ",")))
            seen += 1
        }
        #expect(seen == 425)
    }

    @Test(.enabled(if: Fixtures.hasShared, "skipped: needs the TPC-DS specification files (../shared/tpcds/tpcds_schema.sql beside the package)")) func foreignKeysCoverTheSpecificationPairs() throws {
        let tsv = try String(contentsOf: Fixtures.sharedTPCDS.appendingPathComponent("tpcds_fks_spec.tsv"), encoding: .utf8)
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        var pairs: Set<String> = []
        for key in schema.foreignKeys {
            for (child, parent) in zip(key.childColumns, key.parentColumns) {
                pairs.insert("\(key.childTable).\(child)->\(key.parentTable).\(parent)")
            }
        }
        var expected: Set<String> = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            expected.insert("\(fields[0]).\(fields[1])->\(fields[2]).\(fields[3])")
        }
        #expect(expected.count == 110)
        #expect(pairs == expected)
    }

    private func diagnostics(_ json: String) -> [Diagnostic] {
        do {
            let loaded = try SchemaLoader.load(bytes: Array(json.utf8), source: "test.json")
            return loaded.warnings
        } catch {
            return error.diagnostics
        }
    }

    private let validTable = #"{"name": "t", "kind": "dimension", "subject_area": "s", "description": "d", "primary_key": ["id"], "columns": [{"name": "id", "type": "integer", "nullable": false, "role": "key", "description": "k"}]}"#

    @Test func reportsInvalidJSONWithPosition() {
        let found = diagnostics("{\n \"name\": \"x\",\n \"tables\": [,]\n}")
        #expect(found.count == 1)
        #expect(found[0].severity == .error)
        #expect(found[0].message.contains("line 3"))
    }

    @Test func reportsEveryProblemWithItsPath() {
        let json = """
        {"format_version": 1, "name": "bad", "tables": [
          \(validTable),
          {"name": "t", "columns": [{"name": "a", "type": "integer", "description": "x"}]},
          {"name": "u", "kind": "cube", "description": "u", "subject_area": "s", "columns": [
             {"name": "a", "type": "text", "description": "x"}, {"name": "A", "type": "integer", "role": "size", "description": "y"}]},
          {"name": "empty", "description": "e", "subject_area": "s", "columns": []}
        ], "foreign_keys": [
          {"child_table": "u", "child_columns": ["a"], "parent_table": "t", "parent_columns": ["id"]},
          {"child_table": "u", "child_columns": ["zz"], "parent_table": "nowhere", "parent_columns": ["id"]},
          {"child_table": "u", "child_columns": ["a", "A"], "parent_table": "t", "parent_columns": ["id"]}
        ]}
        """
        let found = diagnostics(json)
        func has(_ severity: Diagnostic.Severity, _ path: String, _ fragment: String) -> Bool {
            found.contains { $0.severity == severity && $0.path == path && $0.message.contains(fragment) }
        }
        #expect(has(.error, "$.tables[1].name", "duplicate table name"))
        #expect(has(.error, "$.tables[2].kind", "unknown table kind"))
        #expect(has(.error, "$.tables[2].columns[1].name", "duplicate column name"))
        #expect(has(.error, "$.tables[2].columns[1].role", "unknown column role"))
        #expect(has(.error, "$.tables[3].columns", "has no columns"))
        #expect(has(.error, "$.foreign_keys[0].child_columns[0]", "type mismatch"))
        #expect(has(.error, "$.foreign_keys[1].parent_table", "unknown table \"nowhere\""))
        #expect(has(.error, "$.foreign_keys[1].child_columns[0]", "unknown column \"zz\""))
        #expect(has(.error, "$.foreign_keys[2].parent_columns", "2 child column(s) but 1 parent column(s)"))
        #expect(has(.warning, "$.tables[1].description", "missing description"))
        #expect(has(.warning, "$.tables[1].columns[0].description", "") == false)
    }

    @Test func missingDescriptionsAreWarningsNotErrors() throws {
        let json = #"{"format_version": 1, "name": "w", "tables": [{"name": "t", "subject_area": "s", "columns": [{"name": "a", "type": "integer"}]}]}"#
        let loaded = try SchemaLoader.load(bytes: Array(json.utf8), source: "w.json")
        #expect(loaded.warnings.map(\.path) == ["$.tables[0].description", "$.tables[0].columns[0].description",
                                              "$.tables[0].entity", "$.tables[0].columns[0].label"])
    }

    @Test func rejectsWrongShapesAndVersions() {
        #expect(diagnostics("[1]").first?.message.contains("JSON object") == true)
        let wrongVersion = diagnostics(#"{"format_version": 9, "name": "x", "tables": [\#(validTable)]}"#)
        #expect(wrongVersion.contains { $0.path == "$.format_version" && $0.severity == .error })
        let wrongType = diagnostics(#"{"format_version": 1, "name": "x", "tables": {"a": 1}}"#)
        #expect(wrongType.contains { $0.path == "$.tables" && $0.message.contains("expected an array") })
    }

    @Test func ddlRecreatesTablesAndKeys() throws {
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        let statements = schema.createTableStatements()
        #expect(statements.count == 24)
        let returns = try #require(statements.first { $0.hasPrefix("CREATE TABLE store_returns") })
        #expect(returns.contains("FOREIGN KEY (sr_item_sk, sr_ticket_number) REFERENCES store_sales (ss_item_sk, ss_ticket_number)"))
        #expect(returns.contains("PRIMARY KEY (sr_item_sk, sr_ticket_number)"))
    }

    @Test func graphSummaryOfTPCDS() throws {
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        let summary = SchemaGraph(schema: schema).summary
        #expect(summary.components == 1)
        #expect(summary.largestComponent == 24)
        #expect(summary.compositeEdges == 3)
        #expect(SchemaGraph(schema: schema).parents(of: "store_returns").contains("store_sales"))
    }
}

/// Hostile and broken schema files are refused with their file and JSON path (issue 14, items 2 and 14).
@Suite struct SchemaHardeningTests {
    static func schemaJSON(table: String = "t", column: String = "c", type: String = "integer") -> String {
        #"{"format_version": 1, "name": "s", "tables": [{"name": "\#(table)", "kind": "dimension", "subject_area": "a", "description": "d", "primary_key": [], "columns": [{"name": "\#(column)", "type": "\#(type)", "description": "d"}]}], "foreign_keys": []}"#
    }

    static func errors(_ json: String) -> [Diagnostic] {
        do {
            _ = try SchemaLoader.load(bytes: Array(json.utf8), source: "s.json")
            return []
        } catch {
            #expect(error.description.contains("s.json"))
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    @Test(arguments: ["integer); ATTACH DATABASE '/tmp/x.db' AS p; CREATE TABLE p.t(x", "integer primary key", "int -- x", "decimal(7,2", "text)"])
    func typesOutsideTheGrammarAreRefused(type: String) {
        let errors = Self.errors(Self.schemaJSON(type: type))
        #expect(errors.map(\.path) == ["$.tables[0].columns[0].type"], "\(errors)")
    }

    @Test(arguments: ["integer", "decimal(7,2)", "character varying (20)", "double precision", "numeric( 10 , -2 )"])
    func typeNamesInTheGrammarAreAccepted(type: String) {
        #expect(Self.errors(Self.schemaJSON(type: type)).isEmpty)
    }

    @Test func controlCharactersInNamesAreRefused() {
        #expect(Self.errors(Self.schemaJSON(table: #"a\u0000b"#)).map(\.path) == ["$.tables[0].name"])
        #expect(Self.errors(Self.schemaJSON(column: #"c\u0007"#)).map(\.path) == ["$.tables[0].columns[0].name"])
    }

    @Test func invalidUTF8IsRefused() {
        var bytes = Array(Self.schemaJSON(table: "tX").utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0xFF
        #expect(throws: DiagnosticsError.self) { _ = try SchemaLoader.load(bytes: bytes, source: "s.json") }
        do {
            _ = try SchemaLoader.load(bytes: bytes, source: "s.json")
        } catch {
            #expect(error.description.contains("UTF-8"), "\(error.description)")
        }
    }
}
