import Foundation

extension ColumnUseClass {
    /// The class of `column` in `table`: from its semantic role (the schema file's, else derived;
    /// docs/semantic-model.md), its aggregation and declared type.
    public init(column: Column, in table: Table) {
        self.init(semantics: SemanticDerivation.resolved(column, in: table), column: column)
    }

    /// The class of a column with `semantics`.
    public init(semantics: ColumnSemantics, column: Column) {
        let family = column.typeFamily
        let words = Self.words(of: column.name)
        let dated = family == .date || family == .time
        let numeric = family == .integer || family == .decimal
        switch semantics.role ?? .dimension {
        case .key: self = .key
        case .businessKey, .identifier: self = .identifier
        case .measure: self = semantics.aggregation == .sum || semantics.aggregation == nil ? .measure : .rate
        case .dimension:
            if dated { self = .date } else if numeric { self = .category }
            else { self = words.contains(where: Self.nameWords.contains) ? .name : .category }
        case .detail: self = dated ? .date : (numeric ? .rate : .text)
        case .flag: self = .flag
        case .timeGrain: self = dated ? .date : (numeric ? .datePart : .category)
        case .recordDate: self = .recordDate
        case .date: self = dated ? .date : .datePart
        }
    }

    /// Words that mark free text: descriptions, addresses and links people filter on but never group by.
    static let textWords: Set<String> = ["desc", "description", "url", "details", "comment", "comments", "note", "notes", "text"]
    /// Words that mark a name: shown, filtered by value, grouped.
    static let nameWords: Set<String> = ["name", "manager", "email", "login", "street", "number", "suite", "salutation", "address", "phone"]
    /// Words of a per-unit amount on a fact line (summing unit prices means nothing).
    static let unitWords: Set<String> = ["price", "rate", "percent", "percentage", "pct", "ratio", "offset"]

    /// A per-unit price or a rate: a `price` that is not an extended (line) amount, or any rate word.
    static func isUnitRate(_ words: [String]) -> Bool {
        let unit = words.contains(where: unitWords.contains) || (words.contains("wholesale") && words.contains("cost"))
        return unit && !words.contains("ext") && !words.contains("extended") && !words.contains("net")
    }

    /// A one-character Y/N column, or one whose description reads "Y if ...".
    static func isFlag(_ column: Column) -> Bool {
        let description = column.description.trimmingCharacters(in: .whitespaces)
        if description.hasPrefix("Y if ") || description.hasPrefix("Y when ") { return true }
        let words = Self.words(of: column.name)
        return words.last == "flag" || (column.type.lowercased() == "boolean")
    }

    /// Lower-case words of a snake_case or camelCase name.
    public static func words(of name: String) -> [String] {
        // Plain ASCII names (nearly all) are split on their bytes; Unicode properties are slow.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: name) }
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            if character == "_" || character == " " || character == "-" {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if character.isUppercase, previousLower, !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.append(character)
            previousLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}

extension ColumnUseClass {
    /// ``words(of:)`` of an ASCII name, byte by byte.
    private static func asciiWords(of name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in name.utf8 {
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                flush()
                previousLower = false
                continue
            }
            let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            if upper, previousLower, !current.isEmpty { flush() }
            current.append(upper ? byte + 32 : byte)
            previousLower = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        flush()
        return words
    }
}

extension Schema {
    /// The use class of `ref`, nil when the column is unknown.
    public func useClass(of ref: ColumnRef) -> ColumnUseClass? {
        guard let table = table(named: ref.table), let column = table.column(named: ref.column) else { return nil }
        return ColumnUseClass(column: column, in: table)
    }
}
