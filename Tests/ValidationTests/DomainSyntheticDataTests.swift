import Foundation
import Model
import SQLite
import SyntheticData
import Testing
import TestSupport
import Validation

/// The synthetic database of a schema other than TPC-DS looks like its domain (issue 23): values
/// chosen by what each column means, recent ordered dates; TPC-DS data stays byte-identical.
@Suite struct DomainSyntheticDataTests {
    static func shop() throws -> Connection {
        let ddl = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/ddl/ecommerce.sql"), encoding: .utf8)
        let schema = try SchemaImporter.importDDL(ddl, name: "shop")
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: schema, seed: 42).build(into: connection)
        return connection
    }

    static func texts(_ connection: Connection, _ sql: String) throws -> [String] {
        let statement = try connection.prepare(sql)
        var values: [String] = []
        while try statement.step() {
            switch statement.value(at: 0) {
            case .text(let text): values.append(text)
            case .integer(let number): values.append(String(number))
            case .real(let number): values.append(String(number))
            default: values.append("NULL")
            }
        }
        return values
    }

    static func count(_ connection: Connection, _ sql: String) throws -> Int {
        Int(try texts(connection, sql).first ?? "-1") ?? -1
    }

    @Test func statusesComeFromTheSetOfTheirKindMostCommonFirst() throws {
        let db = try Self.shop()
        let kinds: [(String, Set<String>)] = [
            ("orders", ["pending", "paid", "shipped", "delivered", "cancelled", "returned"]),
            ("payments", ["authorized", "captured", "refunded", "failed"]),
            ("shipments", ["label created", "in transit", "delivered", "returned", "lost"]),
        ]
        for (table, allowed) in kinds {
            let values = try Self.texts(db, "SELECT status FROM \(table) WHERE status IS NOT NULL")
            #expect(!values.isEmpty)
            #expect(Set(values).isSubset(of: allowed), "\(table): \(Set(values).subtracting(allowed))")
        }
        let top = try Self.texts(db, "SELECT status FROM orders GROUP BY status ORDER BY count(*) DESC LIMIT 1")
        #expect(top == ["delivered"], "frequencies are skewed: \(top)")
        // A pending or cancelled order has no shipping date; a shipped one no delivery date.
        #expect(try Self.count(db, "SELECT count(*) FROM orders WHERE status IN ('pending', 'paid', 'cancelled') AND shipped_date IS NOT NULL") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM orders WHERE status = 'shipped' AND delivered_date IS NOT NULL") == 0)
    }

    @Test func emailsAreWellFormedAndMadeOfTheRowsNames() throws {
        let db = try Self.shop()
        let rows = try Self.texts(db, "SELECT lower(first_name) || '.' || lower(last_name) || '|' || email FROM customers")
        #expect(rows.count == 100)
        for row in rows {
            let parts = row.split(separator: "|").map(String.init)
            let email = parts[1]
            let at = email.split(separator: "@")
            #expect(at.count == 2 && at[1].contains(".") && !email.contains(" "), "\(email)")
            #expect(email.hasPrefix(parts[0]), "\(email) is not made of \(parts[0])")
        }
        let suppliers = try Self.texts(db, "SELECT website FROM suppliers WHERE website IS NOT NULL")
        #expect(suppliers.allSatisfy { $0.hasPrefix("https://www.") && $0.hasSuffix(".com") }, "\(suppliers.prefix(3))")
    }

    @Test func datesAreRecentAndInTheOrderOfTheirEvents() throws {
        let db = try Self.shop()
        let dated = [("customers", "created_at"), ("customers", "updated_at"), ("products", "created_at"), ("orders", "order_date"),
                     ("orders", "shipped_date"), ("orders", "delivered_date"), ("payments", "paid_at"), ("shipments", "shipped_at"),
                     ("shipments", "delivered_at"), ("reviews", "created_at")]
        for (table, column) in dated {
            let outside = try Self.count(db, "SELECT count(*) FROM \(table) WHERE \(column) < '2023-01-01' OR \(column) > '2025-12-31 23:59:59'")
            #expect(outside == 0, "\(table).\(column): \(outside) dates outside 2023-2025")
        }
        let unordered = [
            "SELECT count(*) FROM orders WHERE shipped_date < order_date OR delivered_date < shipped_date OR delivered_date < order_date",
            "SELECT count(*) FROM customers WHERE updated_at < created_at",
            "SELECT count(*) FROM shipments WHERE delivered_at < shipped_at",
        ]
        for sql in unordered { #expect(try Self.count(db, sql) == 0, "\(sql)") }
    }

    @Test func namesAreWordsOfTheVocabulariesNotMadeUpSyllables() throws {
        let db = try Self.shop()
        let productWords = Set(["Classic", "Compact", "Deluxe", "Essential", "Ergonomic", "Lightweight", "Premium", "Rustic",
                                "Sleek", "Smart", "Sturdy", "Vintage", "Modern", "Portable", "Durable", "Handmade", "Organic",
                                "Wireless", "Heavy-Duty", "Everyday", "Bamboo", "Ceramic", "Cotton", "Glass", "Leather", "Linen",
                                "Oak", "Steel", "Wool", "Copper", "Marble", "Silicone"])
        for name in try Self.texts(db, "SELECT name FROM products") {
            let words = name.split(separator: " ").map(String.init)
            #expect(words.count >= 2 && productWords.contains(words[0]), "\(name)")
        }
        let categories = try Self.texts(db, "SELECT name FROM categories ORDER BY category_id LIMIT 4")
        #expect(categories == ["Women", "Men", "Children", "Shoes"])
        // TPC-DS names products and stores with syllables: "ableoughtation", "n stbarese".
        let syllables = try NSRegularExpression(pattern: "^(bar|ought|able|pri|ese|anti|cally|ation|eing|n st)+$")
        func isGibberish(_ value: String) -> Bool {
            value.lowercased().split(separator: " ").contains { word in
                let text = String(word)
                return syllables.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            } || syllables.firstMatch(in: value.lowercased(), range: NSRange(value.startIndex..., in: value)) != nil
        }
        #expect(isGibberish("ableoughtation") && isGibberish("n stbarese") && !isGibberish("Portable Oak Table"))
        for sql in ["SELECT company_name FROM suppliers", "SELECT contact_name FROM suppliers", "SELECT name FROM products",
                    "SELECT title FROM reviews", "SELECT carrier FROM shipments", "SELECT loyalty_tier FROM customers"] {
            let values = try Self.texts(db, sql)
            #expect(!values.isEmpty && !values.contains(where: isGibberish), "\(sql): \(values.filter(isGibberish).prefix(3))")
        }
        let contacts = try Self.texts(db, "SELECT contact_name FROM suppliers WHERE contact_name IS NOT NULL")
        #expect(contacts.allSatisfy { $0.split(separator: " ").count == 2 }, "person names: \(contacts.prefix(3))")
    }

    @Test func amountsQuantitiesAndRatingsHaveSensibleRangesAndAddUp() throws {
        let db = try Self.shop()
        #expect(try Self.count(db, "SELECT count(*) FROM order_items WHERE quantity NOT BETWEEN 1 AND 10") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM reviews WHERE rating NOT BETWEEN 1 AND 5") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM products WHERE unit_price <= 0 OR unit_price > 500 OR round(unit_price, 2) <> unit_price") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM products WHERE cost >= unit_price") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM orders WHERE discount_percent NOT IN (0, 5, 10, 15, 20, 25)") == 0)
        // A line total is quantity × unit price − discount; an order total is subtotal + tax.
        #expect(try Self.count(db, "SELECT count(*) FROM order_items WHERE abs(line_total - (quantity * unit_price - coalesce(discount, 0))) > 0.011") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM orders WHERE subtotal IS NOT NULL AND abs(total_amount - subtotal - coalesce(tax_amount, 0)) > 0.011") == 0)
        let ones = try Self.count(db, "SELECT count(*) FROM order_items WHERE quantity = 1")
        #expect(ones > 3000 / 3, "quantities are mostly small: \(ones) of 3000 are 1")
    }

    @Test func theValuesADescriptionListsAreUsedAndProseApostrophesAreNoList() throws {
        let table = Table(name: "tickets", kind: .dimension, subjectArea: "", description: "", primaryKey: ["id"], columns: [
            Column(name: "id", type: "integer", nullable: false, role: .key),
            Column(name: "status", type: "text", nullable: false, description: "One of 'new', 'triaged' or 'done'."),
            Column(name: "summary", type: "text", nullable: false,
                   description: "The customer's words, the agent's note, the team's label and the owner's tag."),
        ])
        let connection = try Connection(path: ":memory:")
        _ = try SyntheticDatabaseBuilder(schema: Schema(name: "t", tables: [table], foreignKeys: []), seed: 1).build(into: connection)
        #expect(Set(try Self.texts(connection, "SELECT status FROM tickets")) == ["new", "triaged", "done"])
        let summaries = try Self.texts(connection, "SELECT summary FROM tickets")
        #expect(summaries.allSatisfy { $0.hasSuffix(".") && !$0.contains("s words") }, "\(summaries.prefix(3))")
    }

    @Test func tpcdsDataIsUnchanged() throws {
        let schema = try SchemaLoader.load(path: Fixtures.tpcdsSchema).schema
        let report = try SyntheticDatabaseBuilder(schema: schema, seed: 7, scale: 0.2).build(into: try Connection(path: ":memory:"))
        // The content hash of main before the domain values (nl2sqlgen db build --seed 7 --scale 0.2).
        #expect(report.contentSHA256 == "2dc0c818f39011bf38b7d5a2ac4f0597ab8029f63485e4aae51d43dabfad2929")
    }
}
