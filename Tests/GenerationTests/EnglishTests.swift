import Model
import SQLite
import Testing
@testable import Generation

@Suite struct EnglishTests {
    @Test func cleansDescriptions() {
        #expect(English.clean("calendar year of the day, e.g. 2001") == "calendar year of the day")
        #expect(English.clean("date of the sale (key into the calendar)") == "date of the sale")
        #expect(English.clean("marital status code: M married, S single") == "marital status code")
        #expect(English.clean("GMT offset of the store") == "GMT offset of the store")
        #expect(English.flagClause("Y if the day is a holiday, else N") == "the day is a holiday")
        #expect(English.flagClause("calendar year") == nil)
    }

    @Test func negatesFlagClauses() {
        #expect(English.negate("the day is a holiday") == "the day is not a holiday")
        #expect(English.negate("the day falls on a weekend") == "the day does not fall on a weekend")
        #expect(English.negate("the day directly follows a holiday") == "the day does not directly follow a holiday")
        #expect(English.negate("the promotion runs via email") == "the promotion does not run via email")
    }

    @Test func pluralizesHeadNouns() {
        #expect(English.plural("item line of a customer purchase") == "item lines of a customer purchase")
        #expect(English.plural("product category of the item") == "product categories of the item")
        #expect(English.plural("postal address of a customer") == "postal addresses of a customer")
        #expect(English.plural("calendar day") == "calendar days")
        #expect(English.list(["a", "b", "c"]) == "a, b and c")
    }

    @Test func rendersValues() {
        let price = FrameColumn(ref: ColumnRef(table: "t", column: "price"),
                                column: Column(name: "price", type: "decimal(7,2)", role: .measure, description: "price"),
                                alias: "t", useClass: .measure, phrase: "price")
        let name = FrameColumn(ref: ColumnRef(table: "t", column: "name"),
                               column: Column(name: "name", type: "varchar(20)", role: .attribute, description: "name"),
                               alias: "t", useClass: .name, phrase: "name")
        #expect(ValueText.sql(.text("O'Brien"), for: name) == "'O''Brien'")
        #expect(ValueText.sql(.real(45.5), for: price) == "45.50")
        #expect(ValueText.sql(.integer(45), for: price) == "45")
        #expect(ValueText.plain(.real(45.5), for: price) == "45.50")
        #expect(ValueText.plain(.text("Books"), for: name) == "Books")
    }

    /// An amount's threshold restricts the rows: "at least 0" on a tax rate keeps them all, so a
    /// zero is asked for itself ("store tax rate 0").
    @Test func zeroAmountsAreEqualitiesNotThresholds() {
        let rate = FrameColumn(ref: ColumnRef(table: "t", column: "tax_rate"),
                               column: Column(name: "tax_rate", type: "decimal(5,2)", role: .measure, description: "tax rate"),
                               alias: "t", useClass: .rate, phrase: "tax rate")
        #expect(Condition.on(rate, value: .real(0))?.sql == "t.tax_rate = 0")
        #expect(Condition.on(rate, value: .integer(0))?.sql == "t.tax_rate = 0")
        #expect(Condition.on(rate, value: .real(0.001))?.sql == "t.tax_rate > 0.00")
        #expect(Condition.on(rate, value: .real(0.25))?.sql == "t.tax_rate >= 0.25")
    }

    /// One of two values is said for short values of a category ("store state TN or SD"); two long
    /// texts (a dozen words each) would make a question nobody types, and a descriptive detail
    /// picks one entity's value ("suite number Suite L", never "Suite L or Suite O").
    @Test func eitherOfTwoValuesOnlyWhenShort() {
        let description = FrameColumn(ref: ColumnRef(table: "t", column: "market_class"),
                                      column: Column(name: "market_class", type: "varchar(100)", role: .attribute, description: "market"),
                                      alias: "t", useClass: .category, phrase: "market class")
        #expect(Condition.either(description, values: [.text("Quick growth"), .text("Stable")])?.sql == "t.market_class IN ('Quick growth', 'Stable')")
        #expect(Condition.either(description, values: [.text("Advanced children key new economic normal basic stores"),
                                                       .text("Products clear main whole common")]) == nil)
        let suite = FrameColumn(ref: ColumnRef(table: "t", column: "suite_number"),
                                column: Column(name: "suite_number", type: "char(10)", role: .attribute, description: "suite"),
                                alias: "t", useClass: .text, phrase: "suite number")
        #expect(Condition.either(suite, values: [.text("Suite L"), .text("Suite O")]) == nil)
    }
}
