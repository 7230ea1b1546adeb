import Foundation
import MetricFlow
import Model
import Testing
import TestSupport

/// `schema import --metricflow`: a jaffle-shop style MetricFlow project (Tests/Fixtures/metricflow/jaffle).
@Suite struct MetricFlowImportTests {
    static let project = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/metricflow/jaffle")

    private func imported() throws -> MetricFlowImport {
        try MetricFlowImporter.importProject(at: Self.project.appendingPathComponent("models").path, name: "jaffle")
    }

    private func semantics(_ schema: Schema, _ table: String, _ column: String) -> ColumnSemantics {
        SemanticModel(schema: schema).semantics(of: ColumnRef(table: table, column: column))
    }

    @Test func semanticModelsBecomeTablesWithEntitiesDimensionsAndMeasures() throws {
        let schema = try imported().schema
        #expect(schema.tables.map(\.name) == ["customers", "stock_snapshots", "locations", "orders"])
        #expect(schema.tables.map(\.kind) == [.dimension, .fact, .dimension, .fact])
        let orders = try #require(schema.table(named: "orders"))
        #expect(orders.primaryKey == ["order_id"])
        #expect(orders.columns.map(\.name) == ["order_id", "customer_id", "location_id", "ordered_at", "order_status", "is_food_order",
                                               "order_total", "tax_paid", "order_cost"])
        #expect(orders.column(named: "order_total")?.role == .measure)
        #expect(orders.column(named: "ordered_at")?.label == "order date")
        #expect(semantics(schema, "orders", "order_total").role == .measure)
        #expect(semantics(schema, "orders", "order_total").aggregation == .sum)
        #expect(semantics(schema, "orders", "tax_paid").unit == .money)
        #expect(semantics(schema, "orders", "order_status").role == .dimension)
        #expect(semantics(schema, "orders", "is_food_order").role == .flag)
        #expect(semantics(schema, "orders", "ordered_at") == ColumnSemantics(role: .date, grain: .date))
        #expect(semantics(schema, "locations", "opened_at").grain == .month)
        #expect(semantics(schema, "orders", "customer_id").role == .key)
        #expect(Set(schema.foreignKeys.map(\.id)) == ["stock_snapshots(location_id)->locations(location_id)",
                                                      "orders(customer_id)->customers(customer_id)",
                                                      "orders(location_id)->locations(location_id)"])
        let model = SemanticModel(schema: schema)
        #expect(model.table("orders").eventDate == "ordered_at")
        #expect(model.table("orders").snapshot == false)
    }

    @Test func nonAdditiveMeasuresNaturalKeysAndValidity() throws {
        let schema = try imported().schema
        let model = SemanticModel(schema: schema)
        #expect(semantics(schema, "stock_snapshots", "quantity_on_hand")
            == ColumnSemantics(role: .measure, aggregation: .sum, nonAdditiveDimension: "time", unit: .quantity))
        #expect(model.table("stock_snapshots").snapshot == true)
        #expect(model.table("stock_snapshots").eventDate == "snapshot_date")
        #expect(model.table("customers").businessKey == "customer_code")
        #expect(model.table("customers").versionedBy == ["valid_from", "valid_to"])
        #expect(semantics(schema, "customers", "customer_code").role == .businessKey)
        #expect(semantics(schema, "customers", "valid_to").role == .recordDate)
    }

    @Test func metricsMapToSimpleRatioGrowthAndCumulative() throws {
        let result = try imported()
        let metrics = try #require(result.schema.metrics)
        let byName = Dictionary(uniqueKeysWithValues: metrics.map { ($0.name, $0) })
        #expect(metrics.map(\.name) == ["stock_on_hand", "tax", "effective_tax_rate", "revenue", "order_cost", "cumulative_revenue",
                                        "revenue_growth_mom", "cost_share"])
        #expect(byName["revenue"] == Metric(name: "revenue", label: "Revenue", kind: .simple, table: "orders", numerator: "order_total"))
        #expect(byName["effective_tax_rate"] == Metric(name: "effective_tax_rate", label: "Effective tax rate", kind: .ratio, table: "orders",
                                                       numerator: "tax_paid", denominator: "order_total"))
        #expect(byName["cost_share"]?.kind == .ratio)
        #expect(byName["cost_share"]?.numerator == "order_cost")
        #expect(byName["revenue_growth_mom"]?.kind == .growth)
        #expect(byName["cumulative_revenue"]?.kind == .cumulative)
        #expect(byName["stock_on_hand"]?.table == "stock_snapshots")
        let notes = result.notes.joined(separator: "\n")
        #expect(notes.contains("measure order_count of orders is the SQL expression \"1\", not a column: left out"))
        #expect(notes.contains("measure customers_with_orders of orders aggregates orders.customer_id, a key of the model: left out"))
        #expect(notes.contains("metric order_gross_profit: the derived expression \"revenue - cost\" is neither a growth nor a ratio"))
        #expect(notes.contains("metric food_order_share: measure order_count has no measure column: left out"))
        #expect(SchemaChecker.diagnostics(of: result.schema.statingSemantics()).filter { $0.severity == .error }.isEmpty)
    }

    @Test func overADDLSchemaTheDeclaredColumnsAndTypesStay() throws {
        let ddlSchema = Schema(name: "jaffle", tables: [
            Table(name: "orders", kind: .dimension, subjectArea: "", description: "", primaryKey: ["order_id"], columns: [
                Column(name: "order_id", type: "integer", role: .key), Column(name: "customer_id", type: "integer"),
                Column(name: "location_id", type: "integer"), Column(name: "ordered_at", type: "timestamp"),
                Column(name: "order_status", type: "varchar(20)"), Column(name: "is_food_order", type: "boolean"),
                Column(name: "order_total", type: "numeric(10,2)"), Column(name: "tax_paid", type: "numeric(10,2)"),
                Column(name: "order_cost", type: "numeric(10,2)"), Column(name: "note", type: "text"),
            ]),
        ], foreignKeys: [])
        let text = try String(contentsOf: Self.project.appendingPathComponent("models/marts/orders.yml"), encoding: .utf8)
        let result = try MetricFlowImporter.importYAML([("orders.yml", text)], name: "jaffle", base: ddlSchema)
        let orders = try #require(result.schema.table(named: "orders"))
        #expect(orders.kind == .fact)
        #expect(orders.column(named: "ordered_at")?.type == "timestamp")
        #expect(orders.column(named: "order_total")?.type == "numeric(10,2)")
        #expect(orders.column(named: "note")?.semantic == nil)
        #expect(semantics(result.schema, "orders", "order_total").aggregation == .sum)
        #expect(result.notes.contains { $0.contains("foreign entity customer of orders has no semantic model") })

        let missing = Schema(name: "jaffle", tables: [Table(name: "orders", kind: .fact, subjectArea: "", description: "",
                                                            primaryKey: [], columns: [Column(name: "order_id", type: "integer")])],
                             foreignKeys: [])
        #expect(throws: MetricFlowImportError.self) { try MetricFlowImporter.importYAML([("orders.yml", text)], name: "j", base: missing) }
    }

    @Test func badYAMLNamesTheFileAndThePlace() throws {
        let bad = "semantic_models:\n  - name: orders\n    measures:\n      - name: total\n"
        do {
            _ = try MetricFlowImporter.importYAML([("bad.yml", bad)], name: "j")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("bad.yml: "))
            #expect(error.message.contains("agg"))
        }
        #expect(throws: MetricFlowImportError.self) { try MetricFlowImporter.importYAML([("empty.yml", "version: 2\n")], name: "j") }
    }
}
