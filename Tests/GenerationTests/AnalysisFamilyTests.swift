import Foundation
import Model
import Testing
@testable import Generation
import Validation

/// The offline generator asks what analysts ask (issue 22): many analysis families, fact
/// questions in a stated period, details never grouped, stock levels at one date, flags in words.
@Suite struct AnalysisFamilyTests {
    /// Drafts of a TPC-DS plan with two uses of every column that validate with rows, with their
    /// measured intent and meaning.
    struct Measured {
        var sql: String
        var question: String
        var intent: AnalyticIntent
        var meaning: ExampleMeaning
    }

    static func measured() throws -> (schema: Schema, drafts: [Measured], plan: Plan) {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let plan = try GenerationFixture.plan(schema: schema, columnCoverage: 2)
        let generator = OfflineGenerator(schema: schema, styles: GenerationFixture.styles)
        var drafts: [Measured] = []
        for slot in plan.slots {
            for attempt in 0..<3 {
                guard let draft = generator.draft(slot: slot, category: "", attempt: attempt, seed: GenerationFixture.seed,
                                                  validator: validator) else { continue }
                guard validator.validate(draft.sql).verdict == .ok, let meaning = ExampleMeaning.measure(draft.sql, schema: schema) else { continue }
                drafts.append(Measured(sql: draft.sql, question: draft.question,
                                       intent: AnalyticIntent.of(draft.sql, meaning: meaning, schema: schema), meaning: meaning))
                break
            }
        }
        return (schema, drafts, plan)
    }

    @Test func plansAndDraftsCoverTheFamiliesWithPeriodsAndMeaning() throws {
        let (schema, drafts, plan) = try Self.measured()
        let semantic = SemanticModel(schema: schema)
        // Every slot has a family of its own level.
        #expect(plan.slots.allSatisfy { $0.family?.level == $0.complexity })
        #expect(Set(plan.slots.compactMap(\.family)).count >= 16, "\(Set(plan.slots.compactMap(\.family)).map(\.rawValue).sorted())")
        // At least 16 families measured from the SQL.
        let intents = Dictionary(grouping: drafts, by: \.intent).mapValues(\.count)
        #expect(intents.count >= 16, "\(intents.map { "\($0.key.rawValue) \($0.value)" }.sorted())")
        // Every draft is clean, and no draft groups by a descriptive detail or a record date.
        #expect(drafts.allSatisfy { $0.meaning.isClean }, "\(drafts.filter { !$0.meaning.isClean }.map(\.sql).prefix(2))")
        let groupedDetails = drafts.filter { draft in
            draft.meaning.uses.contains { $0.clause == "group" && [.detail, .recordDate].contains(semantic.role(of: $0.column)) }
        }
        #expect(groupedDetails.isEmpty, "\(groupedDetails.map(\.sql).prefix(2))")
        // At least 60% of fact questions restricted to a period of their event date.
        let facts = drafts.filter { draft in draft.meaning.uses.contains { schema.table(named: $0.column.table)?.kind == .fact } }
        let calendar = try #require(semantic.calendarTable)
        let periods = facts.filter { draft in
            draft.meaning.uses.contains { $0.clause == "filter" && $0.column.table == calendar
                && [.year, .date].contains(semantic.semantics(of: $0.column).grain) }
        }
        #expect(Double(periods.count) >= 0.6 * Double(facts.count), "\(periods.count) of \(facts.count)")
    }

    @Test func stockLevelsAreReadAtOneDateAndFlagsInWords() throws {
        let (schema, drafts, _) = try Self.measured()
        let semantic = SemanticModel(schema: schema)
        let snapshot = try #require(schema.tables.first { semantic.table($0.name).snapshot == true })
        let stock = drafts.filter { $0.sql.contains("FROM \(snapshot.name) AS") && $0.sql.contains("SUM(") }
        for draft in stock {
            // Summed stock is restricted to one date of the calendar.
            #expect(draft.sql.range(of: #"\.d_date = '\d{4}-\d{2}-\d{2}'"#, options: .regularExpression) != nil, "\(draft.sql)")
        }
        // A Y/N flag with phrases is said in them, never as "Y" or "N".
        let phrased = drafts.filter { draft in
            draft.meaning.uses.contains { $0.clause == "filter" && semantic.semantics(of: $0.column).truePhrase != nil }
        }
        #expect(!phrased.isEmpty)
        for draft in phrased {
            #expect(draft.question.range(of: #"\b[YN]\b"#, options: .regularExpression) == nil, "\(draft.question)")
        }
    }

    /// A top N or a LIMIT keeps fewer rows than the groups can have: the quarters of one year are
    /// four, so "top 10 quarters of 2001" or "top 5 quarter names in 1999" limit nothing.
    @Test func limitsKeepFewerRowsThanTheGroupsOfAPeriod() throws {
        let (_, drafts, _) = try Self.measured()
        let limitless = drafts.filter { draft in
            let sql = draft.sql.replacingOccurrences(of: "\n", with: " ")
            guard let group = sql.firstMatch(of: #/GROUP BY (t\d+)\.d_(qoy|quarter_name)(?: |$)/#),
                  let limit = sql.firstMatch(of: #/LIMIT (\d+)$/#), let rows = Int(limit.1) else { return false }
            return rows >= 4 && (sql.contains("\(group.1).d_year = ") || sql.contains("\(group.1).d_date BETWEEN"))
        }
        #expect(limitless.isEmpty, "\(limitless.map(\.question).prefix(3))")
    }

    /// Nobody lists the distinct education levels or week sequences of catalog returns: a fact's
    /// rows cut by categories or calendar parts are counted by them ("number of catalog returns by
    /// education level"), unless a code of the fact picks the rows ("the warehouses of order 37").
    @Test(arguments: [
        PlannedFamilyTests.Planned(family: .lookup, anchor: "catalog_returns", tables: ["catalog_returns", "customer_demographics"],
                                   edges: ["catalog_returns(cr_refunded_cdemo_sk)->customer_demographics(cd_demo_sk)"],
                                   targets: [SlotTarget(column: ColumnRef(table: "customer_demographics", column: "cd_education_status"), use: .show)]),
        PlannedFamilyTests.Planned(family: .lookup, anchor: "catalog_returns", tables: ["catalog_returns", "date_dim"],
                                   edges: ["catalog_returns(cr_returned_date_sk)->date_dim(d_date_sk)"],
                                   targets: [SlotTarget(column: ColumnRef(table: "date_dim", column: "d_week_seq"), use: .show)]),
    ])
    func factRowsAreCountedByCategoriesNotListedByThem(planned: PlannedFamilyTests.Planned) throws {
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 4)
        for draft in drafts {
            #expect(!draft.sql.hasPrefix("SELECT DISTINCT") && draft.sql.contains("COUNT(*)"), "\(draft.question)\n\(draft.sql)")
            #expect(draft.question.lowercased().firstMatch(of: #/number of|how many|count of/#) != nil, "\(draft.question)")
        }
    }

    /// A detail of the entity a fact's rows reach is shown beside the entity's name ("the names
    /// and managers of call centers of catalog sales ..."), never as a bare list of managers.
    @Test func detailsReachedThroughAFactAreShownWithTheirEntity() throws {
        let planned = Self.joined(.lookup, "catalog_sales", along: "catalog_sales(cs_call_center_sk)->call_center(cc_call_center_sk)",
                                  [("call_center.cc_manager", .show)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts where draft.sql.contains("cc_manager") && draft.sql.hasPrefix("SELECT DISTINCT") {
            #expect(draft.sql.firstMatch(of: #/^SELECT DISTINCT t\d+\.cc_name, t\d+\.cc_manager/#) != nil, "\(draft.question)\n\(draft.sql)")
        }
    }

    /// The same in a top N of a fact's rows: "the 5 catalog sales with the highest list price, with
    /// their warehouses' names and ZIP codes", never bare street types.
    @Test func detailsBesideTopRowsAreShownWithTheirEntity() throws {
        let planned = Self.joined(.topN, "catalog_sales", along: "catalog_sales(cs_warehouse_sk)->warehouse(w_warehouse_sk)",
                                  [("warehouse.w_street_type", .show), ("catalog_sales.cs_ext_list_price", .show)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts where draft.sql.contains("w_street_type") {
            #expect(draft.sql.firstMatch(of: #/^SELECT t\d+\.w_warehouse_name, t\d+\.w_street_type/#) != nil, "\(draft.question)\n\(draft.sql)")
        }
    }

    /// The rows of a fact are ranked by an amount of their own: a web page's image count is shown
    /// beside its page, never the key of "the 5 web orders with the highest web page images".
    @Test func factRowsAreRankedByTheirOwnAmounts() throws {
        let planned = Self.joined(.topN, "web_sales", along: "web_sales(ws_web_page_sk)->web_page(wp_web_page_sk)",
                                  [("web_page.wp_image_count", .show)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts {
            let rankedByPage = draft.sql.range(of: "ORDER BY t1.wp_image_count") != nil
            #expect(!rankedByPage, "\(draft.question)\n\(draft.sql)")
        }
    }

    /// Store sales by item category, with a filter target on a column of the sold date's calendar.
    static func salesByCategory(filteredBy column: String) -> PlannedFamilyTests.Planned {
        PlannedFamilyTests.Planned(
            family: .totalByGroup, anchor: "store_sales", tables: ["date_dim", "item", "store_sales"],
            edges: ["store_sales(ss_item_sk)->item(i_item_sk)", "store_sales(ss_sold_date_sk)->date_dim(d_date_sk)"],
            targets: [SlotTarget(column: ColumnRef(table: "date_dim", column: column), use: .filter),
                      SlotTarget(column: ColumnRef(table: "item", column: "i_category"), use: .group)])
    }

    /// `family` on `anchor` joined along `edge` ("child(fk)->parent(pk)") to one dimension, with
    /// `targets` ("table.column" and its use).
    static func joined(_ family: AnalysisFamily, _ anchor: String, along edge: String,
                       _ targets: [(String, IntendedUse)]) -> PlannedFamilyTests.Planned {
        let dimension = String(edge.split(separator: ">")[1].prefix { $0 != "(" })
        return PlannedFamilyTests.Planned(
            family: family, anchor: anchor, tables: [anchor, dimension].sorted(), edges: [edge],
            targets: targets.map { name, use in
                let parts = name.split(separator: ".").map(String.init)
                return SlotTarget(column: ColumnRef(table: parts[0], column: parts[1]), use: use)
            })
    }

    /// A calendar filter beside the period holds values of that period: "in 2002 with quarter
    /// name 2002Q3 or 2002Q1", never "2002Q3 or 1998Q3" (a value the period rules out).
    @Test func calendarFiltersHoldValuesOfThePeriod() throws {
        let planned = Self.salesByCategory(filteredBy: "d_quarter_name")
        let drafts = try PlannedFamilyTests.drafts(planned, count: 12)
        let pairs = drafts.compactMap { draft -> (year: Substring, quarters: [Substring])? in
            guard let year = (draft.sql.firstMatch(of: #/d_year = (\d{4})/#) ?? draft.sql.firstMatch(of: #/d_date BETWEEN '(\d{4})/#))?.1,
                  let list = draft.sql.firstMatch(of: #/d_quarter_name IN \(([^)]*)\)/#)?.1 else { return nil }
            return (year, list.matches(of: #/'(\d{4})Q\d'/#).map(\.1))
        }
        #expect(!pairs.isEmpty)
        for pair in pairs { #expect(pair.quarters.allSatisfy { $0 == pair.year }, "\(pair)") }
    }

    /// A sale joined to its returns is said by what it was, not by one ticket: totals of returns
    /// are never restricted to "sale ticket number 186" (a code picks one row, not a cut).
    @Test func joinedFactsAreNotFilteredByOneCode() throws {
        let planned = PlannedFamilyTests.Planned(
            family: .movingAverage, anchor: "store_returns", tables: ["customer", "store_returns", "store_sales"],
            edges: ["store_returns(sr_item_sk,sr_ticket_number)->store_sales(ss_item_sk,ss_ticket_number)",
                    "store_sales(ss_customer_sk)->customer(c_customer_sk)"],
            targets: [SlotTarget(column: ColumnRef(table: "customer", column: "c_salutation"), use: .filter)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts {
            #expect(draft.sql.firstMatch(of: #/t\d+\.ss_ticket_number = \d+/#) == nil, "\(draft.question)\n\(draft.sql)")
        }
    }

    /// A calendar flag that holds for every day of the period ("outside the current year" in
    /// 1999) restricts nothing beside it: the flag is the question's time restriction alone.
    @Test func calendarFlagsAreNotRedundantWithThePeriod() throws {
        let planned = Self.salesByCategory(filteredBy: "d_current_year")
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts where draft.sql.contains("d_current_year = 'N'") {
            #expect(draft.sql.firstMatch(of: #/d_year = \d|d_date BETWEEN/#) == nil, "\(draft.question)\n\(draft.sql)")
        }
    }

    /// The parts of the day a clock's hour decides (AM or PM, shift, part of day, meal time) are the
    /// time-of-day window themselves: "return fees by AM or PM in the morning hours 8 to 11" has one
    /// group, "afternoon returns in the afternoon hours 15 to 18" says its window twice.
    @Test(arguments: [("t_am_pm", IntendedUse.group), ("t_sub_shift", .filter), ("t_meal_time", .group)])
    func partsOfTheDayAreTheTimeOfDayWindow(column: String, use: IntendedUse) throws {
        let planned = Self.joined(.timeOfDay, "web_returns", along: "web_returns(wr_returned_time_sk)->time_dim(t_time_sk)", [("time_dim.\(column)", use)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts where draft.sql.contains(column) {
            #expect(!draft.sql.contains("t_hour BETWEEN"), "\(draft.question)\n\(draft.sql)")
            #expect(draft.intent == .timeOfDay, "\(draft.sql)")
        }
    }

    /// A running total runs over the periods of the facts' events: a calendar reached through an
    /// entity's own date (the call center's opening year) is no period of catalog sales.
    @Test func runningTotalsRunOverTheFactsPeriods() throws {
        let planned = PlannedFamilyTests.Planned(
            family: .runningTotal, anchor: "catalog_sales", tables: ["call_center", "catalog_sales", "date_dim"],
            edges: ["catalog_sales(cs_call_center_sk)->call_center(cc_call_center_sk)", "call_center(cc_open_date_sk)->date_dim(d_date_sk)"],
            targets: [SlotTarget(column: ColumnRef(table: "date_dim", column: "d_year"), use: .group)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 6)
        #expect(drafts.count >= 3)
        for draft in drafts {
            let sql = draft.sql.replacingOccurrences(of: "\n", with: " ")
            guard let calendar = sql.firstMatch(of: #/JOIN date_dim AS (t\d+) ON t\d+\.cc_open_date_sk/#) else { continue }
            #expect(!sql.contains("GROUP BY \(calendar.1)."), "\(draft.question)\n\(draft.sql)")
        }
    }

    /// A threshold keeps some rows out: "household vehicles at least -1" at the smallest value of
    /// the column keeps them all, so no filter is drawn at a column's minimum.
    @Test func thresholdsAreNeverAtTheColumnsMinimum() throws {
        let planned = Self.joined(.totalByGroup, "catalog_returns", along: "catalog_returns(cr_refunded_hdemo_sk)->household_demographics(hd_demo_sk)",
                                  [("household_demographics.hd_vehicle_count", .filter)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 12)
        #expect(drafts.count >= 6)
        for draft in drafts {
            let atMinimum = draft.sql.range(of: "hd_vehicle_count >= -1") != nil
            #expect(!atMinimum, "\(draft.question)\n\(draft.sql)")
        }
    }

    /// A number of a dimension with a few values (a GMT offset: a time zone) is filtered by one of
    /// them, as TPC-DS q33 writes `ca_gmt_offset = -5`, never by a threshold ("GMT offset at least -6").
    @Test func fewValuedDetailNumbersFilterByEquality() throws {
        let planned = Self.joined(.totalByGroup, "catalog_sales", along: "catalog_sales(cs_warehouse_sk)->warehouse(w_warehouse_sk)",
                                  [("warehouse.w_gmt_offset", .filter)])
        let drafts = try PlannedFamilyTests.drafts(planned, count: 8)
        #expect(drafts.count >= 4)
        for draft in drafts where draft.sql.contains("w_gmt_offset") {
            let threshold = draft.sql.range(of: "w_gmt_offset >") != nil
            #expect(!threshold, "\(draft.question)\n\(draft.sql)")
        }
    }

    @Test func periodsAreStatedAsAnalystsWriteThem() {
        #expect(PeriodChoice.shifted((2000, 12, 20), days: 30)! == (2001, 1, 19))
        #expect(PeriodChoice.spoken((2000, 8, 3)) == "August 3, 2000")
        #expect(LiteralCheck.unstated(sql: "SELECT 1 FROM d WHERE d.d_year = 2001 AND d.d_moy = 11", question: "in November 2001").isEmpty)
        #expect(LiteralCheck.unstated(sql: "SELECT 1 FROM d WHERE d.d_weekend = 'Y'", question: "on weekends").isEmpty)
        #expect(ThresholdRecipes.nice(437) == 200 && ThresholdRecipes.nice(5200) == 5000 && ThresholdRecipes.nice(0.5) == 0)
    }
}

/// The activity families on a lone dimension: entities with their activity, those with none
/// included (outer join), and entities active in two channels or in one but not the other.
@Suite struct ActivityFamilyTests {
    @Test(arguments: [(ComplexityLevel.complex, AnalysisFamily.outerJoin), (.highlyComplex, .crossChannel)])
    func aLoneDimensionAsksItsActivity(level: ComplexityLevel, family: AnalysisFamily) throws {
        let schema = try GenerationFixture.schema()
        let (validator, connection) = try GenerationFixture.validator(schema: schema)
        defer { withExtendedLifetime(connection) {} }
        let generator = OfflineGenerator(schema: schema, styles: ["formal"])
        let semantic = SemanticModel(schema: schema)
        let shape = AnalysisFamily.SlotShape(anchor: "customer", tables: ["customer"], joinEdges: [])
        #expect(family.fits(shape, schema: schema, semantic: semantic))
        var seen: Set<AnalyticIntent> = []
        for index in 0..<12 {
            let slot = Slot(id: "b0001-s\(index)", complexity: level, anchor: "customer", tables: ["customer"], targets: [],
                            joinEdges: [], family: family)
            guard let draft = generator.draft(slot: slot, category: "customers", attempt: 0, seed: UInt64(index), validator: validator),
                  validator.validate(draft.sql).verdict == .ok,
                  let meaning = ExampleMeaning.measure(draft.sql, schema: schema) else { continue }
            #expect(meaning.isClean, "\(draft.sql)")
            #expect(LiteralCheck.unstated(sql: draft.sql, question: draft.question).isEmpty, "\(draft.question)")
            seen.insert(AnalyticIntent.of(draft.sql, meaning: meaning, schema: schema))
        }
        #expect(seen.contains(family == .outerJoin ? .outerJoin : .crossChannel), "\(seen)")
    }
}
