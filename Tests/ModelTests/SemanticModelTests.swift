import Foundation
import Model
import Testing
import TestSupport

/// The TPC-DS semantic model written by hand, and `schema check`'s semantic-model checks.
@Suite struct SemanticModelTests {
    private func tpcds() throws -> Schema { try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema }

    private func ref(_ table: String, _ column: String) -> ColumnRef { ColumnRef(table: table, column: column) }

    @Test func tpcdsDetailsAreNeverDimensions() throws {
        let model = SemanticModel(schema: try tpcds())
        for column in ["ca_street_number", "ca_street_name", "ca_street_type", "ca_suite_number", "ca_zip", "ca_gmt_offset"] {
            #expect(model.role(of: ref("customer_address", column)) == .detail, "\(column)")
        }
        for (table, column) in [("customer", "c_first_name"), ("customer", "c_email_address"), ("web_page", "wp_url"),
                                ("store", "s_manager"), ("store", "s_floor_space"), ("call_center", "cc_employees"),
                                ("store", "s_tax_precentage"), ("customer", "c_birth_year")] {
            #expect(model.role(of: ref(table, column)) == .detail, "\(table).\(column)")
        }
        for (table, column) in [("item", "i_category"), ("item", "i_brand"), ("customer_address", "ca_state"),
                                ("household_demographics", "hd_buy_potential"), ("customer_demographics", "cd_education_status"),
                                ("ship_mode", "sm_carrier"), ("reason", "r_reason_desc")] {
            #expect(model.role(of: ref(table, column)) == .dimension, "\(table).\(column)")
        }
        #expect(ColumnUseClass(semantics: model.semantics(of: ref("customer_address", "ca_street_number")),
                               column: Column(name: "ca_street_number", type: "char(10)")) == .text)
        // Codes of the groups an entity belongs to (its market, division, company, manager, catalog)
        // cut and filter metrics ("sales by store market", TPC-DS q55's `i_manager_id = 28`); nobody
        // counts the distinct division IDs of store returns.
        for (table, column) in [("store", "s_market_id"), ("store", "s_division_id"), ("store", "s_company_id"),
                                ("call_center", "cc_mkt_id"), ("call_center", "cc_division"), ("call_center", "cc_company"),
                                ("web_site", "web_mkt_id"), ("web_site", "web_company_id"), ("item", "i_manager_id"),
                                ("catalog_page", "cp_catalog_number")] {
            #expect(model.role(of: ref(table, column)) == .dimension, "\(table).\(column)")
        }
    }

    @Test func tpcdsFlagsHaveTheirPhrases() throws {
        let schema = try tpcds()
        let model = SemanticModel(schema: schema)
        let weekend = model.semantics(of: ref("date_dim", "d_weekend"))
        #expect(weekend.role == .flag)
        #expect(weekend.truePhrase == "on weekends")
        #expect(weekend.falsePhrase == "on weekdays")
        #expect(model.semantics(of: ref("customer", "c_preferred_cust_flag")).truePhrase == "preferred customers")
        #expect(model.semantics(of: ref("promotion", "p_channel_email")).truePhrase == "promotions advertised by e-mail")
        let flags = schema.tables.flatMap { table in model.columns(of: table, role: .flag).map { ref(table.name, $0.name) } }
        #expect(flags.count == 19)
        for flag in flags {
            #expect(model.semantics(of: flag).truePhrase != nil && model.semantics(of: flag).falsePhrase != nil, "\(flag)")
        }
    }

    @Test func tpcdsMeasuresAggregateAsAnalystsDo() throws {
        let model = SemanticModel(schema: try tpcds())
        let onHand = model.semantics(of: ref("inventory", "inv_quantity_on_hand"))
        #expect(onHand.role == .measure)
        #expect(onHand.aggregation == .sum)
        #expect(onHand.nonAdditiveDimension == "time")
        #expect(onHand.unit == .quantity)
        #expect(model.table("inventory").snapshot == true)
        for column in ["ss_sales_price", "ss_list_price", "ss_wholesale_cost"] {
            #expect(model.semantics(of: ref("store_sales", column)).aggregation == .average, "\(column)")
            #expect(model.semantics(of: ref("store_sales", column)).unit == .money, "\(column)")
        }
        #expect(model.semantics(of: ref("store_sales", "ss_ext_sales_price")).aggregation == .sum)
        #expect(model.semantics(of: ref("store_sales", "ss_quantity")).unit == .quantity)
    }

    @Test func tpcdsEventTimesCalendarAndVersions() throws {
        let schema = try tpcds()
        let model = SemanticModel(schema: schema)
        let events = [("store_sales", "ss_sold_date_sk", "ss_sold_time_sk"), ("store_returns", "sr_returned_date_sk", "sr_return_time_sk"),
                      ("catalog_sales", "cs_sold_date_sk", "cs_sold_time_sk"), ("catalog_returns", "cr_returned_date_sk", "cr_returned_time_sk"),
                      ("web_sales", "ws_sold_date_sk", "ws_sold_time_sk"), ("web_returns", "wr_returned_date_sk", "wr_returned_time_sk")]
        for (table, date, time) in events {
            #expect(model.table(table).eventDate == date)
            #expect(model.table(table).eventTime == time)
            #expect(model.eventDateKey(of: table, in: schema)?.parentTable == "date_dim")
        }
        #expect(model.table("inventory").eventDate == "inv_date_sk")
        #expect(model.calendarTable == "date_dim")
        #expect(model.clockTable == "time_dim")
        #expect(model.table("item").versionedBy == ["i_rec_start_date", "i_rec_end_date"])
        #expect(model.table("item").businessKey == "i_item_id")
        #expect(model.role(of: ref("item", "i_rec_start_date")) == .recordDate)
        #expect(model.semantics(of: ref("date_dim", "d_fy_week_seq")).grain == .fiscalWeek)
        #expect(model.semantics(of: ref("date_dim", "d_moy")).grain == .month)
        #expect(model.semantics(of: ref("time_dim", "t_meal_time")).grain == .mealTime)
    }

    @Test func tpcdsMetricsFollowTheWorkload() throws {
        let schema = try tpcds()
        let model = SemanticModel(schema: schema)
        #expect(model.provenance.metricsGiven == 37)
        let kinds = Set(model.metrics.map(\.kind))
        #expect(kinds == Set(Metric.Kind.allCases))
        let returnRate = try #require(model.metrics.first { $0.name == "store_returns_return_rate" })
        #expect(returnRate.denominatorTable == "store_sales")
        #expect(returnRate.denominator == "ss_quantity")
        #expect(model.provenance.columnsGiven + model.provenance.columnsPartly + model.provenance.columnsDerived == 425)
    }

    // MARK: Checks

    /// The TPC-DS file with `edit` applied to its text, loaded: the diagnostics.
    private func diagnostics(editing edit: (String) -> String) throws -> [Diagnostic] {
        let text = edit(try String(contentsOfFile: Fixtures.tpcdsSchema, encoding: .utf8))
        do {
            return try SchemaLoader.load(bytes: Array(text.utf8), source: "edited").warnings
        } catch {
            return error.diagnostics
        }
    }

    @Test func anEventDateThatIsNotACalendarKeyIsAnError() throws {
        let diagnostics = try diagnostics { $0.replacingOccurrences(of: #""event_date": "ss_sold_date_sk""#, with: #""event_date": "ss_customer_sk""#) }
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.path.hasSuffix(".semantic.event_date"))
        #expect(error.message.contains("references customer, which is not a calendar table"))
        let unknown = try self.diagnostics { $0.replacingOccurrences(of: #""event_date": "inv_date_sk""#, with: #""event_date": "inv_day""#) }
        #expect(unknown.contains { $0.severity == .error && $0.message == "unknown column \"inv_day\" in table \"inventory\"" })
        let measure = try self.diagnostics { $0.replacingOccurrences(of: #""event_date": "ss_sold_date_sk""#, with: #""event_date": "ss_quantity""#) }
        #expect(measure.contains { $0.severity == .error && $0.message.contains("is not a foreign key to a calendar table") })
    }

    @Test func aMetricOverUnknownColumnsOrANonMeasureIsAnError() throws {
        let diagnostics = try diagnostics {
            $0.replacingOccurrences(of: #""numerator": "inv_quantity_on_hand""#, with: #""numerator": "inv_item_sk""#)
                .replacingOccurrences(of: #""denominator": "ss_quantity", "denominator_table": "store_sales""#,
                                      with: #""denominator": "ss_quantity", "denominator_table": "store_sale""#)
        }
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.path == "$.metrics[36].numerator" && $0.message.contains("inventory.inv_item_sk is a key") })
        #expect(errors.contains { $0.path.hasSuffix(".denominator_table") && $0.message == "unknown table \"store_sale\"" })
    }

    @Test func flagsWithoutPhrasesAreOneGroupedWarning() throws {
        let diagnostics = try diagnostics {
            $0.replacingOccurrences(of: #", "true_phrase": "on weekends", "false_phrase": "on weekdays""#, with: "")
                .replacingOccurrences(of: #", "true_phrase": "preferred customers", "false_phrase": "customers who are not preferred""#, with: "")
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "$.tables")
        #expect(diagnostics.first?.message.hasPrefix("2 flag column(s) without true_phrase and false_phrase") == true)
        #expect(diagnostics.first?.message.contains("date_dim.d_weekend, customer.c_preferred_cust_flag") == true)
    }

    @Test func anUnknownRoleIsADecodingErrorWithItsPath() throws {
        let diagnostics = try diagnostics { $0.replacingOccurrences(of: #""semantic": {"role": "detail"}"#, with: #""semantic": {"role": "details"}"#) }
        let error = try #require(diagnostics.first { $0.severity == .error })
        // The first plain detail: street name (street number states a synonym).
        #expect(error.path == "$.tables[0].columns[3].semantic.role")
    }

    @Test func statingSemanticsWritesTheResolvedModelAndKeepsIt() throws {
        let schema = try tpcds()
        let stated = schema.statingSemantics()
        let model = SemanticModel(schema: schema)
        let again = SemanticModel(schema: stated)
        for ref in schema.allColumns { #expect(again.semantics(of: ref) == model.semantics(of: ref), "\(ref)") }
        #expect(again.provenance.columnsDerived == 0)
        #expect(again.metrics == model.metrics)
        #expect(SchemaChecker.diagnostics(of: stated).isEmpty)
    }
}
