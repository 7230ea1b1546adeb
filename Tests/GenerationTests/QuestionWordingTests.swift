import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// How the offline generator words what it asks: conditions of one table name its role once,
/// a joined dimension's business key counts its entities, figures that add up stay sums, and two
/// channels compare side by side.
@Suite struct QuestionWordingTests {
    static func frame(_ schema: Schema, anchor: String, edges: [String], semantic: SemanticModel? = nil) throws -> SlotFrame {
        let slot = Slot(id: "s", complexity: .moderate, anchor: anchor, tables: [anchor], targets: [], joinEdges: edges)
        return try #require(SlotFrame.build(slot: slot, schema: schema, vocabulary: SchemaVocabulary(schema: schema), semantic: semantic))
    }

    static func column(_ frame: SlotFrame, _ schema: Schema, alias: String, _ name: String) throws -> FrameColumn {
        let instance = try #require(frame.instances.first { $0.alias == alias })
        let column = try #require(instance.table.column(named: name))
        return frame.bind(column, of: instance, vocabulary: SchemaVocabulary(schema: schema))
    }

    @Test func conditionsOfOneTableNameItsRoleOnce() throws {
        let schema = try GenerationFixture.schema()
        let frame = try Self.frame(schema, anchor: "store_sales", edges: ["store_sales(ss_store_sk)->store(s_store_sk)"])
        let state = try Self.column(frame, schema, alias: "t1", "s_state")
        let city = try Self.column(frame, schema, alias: "t1", "s_city")
        let quantity = try Self.column(frame, schema, alias: "t0", "ss_quantity")
        let conditions = try [state, quantity, city].map { try #require(Condition.on($0, value: $0 == quantity ? .integer(5) : .text("TN"))) }
        let phrases = Condition.phrases(conditions, in: frame)
        // The anchor's conditions first, then the store's: its role once, then labels alone.
        #expect(phrases == ["quantity at least 5", "store state TN", "city TN"], "\(phrases)")
        // The SQL keeps every condition whatever the wording.
        #expect(conditions.map(\.sql) == ["t1.s_state = 'TN'", "t0.ss_quantity >= 5", "t1.s_city = 'TN'"])
    }

    @Test("a flag said as a circumstance follows the other conditions without \"with\"")
    func circumstancesAreNotIntroducedByWith() {
        var parts = QuestionParts(request: "total net paid of store sales", conditions: ["store state TN", "outside the current month"], connector: "with")
        #expect(parts.body(connector: "with") == "total net paid of store sales with store state TN, outside the current month")
        parts.conditions = ["on weekends", "in the current year"]
        #expect(parts.body(connector: "with") == "total net paid of store sales on weekends and in the current year")
        parts.conditions = ["preferred customers"]
        #expect(parts.body(connector: "with") == "total net paid of store sales with preferred customers")
    }

    @Test("short details filtered whole, long ones by their first word; a version's dates as current or valid-from records")
    func detailsAndRecordDatesAreSaidAsAnalystsSayThem() throws {
        let schema = try GenerationFixture.schema()
        let frame = try Self.frame(schema, anchor: "store_sales", edges: ["store_sales(ss_store_sk)->store(s_store_sk)"])
        let manager = try Self.column(frame, schema, alias: "t1", "s_manager")
        let whole = try #require(Condition.on(manager, value: .text("Donna Smith")))
        #expect(whole.sql == "t1.s_manager = 'Donna Smith'" && whole.phrase == "store manager Donna Smith", "\(whole.sql) | \(whole.phrase)")
        let description = try Self.column(frame, schema, alias: "t1", "s_market_desc")
        let long = try #require(Condition.on(description, value: .text("Quick brown stores near the river")))
        #expect(long.sql == "t1.s_market_desc LIKE 'Quick%'", "\(long.sql)")
        let end = try Self.column(frame, schema, alias: "t1", "s_rec_end_date")
        let current = try #require(Condition.on(end, value: .null))
        #expect(current.sql == "t1.s_rec_end_date IS NULL" && current.phrase == "current store records", "\(current.phrase)")
        let start = try Self.column(frame, schema, alias: "t1", "s_rec_start_date")
        let since = try #require(Condition.on(start, value: .text("1997-10-27")))
        #expect(since.phrase == "store records valid from 1997-10-27", "\(since.phrase)")
    }

    @Test("a calendar flag of an entity's own date says whose date it is; of a fact's event date, the period alone")
    func calendarFlagsSayWhoseDateTheyAreAbout() throws {
        let schema = try GenerationFixture.schema()
        let semantic = SemanticModel(schema: schema)
        let pages = try Self.frame(schema, anchor: "catalog_page", edges: ["catalog_page(cp_start_date_sk)->date_dim(d_date_sk)"], semantic: semantic)
        let ownDate = try Self.column(pages, schema, alias: "t1", "d_weekend")
        let own = try #require(Condition.on(ownDate, value: .text("Y")))
        #expect(own.phrase.hasSuffix("start date on weekends") && own.phrase != "on weekends", "\(own.phrase)")
        let sales = try Self.frame(schema, anchor: "store_sales", edges: ["store_sales(ss_sold_date_sk)->date_dim(d_date_sk)"], semantic: semantic)
        let eventDate = try Self.column(sales, schema, alias: "t1", "d_weekend")
        let event = try #require(Condition.on(eventDate, value: .text("Y")))
        #expect(event.phrase == "on weekends", "\(event.phrase)")
    }

    @Test("further aggregates are named for what they hold, never also_1")
    func furtherAggregatesSayWhatTheyHold() throws {
        let schema = try GenerationFixture.schema()
        let frame = try Self.frame(schema, anchor: "store_sales", edges: ["store_sales(ss_store_sk)->store(s_store_sk)"])
        let profit = try Self.column(frame, schema, alias: "t0", "ss_net_profit")
        let stores = try Self.column(frame, schema, alias: "t1", "s_store_id")
        let price = try Self.column(frame, schema, alias: "t0", "ss_sales_price")
        let core = GroupedAggregate(measures: [profit, stores, price, stores], groups: [], conditions: [], manyGroups: false)
        #expect(core.extraNames == ["distinct_s_store_id", "average_ss_sales_price", "distinct_s_store_id_2"], "\(core.extraNames)")
        #expect(core.extraSQL.first == "COUNT(DISTINCT t1.s_store_id) AS distinct_s_store_id")
    }

    @Test func aDimensionsBusinessKeyCountsItsEntities() throws {
        let schema = try GenerationFixture.schema()
        let frame = try Self.frame(schema, anchor: "catalog_sales", edges: ["catalog_sales(cs_warehouse_sk)->warehouse(w_warehouse_sk)"])
        let warehouses = try Self.column(frame, schema, alias: "t1", "w_warehouse_id")
        #expect(Phrase.aggregate(warehouses) == "number of warehouses")
        #expect(Phrase.aggregateSQL(warehouses) == "COUNT(DISTINCT t1.w_warehouse_id)")
        // Other codes keep their distinct count.
        let orders = try Self.column(frame, schema, alias: "t0", "cs_order_number")
        #expect(Phrase.aggregate(orders).hasPrefix("number of distinct "))
        #expect(Phrase.list(aggregates: ["total net paid", "total net profit", "average list price"])
            == "total net paid, net profit and average list price")
    }

    /// Over a plan with three uses of every column: shares and running totals run over sums or
    /// row counts, and channel comparisons stack two facts, each aggregated on its own.
    @Test func figuresThatAddUpAndChannelsSideBySide() throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema, columnCoverage: 3)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        let vocabulary = SchemaVocabulary(schema: schema)
        var channels = 0
        for slot in plan.slots {
            guard let draft = generator.draft(slot: slot, category: "", attempt: 0, seed: GenerationFixture.seed, validator: validator) else { continue }
            if draft.shape == "complex.share_of_total" || draft.shape == "highly_complex.running_total" {
                #expect(!draft.sql.contains("(AVG(") && !draft.sql.contains("SUM(COUNT(DISTINCT"), "\(draft.sql)")
            }
            guard draft.shape == "highly_complex.channel_comparison" else { continue }
            channels += 1
            // Stacked (UNION ALL) or side by side (a CTE per channel).
            #expect(draft.sql.contains("\nUNION ALL\n") || draft.sql.contains("LEFT JOIN second_channel"), "\(draft.sql)")
            let result = validator.validate(draft.sql)
            #expect(result.verdict == .ok, "\(draft.sql): \(result.message ?? "")")
            let meaning = try #require(ExampleMeaning.measure(draft.sql, schema: schema))
            #expect(meaning.isClean, "\(draft.sql): \(meaning)")
            #expect(AnalyticIntent.of(draft.sql, meaning: meaning, schema: schema) == .channelComparison)
            let facts = Set(meaning.uses.map(\.column.table)).filter { schema.table(named: $0)?.kind == .fact }
            #expect(facts.count == 2, "\(draft.sql)")
            for fact in facts {
                #expect(vocabulary.entity(of: fact).plurals.contains(where: draft.question.contains), "\(draft.question)")
            }
        }
        // Channel comparisons are the family of the slots another channel's fact fits
        // (docs/analysis-families.md): few in a plan, each checked above.
        #expect(channels >= 1, "\(channels) channel comparisons")
    }
}

/// The faithfulness check accepts the year phrase the generator groups dates by.
@Suite struct DateGroupingWordingTests {
    @Test func aDateGroupedByYearGoesByThatYear() throws {
        let schema = try GenerationFixture.schema()
        let check = FaithfulnessCheck(schema: schema)
        let sql = "SELECT strftime('%Y', t0.i_rec_start_date) AS y, COUNT(*) AS total FROM item AS t0 GROUP BY strftime('%Y', t0.i_rec_start_date)"
        let requirements = check.requirements(of: sql)
        #expect(requirements.groups.count == 1)
        let label = SchemaVocabulary(schema: schema).label(of: ColumnRef(table: "item", column: "i_rec_start_date"))
        let year = try #require(English.yearPhrase(ofDate: label))
        #expect(check.problem(of: "Number of items by \(year).", requirements) == nil, "\(year)")
        #expect(check.problem(of: "Number of items.", requirements)?.failure == .grouping)
    }

    /// A short label's plural ("AM or PMs" of "AM or PM") still names the grouping.
    @Test func shortPluralsStillNameTheGrouping() throws {
        let schema = try GenerationFixture.schema()
        let check = FaithfulnessCheck(schema: schema)
        let requirements = check.requirements(of: """
            SELECT t1.t_am_pm, SUM(t0.ss_ext_list_price) AS total FROM store_sales AS t0 JOIN time_dim AS t1 ON t0.ss_sold_time_sk = t1.t_time_sk GROUP BY t1.t_am_pm ORDER BY total DESC LIMIT 3
            """)
        #expect(check.problem(of: "Top 3 sale time AM or PMs by total extended list price of store sales?", requirements) == nil)
    }

    // Sentence structures by what is asked (issue 22: varied wording).

    @Test func aCountOfOneThingAsksHowMany() {
        #expect(QuestionWriter.howManyForm(of: "number of store returns") == "How many store returns")
        #expect(QuestionWriter.howManyForm(of: "number of distinct ticket numbers") == "How many distinct ticket numbers")
        #expect(QuestionWriter.howManyForm(of: "number of store returns and their total net loss") == nil)
        #expect(QuestionWriter.howManyForm(of: "total net paid of store sales") == nil)
        let parts = QuestionParts(request: "number of store returns", plural: false, grouping: "by return month", period: "in 2001",
                                  conditions: ["store state TN"], connector: "with")
        let questions = (0..<40).map { index in
            var rng = SeededRandom(seed: 7, stream: "how-many|\(index)")
            return QuestionWriter.render(parts, style: "formal", rng: &rng)
        }
        #expect(questions.contains { $0.hasPrefix("How many store returns") && $0.hasSuffix("?") }, "\(questions)")
        #expect(questions.contains { !$0.contains("How many") })
        #expect(questions.allSatisfy { $0.contains("2001") && $0.contains("TN") && $0.contains("month") })
    }

    /// "count of" stands for the count's "number of", never for the "number of" of a label ("street
    /// number of store oughtable" is no "street count").
    @Test func countOfReplacesOnlyTheCount() {
        let parts = QuestionParts(request: "number of store sales and the street number of store oughtable", plural: false)
        let questions = (0..<40).map { index in
            var rng = SeededRandom(seed: 7, stream: "count-of|\(index)")
            return QuestionWriter.render(parts, style: "formal", rng: &rng)
        }
        #expect(questions.contains { $0.contains("count of store sales") }, "\(questions)")
        #expect(questions.allSatisfy { $0.contains("street number of store oughtable") }, "\(questions)")
    }

    /// A column's phrase joins its instance's role and its label; the calendar's date through an
    /// event date is that date ("return date", so grouped by its year "return year", never "year of date").
    @Test func rolesAndLabelsCombineIntoOnePhrase() {
        #expect(SlotFrame.combine(role: "return date", label: "date") == "return date")
        #expect(Phrase.grouping(FrameColumn(ref: ColumnRef(table: "date_dim", column: "d_date"), column: Column(name: "d_date", type: "date"),
                                            alias: "t1", useClass: .date, phrase: SlotFrame.combine(role: "return date", label: "date"))) == "return year")
        #expect(SlotFrame.combine(role: "sale date", label: "year") == "sale year")
        #expect(SlotFrame.combine(role: "store", label: "store name") == "store name")
        #expect(SlotFrame.combine(role: "item", label: "category") == "item category")
    }

    @Test("the conditions are introduced several ways: with, for, limited to, restricted to, only for, filtered to, a comma")
    func theConnectorOfTheConditionsIsSaidSeveralWays() {
        let parts = QuestionParts(request: "total net paid of store sales", plural: false, grouping: "by item category", period: "in 2001",
                                  conditions: ["store state TN"], connector: "with")
        var said: Set<String> = []
        for index in 0..<60 {
            var rng = SeededRandom(seed: 7, stream: "connector|\(index)")
            let question = QuestionWriter.render(parts, style: "formal", rng: &rng)
            #expect(question.contains("store state TN"), "\(question)")
            for connector in [" with ", " for ", " limited to ", " restricted to ", " only for ", " filtered to ", ", ", " considering only ", " just for "]
            where question.contains(connector + "store state TN") { said.insert(connector) }
        }
        #expect(said.count >= 8, "\(said)")
        // A recipe's own connector other than "with" stays as it is.
        var own = parts
        own.connector = "among those with"
        var rng = SeededRandom(seed: 7, stream: "connector")
        #expect(QuestionWriter.render(own, style: "formal", rng: &rng).contains("among those with store state TN"))
    }

    @Test("CASE bands are said several ways, one way per draft, and the question states the CASE's labels")
    func caseBandsAreSaidSeveralWays() throws {
        let schema = try GenerationFixture.schema()
        let semantic = SemanticModel(schema: schema)
        var said: Set<String> = []
        for index in 0..<40 {
            var frame = try QuestionWordingTests.frame(schema, anchor: "store_sales", edges: [], semantic: semantic)
            frame.chooseWords(vocabulary: SchemaVocabulary(schema: schema), seed: 7, stream: "bands|\(index)")
            let bands = ThresholdRecipes.bands(low: 10, high: 100, frame: frame)
            #expect(bands.count == 3 && bands[0].contains("10") && !bands[0].contains("100"), "\(bands)")
            #expect(bands[1].hasSuffix("100") && bands[2].hasSuffix(" 100"), "\(bands)")
            #expect(bands == ThresholdRecipes.bands(low: 10, high: 100, frame: frame))
            said.formUnion([bands[0], bands[2]])
        }
        #expect(said.isSuperset(of: ["up to 10", "at most 10", "10 or less", "over 100", "above 100", "more than 100"]), "\(said)")
        let planned = PlannedFamilyTests.Planned(family: .caseBuckets, anchor: "store_sales", tables: ["store_sales"], edges: [],
                                                 targets: [SlotTarget(column: ColumnRef(table: "store_sales", column: "ss_net_paid"), use: .aggregate)])
        // The drafts state every literal of their SQL, the band labels among them (checked in `drafts`).
        let drafts = try PlannedFamilyTests.drafts(planned, count: 8).filter { $0.sql.contains("CASE WHEN") }
        #expect(drafts.count >= 4, "\(drafts.map(\.sql))")
    }

    @Test("each style opens its requests in many ways")
    func eachStyleHasManyFrames() {
        let parts = QuestionParts(request: "total net paid of store sales", plural: false)
        let least = ["formal": 7, "colloquial": 10, "imperative": 9, "descriptive": 8, "analytical": 10]
        for (style, minimum) in least.sorted(by: { $0.key < $1.key }) {
            var openings: Set<String> = []
            for index in 0..<200 {
                var rng = SeededRandom(seed: 7, stream: "frames|\(style)|\(index)")
                let question = QuestionWriter.render(parts, style: style, rng: &rng)
                #expect(question.lowercased().contains("net paid of store sales"), "\(question)")
                openings.insert(question.split(separator: " ").prefix(2).joined(separator: " "))
            }
            #expect(openings.count >= minimum, "\(style): \(openings.sorted())")
        }
    }

    @Test("the facts' preposition and the period's are said several ways")
    func prepositionsOfTheFactsAndThePeriodVary() throws {
        let planned = PlannedFamilyTests.Planned(family: .totalByGroup, anchor: "store_sales", tables: ["item", "store_sales"],
                                                 edges: ["store_sales(ss_item_sk)->item(i_item_sk)"],
                                                 targets: [SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)])
        let questions = try PlannedFamilyTests.drafts(planned, count: 40).map { $0.question.lowercased() }
        let facts = ["store sales", "in-store sales", "sales in stores", "store purchases"]
        #expect(questions.contains { question in facts.contains { question.contains("from \($0)") || question.contains("across \($0)") } },
                "\(questions)")
        #expect(questions.contains { $0.contains("throughout ") || $0.contains("within ") }, "\(questions)")
    }

    @Test("a ranking says its top several ways: highest, largest, biggest, greatest")
    func rankingsSayTheirTopSeveralWays() {
        #expect(QuestionWriter.whichForm(of: "top 5 stores by total net paid", superlative: "biggest") == "Which 5 stores had the biggest total net paid")
        #expect(QuestionWriter.countFirst("top 5 stores by number of sales", superlative: "greatest") == "5 stores with the greatest number of sales")
        #expect(QuestionWriter.countFirst("top 5 stores by number of sales") == "5 stores with the largest number of sales")
        let parts = QuestionParts(request: "top 5 stores by total net paid", plural: true)
        var said: Set<String> = []
        for index in 0..<120 {
            var rng = SeededRandom(seed: 7, stream: "superlative|\(index)")
            let question = QuestionWriter.render(parts, style: "formal", rng: &rng)
            for word in ["highest", "largest", "biggest", "greatest"] where question.contains("the \(word) total net paid") { said.insert(word) }
        }
        #expect(said.count == 4, "\(said)")
    }

    @Test("a sum says total once: no 'total total amount paid', no 'total catalog sales total net paid'")
    func aSumSaysTotalOnce() throws {
        for family in [AnalysisFamily.caseBuckets, .havingThreshold] {
            let planned = PlannedFamilyTests.Planned(family: family, anchor: "catalog_sales", tables: ["catalog_sales", "item"],
                                                     edges: ["catalog_sales(cs_item_sk)->item(i_item_sk)"],
                                                     targets: [SlotTarget(column: ColumnRef(table: "catalog_sales", column: "cs_net_paid_inc_ship_tax"), use: .aggregate),
                                                               SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)])
            let drafts = try PlannedFamilyTests.drafts(planned, count: 24)
            #expect(drafts.count >= 12)
            for draft in drafts {
                let question = draft.question.lowercased()
                #expect(!question.contains("total total"), "\(draft.question)")
                #expect(question.range(of: #"total [a-z -]*(sales|orders|purchases) total"#, options: .regularExpression) == nil, "\(draft.question)")
            }
        }
    }

    @Test("a peer comparison says how far above its peers' average several ways")
    func peerComparisonsAreSaidSeveralWays() throws {
        let drafts = try PlannedFamilyTests.drafts(PlannedFamilyTests.cases[1], count: 16).filter { $0.intent.rawValue == "peer_comparison" }
        let forms = [" exceeds ", " is more than ", " is over ", " tops "].filter { form in drafts.contains { $0.question.contains(form) } }
        #expect(forms.count >= 3, "\(drafts.map(\.question))")
    }

    @Test func aConciseRequestMayPutItsPeriodLastAsAKeyword() {
        let parts = QuestionParts(request: "total net profit of store sales", plural: false, grouping: "by store", period: "in Q4 2001")
        let questions = (0..<40).map { index in
            var rng = SeededRandom(seed: 7, stream: "keywords|\(index)")
            return QuestionWriter.render(parts, style: "concise", rng: &rng)
        }
        #expect(questions.contains { $0.hasSuffix(", Q4 2001") || $0.hasSuffix(", Q4 2001.") }, "\(questions)")
        #expect(questions.allSatisfy { $0.contains("Q4 2001") && $0.lowercased().contains("net profit of store sales") })
    }

    @Test func aGroupingMayComeFirst() {
        let parts = QuestionParts(request: "total net profit of store sales", plural: false, grouping: "by store state")
        let questions = (0..<60).map { index in
            var rng = SeededRandom(seed: 7, stream: "group-first|\(index)")
            return QuestionWriter.render(parts, style: "imperative", rng: &rng)
        }
        #expect(questions.contains { ["For each store state, ", "Per store state, ", "By store state, "].contains(where: $0.hasPrefix) }, "\(questions)")
    }

    @Test func thresholdsAndLimitsAreSaidSeveralWays() {
        var said: Set<String> = []
        for index in 0..<40 {
            var rng = SeededRandom(seed: 7, stream: "threshold|\(index)")
            said.insert(QuestionWriter.thresholds(in: "stores with total net paid of at least 1,500.25 and quantity at least 3, top 5", rng: &rng))
        }
        #expect(said == ["stores with total net paid of at least 1,500.25 and quantity at least 3, top 5",
                         "stores with total net paid of no less than 1,500.25 and quantity no less than 3, top 5",
                         "stores with total net paid of not less than 1,500.25 and quantity not less than 3, top 5",
                         "stores with total net paid of 1,500.25 or more and quantity of 3 or more, top 5",
                         "stores with total net paid of 1,500.25 or higher and quantity of 3 or higher, top 5",
                         "stores with total net paid of 1,500.25 and above and quantity of 3 and above, top 5"])
        var rng = SeededRandom(seed: 1, stream: "threshold")
        for _ in 0..<8 {
            let text = QuestionWriter.thresholds(in: "stores whose total net paid reached at least 500", rng: &rng)
            #expect(["stores whose total net paid reached at least 500", "stores whose total net paid reached no less than 500",
                     "stores whose total net paid reached not less than 500", "stores whose total net paid reached 500 or more",
                     "stores whose total net paid reached 500 or higher",
                     "stores whose total net paid reached 500 and above"].contains(text), "\(text)")
        }
        var limits: Set<String> = []
        for index in 0..<40 {
            var random = SeededRandom(seed: 7, stream: "limit|\(index)")
            limits.insert(QuestionWriter.limit(said: "top 10", rng: &random))
        }
        #expect(limits == ["top 10", "top 10 only", "just the top 10", "the leading 10"])
        var other = SeededRandom(seed: 7, stream: "limit")
        #expect(QuestionWriter.limit(said: "top 10 by 2002", rng: &other) == "top 10 by 2002")
    }

    @Test func noRedundantOrBrokenWords() throws {
        // "I" stays capital after a period in front; a grouping of several words is pluralised at its head.
        #expect(English.lowerFirst("I need a report of the total.") == "I need a report of the total.")
        #expect(English.lowerFirst("I'd like the total.") == "I'd like the total.")
        #expect(English.plural("return day of week") == "return days of week")
        // A count of the facts alone names them once.
        let schema = try GenerationFixture.schema()
        var frame = try QuestionWordingTests.frame(schema, anchor: "store_sales", edges: [])
        frame.anchorPlural = "store sales"
        #expect(GroupedAggregate.figures(["number of store sales"], of: frame) == "number of store sales")
        #expect(GroupedAggregate.figures(["number of store sales", "total net paid"], of: frame) == "number of store sales and total net paid of store sales")
        // The facts in front of their figure when that reads: "store sales total net paid".
        frame.amountOf = ""
        #expect(frame.subject(of: "total net paid") == "store sales total net paid")
        #expect(frame.subject(of: "total sales tax") == "total sales tax of store sales")
        frame.anchorPlural = "sales in stores"
        #expect(frame.subject(of: "total net paid") == "total net paid of sales in stores")
    }

    @Test func oneQuestionNamesAColumnOneWayThroughout() throws {
        let schema = try GenerationFixture.schema()
        let semantic = SemanticModel(schema: schema)
        var names: Set<String> = []
        for index in 0..<30 {
            var frame = try QuestionWordingTests.frame(schema, anchor: "store_sales", edges: [], semantic: semantic)
            frame.chooseWords(vocabulary: SchemaVocabulary(schema: schema), seed: 7, stream: "words|\(index)")
            let first = try QuestionWordingTests.column(frame, schema, alias: "t0", "ss_net_paid")
            let again = try QuestionWordingTests.column(frame, schema, alias: "t0", "ss_net_paid")
            #expect(first.phrase == again.phrase)
            names.insert(first.phrase)
        }
        #expect(names == ["net paid", "amount paid", "net payments", "payments received"])
    }
}
