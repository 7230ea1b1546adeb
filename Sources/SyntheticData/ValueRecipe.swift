import Model
import SQLite

/// How the generic path makes a value for one column, chosen once per column from its name and
/// type (see ``ColumnHeuristics``).
enum ValueRecipe: Sendable {
    case businessID
    case code(width: Int)
    case letters(count: Int)
    case pick([String])
    case flag
    case state
    case zip
    case gmtOffset
    case streetNumber
    case suiteNumber
    case streetName
    case personName
    case email(firstName: Int?, lastName: Int?)
    case login
    case brand
    case formulation
    case syllableWord
    case rowWord
    case url
    case phone
    case sentence(words: ClosedRange<Int>)
    case quarterName
    case integer(ClosedRange<Int>)
    case stepped(ClosedRange<Int>, step: Int)
    case rowNumber
    case cents(ClosedRange<Int>)
    case date(ClosedRange<Int>)
    case dateTime(ClosedRange<Int>)
    case endDate(start: Int?)
    case time
    case boolean
    case blob
    /// A value that looks like the domain (tables outside TPC-DS), amounts kept within the
    /// column's decimal limit.
    case domain(DomainRecipe, limitCents: Int)

    /// 1998-01-01 and 2003-12-31 as Julian day numbers: the TPC-DS calendar.
    static let firstDay = 2_450_815
    static let lastDay = 2_453_005

    /// A value for row `index`; `row` holds the values of earlier columns of the same row.
    func make(index: Int, row: [SQLValue], random: inout SeededRandom) -> SQLValue {
        switch self {
        case .businessID:
            return .text(BusinessKey.id(index + 1))
        case .code(let width):
            return .text(BusinessKey.code(random.int(in: 0...(pow36(width) - 1)), width: width))
        case .letters(let count):
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return .text(String((0..<max(1, count)).map { _ in random.pick(alphabet) }))
        case .pick(let values):
            return values.isEmpty ? .null : .text(random.pick(values))
        case .flag:
            return .text(random.chance(0.5) ? "Y" : "N")
        case .state:
            return .text(random.pick(PlaceVocabulary.states).code)
        case .zip:
            return .text(String(10000 + random.int(in: 0...89999)))
        case .gmtOffset:
            return .int(-random.int(in: 5...8))
        case .streetNumber:
            return .text(String(random.int(in: 1...999)))
        case .suiteNumber:
            return .text(random.chance(0.5) ? "Suite \(random.int(in: 1...49) * 10)" : "Suite \(random.pick(Array("ABCDEFGHIJKLMNOPQRSTUVWXY")))")
        case .streetName:
            return .text(AddressFiller.streetName(random: &random))
        case .personName:
            return .text("\(random.pick(PeopleVocabulary.firstNames)) \(random.pick(PeopleVocabulary.lastNames))")
        case .email(let firstPosition, let lastPosition):
            let first = firstPosition.flatMap { row[$0].textValue } ?? random.pick(PeopleVocabulary.firstNames)
            let last = lastPosition.flatMap { row[$0].textValue } ?? random.pick(PeopleVocabulary.lastNames)
            return .text(ValueRecipe.email(first: first, last: last, random: &random))
        case .login:
            return .text("\(random.pick(PeopleVocabulary.lastNames).lowercased())\(random.int(in: 1...999))")
        case .brand:
            let category = random.pick(ProductVocabulary.categories)
            return .text(ProductVocabulary.brand(categoryID: category.id, classID: random.int(in: 1...category.classes.count),
                                                 number: random.int(in: 1...10)))
        case .formulation:
            return .text("\(random.int(in: 1_000_000...9_999_999))\(random.pick(ProductVocabulary.colors))\(random.int(in: 10...9999))")
        case .syllableWord:
            return .text(BusinessKey.word(random.int(in: 1...999)))
        case .rowWord:
            return .text(BusinessKey.word(index + 1))
        case .url:
            return .text("http://www.\(random.pick(CommerceVocabulary.words)).com")
        case .phone:
            return .text("\(random.int(in: 200...989))-\(random.int(in: 200...999))-\(random.int(in: 1000...9999))")
        case .sentence(let words):
            return .text(ValueRecipe.sentence(words: random.int(in: words), random: &random))
        case .quarterName:
            return .text("\(random.int(in: 1998...2003))Q\(random.int(in: 1...4))")
        case .integer(let range):
            return .int(random.int(in: range))
        case .stepped(let range, let step):
            return .int(random.int(in: range) * step)
        case .rowNumber:
            return .int(index + 1)
        case .cents(let range):
            return .cents(random.int(in: range))
        case .date(let days):
            return .text(CivilDate(julianDay: random.int(in: days)).iso)
        case .dateTime(let days):
            let time = random.int(in: 0...86_399)
            return .text("\(CivilDate(julianDay: random.int(in: days)).iso) \(ValueRecipe.clock(time))")
        case .endDate(let start):
            if random.chance(0.5) { return .null }
            if let start, let text = row[start].textValue, let begin = ValueRecipe.julianDay(iso: text) {
                return .text(CivilDate(julianDay: begin + random.int(in: 365...1095)).iso)
            }
            return .text(CivilDate(julianDay: random.int(in: ValueRecipe.firstDay...ValueRecipe.lastDay)).iso)
        case .time:
            return .text(ValueRecipe.clock(random.int(in: 0...86_399)))
        case .boolean:
            return .int(random.int(in: 0...1))
        case .blob:
            return .blob((0..<8).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        case .domain(let recipe, let limitCents):
            let value = recipe.make(index: index, row: row, random: &random)
            if case .real(let number) = value, abs(number * 100) > Double(limitCents) {
                return .cents(number < 0 ? -limitCents : limitCents)
            }
            return value
        }
    }

    /// `HH:MM:SS` of a second of the day.
    static func clock(_ seconds: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// The Julian day of a `YYYY-MM-DD` text, nil when it is not one.
    static func julianDay(iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2]).julianDay
    }

    /// `First.Last@word.com`.
    static func email(first: String, last: String, random: inout SeededRandom) -> String {
        let clean = { (text: String) in text.filter { $0.isLetter || $0.isNumber } }
        return "\(clean(first)).\(clean(last))@\(random.pick(CommerceVocabulary.words)).\(random.pick(PeopleVocabulary.emailDomains))"
    }

    /// A sentence of `words` words, capitalised, without a final stop.
    static func sentence(words: Int, random: inout SeededRandom) -> String {
        var text = (0..<max(1, words)).map { _ in random.pick(CommerceVocabulary.words) }.joined(separator: " ")
        if let first = text.first { text = first.uppercased() + text.dropFirst() }
        return text
    }

    private func pow36(_ width: Int) -> Int {
        var value = 1
        for _ in 0..<min(max(width, 1), 5) { value *= 36 }
        return value
    }
}
