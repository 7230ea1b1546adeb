import Foundation
@testable import Generation
import Model
import Testing
import Validation

/// The faithfulness check without an LLM: literals in the forms people write them, every table's
/// entity or role, the grouping and the ordering; unfaithful paraphrases dropped and counted.
@Suite struct FaithfulnessTests {
    static let sql = """
        SELECT t1.i_class, SUM(t0.ss_net_paid) AS total FROM store_sales AS t0 JOIN item AS t1 ON t0.ss_item_sk = t1.i_item_sk \
        WHERE t1.i_category = 'Books' AND t0.ss_quantity >= 1250.50 GROUP BY t1.i_class ORDER BY total DESC LIMIT 10
        """

    @Test func literalsAreFoundInTheFormsPeopleWriteThem() {
        #expect(LiteralCheck.unstated(values: ["1250.50"], question: "quantity of at least 1,250.5").isEmpty)
        #expect(LiteralCheck.unstated(values: ["1250.50"], question: "quantity of at least 1250.50").isEmpty)
        #expect(LiteralCheck.unstated(values: ["2001-03-05"], question: "sold on March 5, 2001").isEmpty)
        #expect(LiteralCheck.unstated(values: ["2001-03-05"], question: "sold on 5 March 2001").isEmpty)
        #expect(LiteralCheck.unstated(values: ["5"], question: "in 2015") == ["5"], "a number inside another is not stated")
        #expect(LiteralCheck.unstated(values: ["10"], question: "above 10.5") == ["10"])
        #expect(LiteralCheck.unstated(values: ["Books"], question: "in category books").isEmpty)
    }

    @Test func aFaithfulQuestionPasses() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let requirements = check.requirements(of: Self.sql)
        #expect(requirements.ordered)
        #expect(requirements.groups.map(\.column) == ["item.i_class"])
        let question = "Top 10 item classes by total net paid of store sales for category Books with quantity at least 1,250.5?"
        #expect(check.problem(of: question, requirements) == nil)
    }

    @Test(arguments: [
        ("Top 10 item classes by total net paid of store sales for category Music with quantity at least 1250.50?", "literal"),
        ("Top 10 item classes by total refunded cash of catalog returns for category Books with quantity at least 1250.50?", "entity"),
        ("Top 10 total net paid of store sales for items of category Books with quantity at least 1250.50?", "grouping"),
        ("The 10 item classes and total net paid of store sales for category Books with quantity at least 1250.50?", "ordering"),
    ])
    func eachUnfaithfulWordingIsNamed(question: String, failure: String) throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let problem = check.problem(of: question, check.requirements(of: Self.sql))
        #expect(problem?.failure.rawValue == failure, "\(String(describing: problem))")
    }

    @Test func aDimensionMayGoByItsRoleOrHeadNoun() throws {
        let schema = try GenerationFixture.schema()
        let check = FaithfulnessCheck(schema: schema)
        let sql = "SELECT strftime('%Y', t1.d_date) AS y, SUM(t0.ss_net_paid) FROM store_sales AS t0 JOIN date_dim AS t1 ON t0.ss_sold_date_sk = t1.d_date_sk GROUP BY strftime('%Y', t1.d_date)"
        let requirements = check.requirements(of: sql)
        let role = SchemaVocabulary(schema: schema).role(of: try #require(schema.foreignKeys.first { $0.id.hasPrefix("store_sales(ss_sold_date_sk)") }))
        #expect(check.problem(of: "Total net paid of store sales by \(role)?", requirements) == nil)
        // The calendar is named by its periods and groupings (docs/analysis-families.md): a bare
        // "year" does not say which date of the sale it groups by.
        #expect(check.problem(of: "Total net paid of store sales by year?", requirements)?.failure == .grouping)
    }

    @Test func unfaithfulParaphrasesAreDroppedAndCounted() throws {
        let schema = try GenerationFixture.schema()
        var example = Example(id: "b1-s1", batchID: "b1", slotID: "b1-s1",
                              question: "Top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50?",
                              sql: Self.sql, style: "concise", category: "store sales", shape: "llm.moderate", provider: "openai",
                              complexity: .moderate, hardness: "hard", tables: ["item", "store_sales"], columns: [], joinEdges: [],
                              constructs: [], result: ResultShape(rows: 1, columns: 2, columnNames: [], fingerprint: "x"), attempts: 1)
        var settings = ParaphraseSettings()
        settings.count = 3
        var negatives = NegativeSettings()
        negatives.count = 0
        let builder = ContrastBuilder(schema: schema, paraphrases: settings, negatives: negatives)
        let candidates = [
            ("What is the total cash refunded of catalog returns for category Books with quantity at least 1250.50, top 10 by item class?", "llm"),
            ("Which 10 item classes lead store sales by total net paid, category Music, quantity 1250.50 or more?", "llm"),
            ("For category Books and quantity of at least 1,250.5, list the 10 item classes whose store sales have the highest total net paid.", "llm"),
        ]
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        builder.enrich(&example, positive: validator.validate(Self.sql, minRows: 0), paraphraseCandidates: candidates, source: "llm",
                       validator: validator, seed: 1)
        #expect(example.paraphrases.map(\.text) == [candidates[2].0])
        #expect(example.contrastDropped["paraphrase_unfaithful_entity"] == 1 && example.contrastDropped["paraphrase_unfaithful_literal"] == 1)
        #expect(example.contrastNotes.contains { $0.contains("2 unfaithful dropped") })
        let counts = ContrastPairs.counts(of: [example], paraphrasesWanted: 3, negativesWanted: 0)
        #expect(counts["paraphrases_refused_unfaithful_entity"] == 1 && counts["paraphrases_refused_unfaithful_literal"] == 1)
        #expect(!ContrastPairs.pairs(of: [example]).contains { $0.question.contains("catalog") || $0.question.contains("Music") })
    }

    static let question = "Top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50?"

    @Test(arguments: [
        "Top 10 item classes by total net paid of store sales in Alaska for category Books with quantity at least 1250.50?",
        "Top 17 item classes by total net paid of store sales for category Books with quantity at least 1257.50?",
        "Top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50 in 2003?",
        "Top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50 at the Springfield store?",
    ])
    func aParaphraseThatAddsAPlaceOrShiftsANumberIsDropped(paraphrase: String) throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let problems = check.problems(of: paraphrase, check.requirements(of: Self.sql), original: Self.question)
        #expect(problems.contains { $0.failure == .addition }, "\(problems.map(\.message))")
    }

    @Test func anHonestParaphraseWithAReorderedClauseAndSynonymsPasses() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let requirements = check.requirements(of: Self.sql)
        for paraphrase in [
            "For category Books and quantity of at least 1,250.5, which 10 item classes have the highest total net paid of store sales?",
            "Among store sales with a quantity of at least 1250.5 in category Books, list the top 10 item classes by their summed net paid.",
        ] {
            #expect(check.problems(of: paraphrase, requirements, original: Self.question).isEmpty, "\(paraphrase)")
        }
    }

    @Test func periodsAndEntitySynonymsAreNoFalseRefusals() throws {
        let schema = try GenerationFixture.schema()
        let check = FaithfulnessCheck(schema: schema)
        #expect(LiteralCheck.unstated(values: ["1998Q2"], question: "in the second quarter of 1998").isEmpty)
        #expect(LiteralCheck.unstated(values: ["1998Q2"], question: "for Q2 1998").isEmpty)
        #expect(LiteralCheck.unstated(values: ["1998Q3"], question: "in the second quarter of 1998") == ["1998Q3"])
        let sql = "SELECT SUM(inv_quantity_on_hand) FROM inventory"
        let requirements = check.requirements(of: sql)
        #expect(check.problems(of: "What is the total quantity on hand of items?", requirements).isEmpty,
                "\(check.problems(of: "What is the total quantity on hand of items?", requirements).map(\.message))")
        let dated = "SELECT COUNT(*) FROM date_dim WHERE d_date = '2001-03-05'"
        #expect(check.problems(of: "How many dates are March 5, 2001?", check.requirements(of: dated)).isEmpty)
    }

    /// A paraphrase's candidates share one reference (measured once); each candidate's first problem
    /// is the one the check of that wording alone names first.
    @Test func oneReferenceForEveryCandidateGivesEachWordingsFirstProblem() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema(), values: DatabaseValues(["Springfield", "AK"]))
        let requirements = check.requirements(of: Self.sql)
        let reference = check.reference(requirements, original: Self.question)
        let wordings = [
            "For category Books and quantity of at least 1,250.5, which 10 item classes have the highest total net paid of store sales?",
            "Top 10 item classes by total net paid of store sales in Alaska for category Books with quantity at least 1250.50?",
            "Top 17 item classes by total net paid of store sales for category Books with quantity at least 1257.50?",
            "Top 10 item classes by total net paid of store sales for each warehouse, for category Books with quantity at least 1250.50?",
            "Top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50 at the Springfield store in March?",
            "Show me some numbers for Alaska?",
            "Top 10 item classes by total net paid of store sales for category Music with quantity at least 1250.50?",
        ]
        var named: Set<FaithfulnessCheck.Failure> = []
        for wording in wordings {
            let alone = check.problems(of: wording, requirements, original: Self.question)
            let shared = check.problem(of: wording, reference)
            #expect(shared?.failure == alone.first?.failure && shared?.message == alone.first?.message, "\(wording)")
            #expect(check.additions(in: wording, reference) == check.additions(in: wording, requirements, original: Self.question), "\(wording)")
            named.formUnion(alone.prefix(1).map(\.failure))
        }
        #expect(named == [.literal, .addition], "the wordings above test both the early return and the additions")
    }

    @Test func everyFaultIsNamedNotOnlyTheFirst() throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let problems = check.problems(of: "Show me some numbers for Alaska?", check.requirements(of: Self.sql))
        #expect(Set(problems.map(\.failure)) == [.literal, .entity, .grouping, .ordering, .addition], "\(problems.map(\.message))")
    }

    @Test(arguments: [
        ("Top 10 item classes by total net paid of store sales for each warehouse, for category Books with quantity at least 1250.50?", "warehouse"),
        ("Top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50, per store?", "store"),
        ("Top 10 item classes by total net paid of store sales per customer in category Books with quantity at least 1250.50?", "customer"),
    ])
    func aWordingThatNamesATableTheSQLDoesNotReadIsAnAddition(paraphrase: String, entity: String) throws {
        let check = FaithfulnessCheck(schema: try GenerationFixture.schema())
        let requirements = check.requirements(of: Self.sql)
        let problems = check.problems(of: paraphrase, requirements, original: Self.question)
        #expect(problems.map(\.failure) == [.addition], "\(problems.map(\.message))")
        #expect(problems.first?.message.contains("'\(entity)'") == true, "\(problems.map(\.message))")
        // A question written from the SQL alone (an LLM's) is held to the same.
        #expect(check.problems(of: paraphrase, requirements).contains { $0.failure == .addition })
    }

    @Test func entityNounsInsideWhatTheSQLReadsAreNoAdditions() throws {
        let schema = try GenerationFixture.schema()
        let check = FaithfulnessCheck(schema: schema)
        // "store" inside "store sales", "item" of the joined item table; a table the original names.
        #expect(check.problems(of: "For category Books and quantity of at least 1,250.5, which 10 item classes have the highest store sales net paid?",
                               check.requirements(of: Self.sql), original: Self.question).isEmpty)
        // A comma ends a phrase: "in the catalog, sale totals" names no catalog sale.
        #expect(check.problems(of: "Among store sales in category Books, item classes with quantity at least 1250.50: the top 10 by total net paid?",
                               check.requirements(of: Self.sql), original: Self.question).isEmpty)
        let promoted = "SELECT SUM(t0.ws_net_paid) FROM web_sales AS t0 JOIN promotion AS t1 ON t0.ws_promo_sk = t1.p_promo_sk WHERE t1.p_channel_catalog = 'Y'"
        let asked = "Total net paid of web sales with promotions advertised in the catalog?"
        #expect(check.problems(of: "With promotions advertised in the catalog, sale totals: net paid of web sales?", check.requirements(of: promoted),
                               original: asked).allSatisfy { $0.failure != .addition })
        #expect(check.problems(of: "Total net paid of web sales with promotions advertised in the catalog sales?", check.requirements(of: promoted),
                               original: asked).contains { $0.failure == .addition })
        let keyed = "SELECT t0.ss_store_sk, SUM(t0.ss_net_paid) AS total FROM store_sales AS t0 GROUP BY t0.ss_store_sk"
        let question = "Total net paid of store sales per store?"
        #expect(check.problems(of: "Per store, the total net paid of store sales?", check.requirements(of: keyed), original: question)
            .allSatisfy { $0.failure != .addition })
    }

    @Test func aPlaceOrNameOfTheValidationDatabaseIsAnAddition() throws {
        let schema = try GenerationFixture.schema()
        let values = DatabaseValues(["AK", "Springfield", "New York", "Books", "William Ward"])
        let check = FaithfulnessCheck(schema: schema, values: values)
        let requirements = check.requirements(of: Self.sql)
        for paraphrase in [
            "Springfield store sales: top 10 item classes by total net paid for category Books with quantity at least 1250.50?",
            "Top 10 item classes by total net paid of store sales in new york for category Books with quantity at least 1250.50?",
            "AK aside, top 10 item classes by total net paid of store sales for category Books with quantity at least 1250.50?",
            "Top 10 item classes by total net paid of store sales managed by william ward for category Books with quantity at least 1250.50?",
        ] {
            let problems = check.problems(of: paraphrase, requirements, original: Self.question)
            #expect(problems.map(\.failure) == [.addition], "\(paraphrase): \(problems.map(\.message))")
            // Without the database's values the check does not see these.
            #expect(FaithfulnessCheck(schema: schema).problems(of: paraphrase, requirements, original: Self.question).isEmpty, "\(paraphrase)")
        }
        // A value the SQL holds ('Books') is no addition, in any case or place.
        #expect(check.problems(of: "Books only: top 10 item classes by total net paid of store sales with quantity at least 1250.50?",
                               requirements, original: Self.question).isEmpty)
    }

    @Test func theValidationDatabaseGivesItsPlacesAndNames() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let values = DatabaseValues.read(schema: schema, validator: validator)
        let city = try #require(validator.rows(of: "SELECT ca_city FROM customer_address WHERE ca_city IS NOT NULL ORDER BY ca_city LIMIT 1", limit: 1)?.first?.first)
        guard case .text(let name) = city else { Issue.record("ca_city is not text: \(city)"); return }
        #expect(values.contains(name), "\(name)")
        let category = try #require(validator.rows(of: "SELECT i_category FROM item WHERE i_category IS NOT NULL LIMIT 1", limit: 1)?.first?.first)
        if case .text(let text) = category { #expect(!values.contains(text), "an item category is no place or name: \(text)") }
        #expect(values == DatabaseValues.read(schema: schema, validator: validator), "the same database gives the same values")
    }
}
