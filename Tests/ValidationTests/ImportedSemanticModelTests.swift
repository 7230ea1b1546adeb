import Model
import Testing
import Validation

/// The semantic model derived for a schema imported from DDL (no descriptions, no `semantic`).
@Suite struct ImportedSemanticModelTests {
    static let ddl = """
    CREATE TABLE calendar (cal_date_sk integer PRIMARY KEY, cal_date date, cal_year integer, cal_month integer,
                           cal_quarter integer, cal_day_name char(9), cal_is_holiday boolean);
    CREATE TABLE clock (clk_time_sk integer PRIMARY KEY, clk_hour integer, clk_minute integer);
    CREATE TABLE product (p_product_sk integer PRIMARY KEY, p_product_id char(16) NOT NULL, p_rec_start_date date,
                          p_rec_end_date date, p_category varchar(50), p_brand varchar(50), p_description varchar(200),
                          p_list_price decimal(7,2), p_discontinued_flag char(1));
    CREATE TABLE shopper (sh_shopper_sk integer PRIMARY KEY, sh_shopper_id char(16), sh_first_name varchar(20),
                          sh_email varchar(50), sh_street_number varchar(10), sh_zip char(10), sh_state char(2));
    CREATE TABLE warehouse (w_warehouse_sk integer PRIMARY KEY, w_name varchar(20));
    CREATE TABLE order_line (ol_ship_date_sk integer REFERENCES calendar(cal_date_sk),
                             ol_order_date_sk integer REFERENCES calendar(cal_date_sk),
                             ol_order_time_sk integer REFERENCES clock(clk_time_sk),
                             ol_product_sk integer REFERENCES product(p_product_sk),
                             ol_shopper_sk integer REFERENCES shopper(sh_shopper_sk),
                             ol_order_number integer NOT NULL, ol_quantity integer, ol_unit_price decimal(7,2),
                             ol_ext_sales_price decimal(7,2), ol_net_profit decimal(7,2),
                             PRIMARY KEY (ol_product_sk, ol_order_number));
    CREATE TABLE stock (st_date_sk integer REFERENCES calendar(cal_date_sk),
                        st_product_sk integer REFERENCES product(p_product_sk),
                        st_warehouse_sk integer REFERENCES warehouse(w_warehouse_sk), st_quantity_on_hand integer,
                        PRIMARY KEY (st_date_sk, st_product_sk, st_warehouse_sk));
    """

    private func model() throws -> (Schema, SemanticModel) {
        let schema = try SchemaImporter.importDDL(Self.ddl, name: "shop")
        return (schema, SemanticModel(schema: schema))
    }

    private func semantics(_ model: SemanticModel, _ table: String, _ column: String) -> ColumnSemantics {
        model.semantics(of: ColumnRef(table: table, column: column))
    }

    @Test func measuresAggregateByWhatTheyAre() throws {
        let (_, model) = try model()
        #expect(semantics(model, "order_line", "ol_quantity") == ColumnSemantics(role: .measure, aggregation: .sum, unit: .quantity))
        #expect(semantics(model, "order_line", "ol_unit_price").aggregation == .average)
        #expect(semantics(model, "order_line", "ol_ext_sales_price").aggregation == .sum)
        #expect(semantics(model, "order_line", "ol_ext_sales_price").unit == .money)
        #expect(semantics(model, "product", "p_list_price").role == .detail)
        #expect(model.metrics.map(\.name) == ["order_line_margin", "order_line_average_selling_price"])
    }

    @Test func detailsDimensionsAndFlags() throws {
        let (_, model) = try model()
        for column in ["sh_first_name", "sh_email", "sh_street_number", "sh_zip"] {
            #expect(semantics(model, "shopper", column).role == .detail, "\(column)")
        }
        #expect(semantics(model, "shopper", "sh_state").role == .dimension)
        #expect(semantics(model, "product", "p_category").role == .dimension)
        #expect(semantics(model, "product", "p_description").role == .detail)
        #expect(semantics(model, "product", "p_discontinued_flag").role == .flag)
        #expect(semantics(model, "calendar", "cal_is_holiday").role == .flag)
    }

    @Test func eventTimesSnapshotCalendarAndVersions() throws {
        let (schema, model) = try model()
        #expect(model.calendarTable == "calendar")
        #expect(model.clockTable == "clock")
        #expect(model.table("order_line").eventDate == "ol_order_date_sk")
        #expect(model.table("order_line").eventTime == "ol_order_time_sk")
        #expect(model.table("order_line").snapshot == false)
        #expect(model.eventDateKey(of: "order_line", in: schema)?.parentTable == "calendar")
        #expect(model.table("stock").eventDate == "st_date_sk")
        #expect(model.table("stock").snapshot == true)
        #expect(semantics(model, "stock", "st_quantity_on_hand").nonAdditiveDimension == "time")
        #expect(semantics(model, "calendar", "cal_year") == ColumnSemantics(role: .timeGrain, grain: .year))
        #expect(semantics(model, "calendar", "cal_month").grain == .month)
        #expect(semantics(model, "calendar", "cal_date").grain == .date)
        #expect(semantics(model, "clock", "clk_hour").grain == .hour)
        #expect(model.table("product").versionedBy == ["p_rec_start_date", "p_rec_end_date"])
        #expect(model.table("product").businessKey == "p_product_id")
        #expect(semantics(model, "product", "p_rec_end_date").role == .recordDate)
    }

    @Test func theStatedModelChecksClean() throws {
        let (schema, model) = try model()
        let stated = schema.statingSemantics()
        #expect(SemanticModel(schema: stated).provenance.columnsDerived == 0)
        for ref in schema.allColumns { #expect(SemanticModel(schema: stated).semantics(of: ref) == model.semantics(of: ref)) }
        #expect(!SchemaChecker.diagnostics(of: stated).contains { $0.severity == .error })
    }
}
