import Testing
import Model

/// `lowercased(equals:)` and `uppercased(equals:)` answer exactly what comparing the case-mapped
/// copy answers, ASCII or not.
@Suite struct StringCaseFoldingTests {
    static let names = ["store_sales", "Store_Sales", "STORE_SALES", "store_sale", "store_salesx", "", "a", "A", "_1$",
                        "Straße", "STRASSE", "strasse", "\u{212A}elvin", "kelvin", "İstanbul", "i\u{307}stanbul", "istanbul",
                        "cafe\u{301}", "café", "CAFÉ", "[x]", "@Z`"]

    @Test func lowercasedEqualsMatchesTheLowercasedCopy() {
        for name in Self.names {
            for other in Self.names + Self.names.map { $0.lowercased() } {
                #expect(name.lowercased(equals: other) == (name.lowercased() == other), "\(name) vs \(other)")
            }
        }
    }

    @Test func uppercasedEqualsMatchesTheUppercasedCopy() {
        for name in Self.names {
            for other in Self.names + Self.names.map { $0.uppercased() } + ["WHEN", "THEN"] {
                #expect(name.uppercased(equals: other) == (name.uppercased() == other), "\(name) vs \(other)")
            }
        }
    }

    @Test func schemaLookupsStayCaseInsensitive() {
        let schema = Schema(name: "s", tables: [Table(name: "Store_Sales", kind: .fact, subjectArea: "sales", description: "",
                                                       primaryKey: [], columns: [Column(name: "SS_Item_SK", type: "INTEGER")])],
                            foreignKeys: [])
        #expect(schema.table(named: "store_sales")?.name == "Store_Sales")
        #expect(schema.table(named: "STORE_SALES")?.column(named: "ss_item_sk")?.name == "SS_Item_SK")
        #expect(schema.table(named: "store_sale") == nil)
    }
}
