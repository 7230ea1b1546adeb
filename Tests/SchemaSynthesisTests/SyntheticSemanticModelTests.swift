import Model
import SchemaSynthesis
import Testing

/// The semantic model derived for synthetic schemas.
@Suite struct SyntheticSemanticModelTests {
    @Test func everyFactIsDatedByTheCalendarAndEveryFlagSaidInWords() throws {
        for (tables, seed) in [(24, UInt64(42)), (200, UInt64(3))] {
            let schema = try SyntheticSchemaGenerator(tableCount: tables, seed: seed).generate()
            let model = SemanticModel(schema: schema)
            let calendar = try #require(model.calendarTable)
            for table in schema.tables where table.kind == .fact {
                let keys = schema.foreignKeys.filter { $0.childTable == table.name && $0.parentTable == calendar }
                if keys.isEmpty { continue }
                let event = try #require(model.eventDateKey(of: table.name, in: schema), "\(table.name)")
                #expect(event.parentTable == calendar)
                #expect(!model.columns(of: table, role: .measure).isEmpty, "\(table.name)")
            }
            for table in schema.tables {
                for column in model.columns(of: table, role: .flag) {
                    let semantics = model.semantics(of: ColumnRef(table: table.name, column: column.name))
                    #expect(semantics.truePhrase != nil && semantics.falsePhrase != nil, "\(table.name).\(column.name)")
                }
                for column in table.columns where column.role == .attribute {
                    let words = column.name.split(separator: "_")
                    let contact = (words.last == "email" || words.last == "phone" || words.last == "zip") && !words.contains("channel")
                    if contact || (words.contains("first") && words.contains("name")) {
                        #expect(model.role(of: ColumnRef(table: table.name, column: column.name)) == .detail, "\(table.name).\(column.name)")
                    }
                }
            }
            #expect(SchemaChecker.diagnostics(of: schema).isEmpty)
        }
    }

    @Test func theSeed42SchemaHasTheExpectedRoles() throws {
        let schema = try SyntheticSchemaGenerator(tableCount: 24, seed: 42).generate()
        let model = SemanticModel(schema: schema)
        let ref = { (table: String, column: String) in ColumnRef(table: table, column: column) }
        #expect(model.calendarTable == "date_dim")
        #expect(model.clockTable == "time_dim")
        #expect(model.table("direct_purchase_orders").eventDate == "dpo_ordered_date_sk")
        #expect(model.table("direct_purchase_orders").eventTime == "dpo_ordered_time_sk")
        #expect(model.semantics(of: ref("direct_purchase_orders", "dpo_unit_cost")).aggregation == .average)
        #expect(model.semantics(of: ref("direct_purchase_orders", "dpo_line_amount")) == ColumnSemantics(role: .measure, aggregation: .sum, unit: .money))
        #expect(model.semantics(of: ref("phone_support_tickets", "pst_satisfaction_score")).aggregation == .average)
        #expect(model.table("supplier").versionedBy == ["s_rec_start_date", "s_rec_end_date"])
        #expect(model.role(of: ref("customer", "cu_first_name")) == .detail)
        #expect(model.role(of: ref("customer", "cu_birth_year")) == .detail)
        #expect(model.role(of: ref("item", "i_brand")) == .dimension)
        #expect(model.semantics(of: ref("date_dim", "d_weekend")) == ColumnSemantics(role: .flag, truePhrase: "on weekends", falsePhrase: "on weekdays"))
        #expect(model.semantics(of: ref("date_dim", "d_fy_year")).grain == .fiscalYear)
        #expect(model.semantics(of: ref("customer", "cu_preferred_flag")).truePhrase == "preferred customers")
        #expect(model.provenance.columnsPartly == 14)
    }
}
