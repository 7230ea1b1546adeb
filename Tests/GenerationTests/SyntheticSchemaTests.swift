import Foundation
import Model
import Planner
import SQLite
import Testing
@testable import Generation
import SchemaSynthesis
import SyntheticData
import Validation

/// The generator is not tied to TPC-DS: drafts for a synthetic star/snowflake schema validate too.
@Suite struct SyntheticSchemaTests {
    @Test func draftsValidateOnASyntheticSchema() throws {
        let schema = try SyntheticSchemaGenerator(tableCount: 40, seed: 11).generate()
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: GenerationFixture.seed).build(into: connection)
        let validator = try Validator(sandboxing: connection, schema: schema)
        let plan = try GenerationFixture.plan(schema: schema)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        let identifiers = Set(schema.tables.flatMap { [$0.name] + $0.columns.map(\.name) }.map { $0.lowercased() })
            .filter { $0.contains("_") }
        var passed = 0
        for slot in plan.slots {
            let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator)
            if PlanDraftTests.passes(draft, slot: slot, validator: validator) { passed += 1 }
            if let draft {
                let words = Set(draft.question.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
                    .map(String.init))
                #expect(identifiers.intersection(words).isEmpty, "\(draft.question)")
            }
        }
        #expect(plan.slots.count > 0)
        #expect(Double(passed) >= 0.9 * Double(plan.slots.count), "passed \(passed)/\(plan.slots.count)")
    }
}

/// The goals of meaningful coverage hold beyond TPC-DS: on a synthetic schema and on one imported
/// from DDL, every example re-measured from its SQL has no unused join, fan trap or typed-use
/// violation, states its values, and together they cover every column in an allowed use.
@Suite struct MeaningBeyondTPCDSTests {
    static func check(schema: Schema) throws {
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: GenerationFixture.seed).build(into: connection)
        let validator = try Validator(sandboxing: connection, schema: schema)
        let plan = try GenerationFixture.plan(schema: schema)
        let output = GenerationRun(plan: plan, schema: schema,
                                   provider: OfflineGenerator(schema: schema, styles: GenerationFixture.styles)).run(validator: validator)
        #expect(Double(output.examples.count) >= 0.95 * Double(plan.slots.count), "\(output.examples.count)/\(plan.slots.count)")
        var covered = Set<ColumnRef>()
        for example in output.examples {
            let meaning = try #require(ExampleMeaning.measure(example.sql, schema: schema))
            #expect(meaning.isClean, "\(example.id): \(meaning.unusedTables) \(meaning.fanTraps) \(meaning.violations)")
            #expect(LiteralCheck.unstated(sql: example.sql, question: example.question).isEmpty, "\(example.question)")
            covered.formUnion(meaning.coveredColumns(schema: schema))
        }
        #expect(Double(covered.count) >= 0.97 * Double(schema.columnCount), "\(covered.count)/\(schema.columnCount)")
    }

    @Test func syntheticSchemaExamplesMeanWhatTheyAsk() throws {
        try Self.check(schema: try SyntheticSchemaGenerator(tableCount: 30, seed: 5).generate())
    }

    @Test func importedSchemaExamplesMeanWhatTheyAsk() throws {
        let ddl = """
        CREATE TABLE region (region_id INTEGER PRIMARY KEY, region_name VARCHAR(30), manager_name VARCHAR(40));
        CREATE TABLE shop (shop_id INTEGER PRIMARY KEY, shop_name VARCHAR(40), city VARCHAR(30), floor_area INTEGER,
                           region_id INTEGER REFERENCES region(region_id));
        CREATE TABLE product (product_id INTEGER PRIMARY KEY, product_code CHAR(8), category VARCHAR(20), list_price DECIMAL(7,2),
                              discontinued_flag CHAR(1));
        CREATE TABLE sale (sale_id INTEGER PRIMARY KEY, sale_date DATE, quantity INTEGER, net_amount DECIMAL(9,2),
                           shop_id INTEGER REFERENCES shop(shop_id), product_id INTEGER REFERENCES product(product_id));
        """
        let schema = try SchemaImporter.importDDL(ddl, name: "shops").withDerivedVocabulary()
        try Self.check(schema: schema)
    }
}
