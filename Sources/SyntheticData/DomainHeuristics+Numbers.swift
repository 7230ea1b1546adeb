import Model
import SQLite

extension DomainHeuristics {
    static let moneyWords: Set<String> = ["price", "cost", "amount", "amt", "total", "subtotal", "paid", "tax", "fee", "charge",
                                          "discount", "shipping", "freight", "salary", "wage", "balance", "revenue", "msrp",
                                          "budget", "limit", "credit", "refund", "refunded", "postage"]
    static let stockWords: Set<String> = ["stock", "hand", "inventory", "available", "reorder", "capacity"]

    /// An integer column: ratings, quantities, stock levels, ages, years, durations, percents.
    func integer(_ position: Int, semantics: ColumnSemantics) -> ValueRecipe? {
        let own = words[position]
        let cap = Int(min(shapes[position].integerLimit, Int64(Int.max)))
        func bounded(_ range: ClosedRange<Int>) -> ValueRecipe { .integer(min(range.lowerBound, cap)...min(range.upperBound, cap)) }
        if has(position, "rating", "stars") { return .domain(.rating(tenths: false)) }
        if own.first == "is" || own.first == "has" { return .domain(flag(position, text: false)) }
        if own.contains(where: DomainHeuristics.stockWords.contains) { return bounded(0...500) }
        if has(position, "quantity", "qty", "units") { return .domain(.smallCount(1...10)) }
        if has(position, "age") { return bounded(18...80) }
        if has(position, "year") { return has(position, "birth") ? bounded(1950...2005) : bounded(window.years) }
        if has(position, "days", "nights", "lead", "duration") { return bounded(1...30) }
        if has(position, "minutes") { return bounded(1...180) }
        if has(position, "percent", "pct", "percentage") || semantics.unit == .percent { return bounded(0...100) }
        if own.contains(where: DomainHeuristics.moneyWords.contains) { return bounded(1...500) }
        if has(position, "priority", "rank", "position", "sort", "sequence", "seq") { return bounded(1...10) }
        return nil
    }

    /// A decimal column: ratings, percents and rates, money (prices, costs as a share of the price,
    /// line totals as quantity × price, order totals as the sum of their parts), weights and sizes.
    func decimal(_ position: Int, semantics: ColumnSemantics) -> ValueRecipe? {
        let own = words[position]
        let fraction = shapes[position].integerDigits <= 1
        if has(position, "rating", "stars", "score") { return .domain(.rating(tenths: true)) }
        if has(position, "percent", "pct", "percentage", "rate", "ratio", "share") || semantics.unit == .percent {
            let scale = fraction ? 1 : 100
            if has(position, "discount") { return .domain(.steps([0, 5, 10, 15, 20, 25].map { $0 * scale })) }
            if has(position, "tax", "vat") { return .domain(.steps([5, 6, 7, 8, 10].map { $0 * scale })) }
            return .cents(0...(100 * scale))
        }
        if own.contains(where: DomainHeuristics.moneyWords.contains) || semantics.unit == .money { return money(position) }
        if has(position, "weight", "kg", "lb", "lbs", "grams", "mass") { return .domain(.measure(10...3_000)) }
        if has(position, "height", "width", "length", "depth", "cm", "inches", "size") { return .domain(.measure(100...20_000)) }
        return nil
    }

    /// A money column, in cents.
    private func money(_ position: Int) -> ValueRecipe {
        let unitPrice = column(except: position, family: .decimal) { words in
            (words.contains("price") || words.contains("msrp")) && !words.contains("total") && !words.contains("ext")
                && !words.contains("extended") && !words.contains("discount")
        }
        let quantity = column(except: position) { $0.contains("quantity") || $0.contains("qty") }
            .flatMap { shapes[$0].family == .integer ? $0 : nil }
        let discount = column(except: position, family: .decimal) { words in
            words.contains("discount") && !words.contains(where: ["percent", "pct", "rate", "percentage"].contains)
        }
        func sibling(_ test: ([String]) -> Bool) -> Int? { column(except: position, family: .decimal, where: test) }
        if has(position, "line", "ext", "extended"), let unitPrice, unitPrice != position {
            return .domain(.lineTotal(quantity: quantity, price: unitPrice, discount: discount))
        }
        if has(position, "discount") { return .domain(.discount(quantity: quantity, price: unitPrice)) }
        if has(position, "tax") {
            let base = sibling { $0.contains("subtotal") } ?? sibling { $0.contains("amount") && !$0.contains("tax") }
            return base.map { .domain(.share(of: $0, percent: 5...10, fallback: 100...20_000)) } ?? .domain(.amount(100...20_000))
        }
        if has(position, "shipping", "freight", "postage", "delivery") {
            return .domain(.steps([0, 499, 799, 999, 1_499, 2_499]))
        }
        if has(position, "salary", "wage", "income") { return .domain(.amount(3_000_000...15_000_000)) }
        if has(position, "budget", "limit", "balance", "credit") { return .domain(.amount(10_000...5_000_000)) }
        if has(position, "cost", "wholesale") {
            if let unitPrice { return .domain(.share(of: unitPrice, percent: 40...75, fallback: 100...30_000)) }
            return .domain(.price(99...29_999))
        }
        if has(position, "price", "msrp") { return .domain(.price(199...49_999)) }
        if has(position, "subtotal") { return .domain(.amount(1_000...150_000)) }
        if has(position, "total"), let subtotal = sibling({ $0.contains("subtotal") }) {
            let added = [subtotal] + [sibling { $0.contains("tax") }, sibling { $0.contains("shipping") || $0.contains("freight") }].compactMap { $0 }
            return .domain(.total(add: added, subtract: [discount].compactMap { $0 }))
        }
        if has(position, "total"), let unitPrice, quantity != nil {
            return .domain(.lineTotal(quantity: quantity, price: unitPrice, discount: discount))
        }
        return .domain(.amount(500...150_000))
    }
}
