import Foundation

extension ColumnUseClass {
    /// The class of `column` in `table`, from its role, declared type, name and description.
    public init(column: Column, in table: Table) {
        let words = Self.words(of: column.name)
        let family = column.typeFamily
        switch column.role {
        case .key, .foreignKey:
            self = .key
        case .measure:
            if family == .text { self = .category; return }
            if table.kind == .dimension || Self.isUnitRate(words) { self = .rate } else { self = .measure }
        case .identifier:
            self = .identifier
        case .date:
            switch family {
            case .date, .time: self = .date
            case .integer, .decimal: self = .datePart
            default: self = Self.isFlag(column) ? .flag : .category
            }
        case .attribute:
            if Self.isFlag(column) { self = .flag; return }
            switch family {
            case .integer, .decimal: self = .rate
            case .date, .time: self = .date
            default:
                if words.contains(where: Self.textWords.contains) { self = .text }
                else if words.contains(where: Self.nameWords.contains) { self = .name }
                else { self = .category }
            }
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
    static func words(of name: String) -> [String] {
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

extension Schema {
    /// The use class of `ref`, nil when the column is unknown.
    public func useClass(of ref: ColumnRef) -> ColumnUseClass? {
        guard let table = table(named: ref.table), let column = table.column(named: ref.column) else { return nil }
        return ColumnUseClass(column: column, in: table)
    }
}
