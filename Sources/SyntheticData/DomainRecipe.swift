import Foundation
import Model
import SQLite

/// How a column of a table outside TPC-DS gets a value that looks like its domain (chosen by
/// ``DomainHeuristics`` from what the column means). Positions name other columns of the same row,
/// filled before this one (``ColumnRecipes`` orders them).
enum DomainRecipe: Sendable {
    /// One of a few values with their usual frequencies (statuses, payment methods, tiers).
    case weighted(DomainVocabulary.Weighted)
    /// The list's values in row order, numbered once the list is used up ("Books", ..., "Books 2").
    case indexed([String])
    case personName
    case companyName
    /// Adjective, material and noun: "Compact Steel Water Bottle".
    case productName
    /// A name for a row of any other kind: "Summit Warehouse 2".
    case label(noun: String)
    /// `first.last@domain` from the row's first and last name, else its full name, else a random person.
    case email(first: Int?, last: Int?, full: Int?)
    /// `https://www.<name>.com` from the row's name column, else a random company.
    case website(name: Int?)
    /// "123 Oak Street".
    case streetAddress
    /// Unique per row: prefix and the row number, zero-padded ("ORD-000042").
    case serial(prefix: String, width: Int)
    /// Random capitals and digits after a prefix ("1Z7K3Q...").
    case token(prefix: String, length: Int)
    /// One or more short sentences.
    case sentences(ClosedRange<Int>)
    /// True (1 or "Y") with the probability, else false (0 or "N").
    case chance(Double, text: Bool)
    /// Small whole numbers, the smallest the most common (quantities ordered: mostly 1 or 2).
    case smallCount(ClosedRange<Int>)
    /// A rating of 1 to 5, mostly 4 and 5; `tenths` gives 4.3 rather than 4.
    case rating(tenths: Bool)
    /// A price in cents between the bounds, log-uniform and ending in .99, .49 or .00.
    case price(ClosedRange<Int>)
    /// An amount in cents between the bounds, log-uniform.
    case amount(ClosedRange<Int>)
    /// A share of another money column (cost 40-75 % of the price, tax 5-10 % of the subtotal);
    /// the fallback amount when that column is empty.
    case share(of: Int, percent: ClosedRange<Int>, fallback: ClosedRange<Int>)
    /// Quantity × unit price − discount.
    case lineTotal(quantity: Int?, price: Int, discount: Int?)
    /// A discount: none in most rows, else 5-25 % of quantity × unit price (or of `price`).
    case discount(quantity: Int?, price: Int?)
    /// The sum of the `add` columns minus the `subtract` columns.
    case total(add: [Int], subtract: [Int])
    /// One of the values in hundredths (discount percents 0, 5, 10, ...), the first the most common.
    case steps([Int])
    /// A measurement in hundredths between the bounds (weights, lengths).
    case measure(ClosedRange<Int>)
    /// A day of the window (a timestamp adds a time of day).
    case date(DateWindow, timestamp: Bool)
    /// Some days after the latest of the `after` columns (shipped after ordered, delivered after
    /// shipped), at most the window's last day; a day of the window when they are all empty.
    case later(after: [Int], days: ClosedRange<Int>, window: DateWindow, timestamp: Bool)
    /// Empty when the row's status says the event has not happened (no delivery date on a pending
    /// order), else `recipe`'s value. `rank` is the event's rank in ``DomainHeuristics/eventRanks``.
    indirect case unlessBefore(status: Int, rank: Int, recipe: DomainRecipe)

    /// A value for row `index`; `row` holds the columns filled before this one.
    func make(index: Int, row: [SQLValue], random: inout SeededRandom) -> SQLValue {
        switch self {
        case .weighted(let set):
            return .text(DomainRecipe.pick(set, random: &random))
        case .indexed(let values):
            guard !values.isEmpty else { return .null }
            let round = index / values.count
            return .text(values[index % values.count] + (round == 0 ? "" : " \(round + 1)"))
        case .personName:
            return .text(AddressFiller.fullName(random: &random))
        case .companyName:
            return .text(DomainRecipe.companyName(random: &random))
        case .productName:
            let adjective = random.pick(DomainVocabulary.productAdjectives)
            let noun = random.pick(DomainVocabulary.productNouns)
            if random.chance(0.5) { return .text("\(adjective) \(noun)") }
            return .text("\(adjective) \(random.pick(DomainVocabulary.productMaterials)) \(noun)")
        case .label(let noun):
            let cores = DomainVocabulary.companyCores
            let round = index / cores.count
            return .text("\(cores[index % cores.count]) \(noun)" + (round == 0 ? "" : " \(round + 1)"))
        case .email(let first, let last, let full):
            return .text(DomainRecipe.email(row: row, first: first, last: last, full: full, index: index, random: &random))
        case .website(let name):
            let source = name.flatMap { row[$0].textValue } ?? DomainRecipe.companyName(random: &random)
            let slug = DomainRecipe.slug(source.split(separator: " ").prefix(2).joined())
            return .text("https://www.\(slug.isEmpty ? "shop" : slug).com")
        case .streetAddress:
            return .text("\(random.int(in: 1...9999)) \(AddressFiller.streetName(random: &random)) \(random.pick(DomainRecipe.streetTypes))")
        case .serial(let prefix, let width):
            let digits = String(index + 1)
            return .text(prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits)
        case .token(let prefix, let length):
            let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
            return .text(prefix + String((0..<max(1, length)).map { _ in random.pick(alphabet) }))
        case .sentences(let count):
            let chosen = (0..<random.int(in: count)).map { _ in random.pick(DomainVocabulary.sentences) }
            return .text(chosen.joined(separator: " "))
        case .chance(let probability, let text):
            let yes = random.chance(probability)
            return text ? .text(yes ? "Y" : "N") : .int(yes ? 1 : 0)
        case .smallCount(let range):
            let u = Double(random.int(in: 0...9_999)) / 10_000
            return .int(range.lowerBound + Int(Double(range.upperBound - range.lowerBound + 1) * u * u * u))
        case .rating(let tenths):
            let stars = DomainRecipe.weightedIndex([5, 7, 15, 33, 40], random: &random) + 1
            guard tenths else { return .int(stars) }
            return .cents(max(100, min(500, stars * 100 + random.int(in: -4...4) * 10)))
        case .price(let range):
            let cents = DomainRecipe.logUniform(range, random: &random)
            let ending = random.pick([99, 99, 49, 0])
            return .cents(max(range.lowerBound, cents / 100 * 100 + ending))
        case .amount(let range):
            return .cents(DomainRecipe.logUniform(range, random: &random))
        case .share(let of, let percent, let fallback):
            guard let base = row[of].centsValue else { return .cents(DomainRecipe.logUniform(fallback, random: &random)) }
            return .cents(base * random.int(in: percent) / 100)
        case .lineTotal(let quantity, let price, let discount):
            guard let unit = row[price].centsValue else { return .null }
            let count = quantity.flatMap { row[$0].integerValue } ?? 1
            return .cents(max(0, count * unit - (discount.flatMap { row[$0].centsValue } ?? 0)))
        case .discount(let quantity, let price):
            guard random.chance(0.35) else { return .cents(0) }
            let base = (price.flatMap { row[$0].centsValue } ?? 5_000) * (quantity.flatMap { row[$0].integerValue } ?? 1)
            return .cents(base * random.int(in: 5...25) / 100)
        case .total(let add, let subtract):
            let plus = add.compactMap { row[$0].centsValue }.reduce(0, +)
            let minus = subtract.compactMap { row[$0].centsValue }.reduce(0, +)
            return .cents(max(0, plus - minus))
        case .steps(let values):
            guard !values.isEmpty else { return .null }
            let weights = values.indices.map { $0 == 0 ? values.count * 2 : values.count - $0 + 1 }
            return .cents(values[DomainRecipe.weightedIndex(weights, random: &random)])
        case .measure(let range):
            return .cents(DomainRecipe.logUniform(range, random: &random))
        case .date(let window, let timestamp):
            return window.value(second: random.int(in: window.seconds), timestamp: timestamp)
        case .unlessBefore(let status, let rank, let recipe):
            if let text = row[status].textValue, let reached = DomainVocabulary.reachedRank(status: text), reached < rank {
                return .null
            }
            return recipe.make(index: index, row: row, random: &random)
        case .later(let after, let days, let window, let timestamp):
            let base = after.compactMap { DateWindow.second(of: row[$0]) }.max()
            guard let base else { return window.value(second: random.int(in: window.seconds), timestamp: timestamp) }
            let gap = random.int(in: days) * 86_400 + random.int(in: 0...86_399)
            let latest = max(base, window.seconds.upperBound)
            return window.value(second: min(base + gap, latest), timestamp: timestamp)
        }
    }

    static let streetTypes = ["Street", "Avenue", "Road", "Lane", "Drive", "Boulevard", "Court", "Way"]

    /// One value of `set`, by its weights.
    static func pick(_ set: DomainVocabulary.Weighted, random: inout SeededRandom) -> String {
        set.values[weightedIndex(set.weights, random: &random)]
    }

    /// An index drawn with the relative `weights`.
    static func weightedIndex(_ weights: [Int], random: inout SeededRandom) -> Int {
        let total = weights.reduce(0) { $0 + max(0, $1) }
        guard total > 0 else { return 0 }
        var draw = random.int(in: 0...(total - 1))
        for (offset, weight) in weights.enumerated() {
            draw -= max(0, weight)
            if draw < 0 { return offset }
        }
        return weights.count - 1
    }

    /// A whole number in `range` whose logarithm is uniform: small prices more common than large ones.
    static func logUniform(_ range: ClosedRange<Int>, random: inout SeededRandom) -> Int {
        let low = Double(max(1, range.lowerBound)), high = Double(max(range.lowerBound + 1, range.upperBound))
        let u = Double(random.int(in: 0...999_999)) / 1_000_000
        return min(range.upperBound, max(range.lowerBound, Int((low * pow(high / low, u)).rounded())))
    }

    /// "Summit Supply Co.", "Harbor Trading".
    static func companyName(random: inout SeededRandom) -> String {
        let core = random.pick(DomainVocabulary.companyCores)
        let trade = random.pick(DomainVocabulary.companyTrades)
        return random.chance(0.6) ? "\(core) \(trade) \(random.pick(DomainVocabulary.companySuffixes))" : "\(core) \(trade)"
    }

    /// Lower-case letters and digits of `text`.
    static func slug(_ text: String) -> String {
        String(text.lowercased().filter { ($0.isLetter || $0.isNumber) && $0.isASCII })
    }

    private static func email(row: [SQLValue], first: Int?, last: Int?, full: Int?, index: Int,
                              random: inout SeededRandom) -> String {
        var parts: [String] = []
        if let first, let name = row[first].textValue { parts.append(name) }
        if let last, let name = row[last].textValue { parts.append(name) }
        if parts.isEmpty, let full, let name = row[full].textValue {
            parts = name.split(separator: " ").prefix(2).map(String.init)
        }
        if parts.isEmpty {
            parts = [random.pick(PeopleVocabulary.firstNames), random.pick(PeopleVocabulary.lastNames)]
        }
        let local = parts.map(slug).filter { !$0.isEmpty }.joined(separator: ".")
        // The row number keeps addresses apart when two people share a name.
        return "\(local.isEmpty ? "user" : local)\(index + 1)@\(random.pick(DomainVocabulary.emailDomains))"
    }
}
