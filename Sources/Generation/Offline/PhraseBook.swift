import Foundation
import Model

/// Question phrases for a schema's tables and columns, made from their business descriptions
/// (never from identifiers).
struct PhraseBook: Sendable {
    let schema: Schema

    /// The noun phrase of a column, without article: "net amount the customer paid for the line".
    func noun(of column: Column) -> String {
        if let clause = English.flagClause(column.description) {
            return "indicator of whether \(clause)"
        }
        var cleaned = English.clean(column.description).replacingOccurrences(of: ", ", with: " ")
        for article in ["the ", "a ", "an "] where cleaned.lowercased().hasPrefix(article) {
            cleaned = String(cleaned.dropFirst(article.count))
        }
        return scrubbed(cleaned.isEmpty ? words(of: column.name, dropPrefix: true) : cleaned)
    }

    /// The clause of a yes/no flag column ("the day is a holiday"), or nil.
    func flagClause(of column: Column) -> String? {
        English.flagClause(column.description).map(scrubbed)
    }

    /// The plural noun phrase of a table's rows: "item lines of a customer purchase in a physical store".
    func rows(of table: Table) -> String {
        var text = English.collapseSpaces(English.removeParentheticals(table.description))
        guard !text.isEmpty else { return scrubbed(English.plural(words(of: table.name, dropPrefix: false)) + " records") }
        let startsWithOne = text.hasPrefix("One ")
        if startsWithOne { text = String(text.dropFirst(4)) }
        for marker in [",", ":", " with ", " that ", " through which", " given by", ";", "."] {
            if let range = text.range(of: marker) { text = String(text[..<range.lowerBound]) }
        }
        text = English.lowerFirst(text.trimmingCharacters(in: .whitespaces))
        text = replaceOne(in: text)
        return scrubbed(startsWithOne ? English.plural(text) : "records of the \(text)")
    }

    /// The singular noun phrase of one row of a table: "item line of a customer purchase in a physical store".
    func row(of table: Table) -> String {
        var text = English.collapseSpaces(English.removeParentheticals(table.description))
        guard text.hasPrefix("One ") else { return "record" }
        text = String(text.dropFirst(4))
        for marker in [",", ":", " with ", " that ", " through which", " given by", ";", "."] {
            if let range = text.range(of: marker) { text = String(text[..<range.lowerBound]) }
        }
        return scrubbed(replaceOne(in: English.lowerFirst(text.trimmingCharacters(in: .whitespaces))))
    }

    /// The role of a foreign key seen from its child: "date of the sale", "billing address of the order".
    func role(of key: ForeignKey) -> String {
        guard let table = schema.table(named: key.childTable) else { return "related record" }
        let nouns = key.childColumns.compactMap { table.column(named: $0) }.map(noun(of:))
        return nouns.first ?? "related record"
    }

    /// Words of an identifier with underscores turned into spaces (and the short table prefix dropped).
    private func words(of identifier: String, dropPrefix: Bool) -> String {
        var parts = identifier.lowercased().split(separator: "_").map(String.init)
        if dropPrefix, parts.count > 1, parts[0].count <= 3 { parts.removeFirst() }
        return parts.joined(separator: " ")
    }

    /// Replaces "one " by "a "/"an " inside a phrase ("of one item" → "of an item").
    private func replaceOne(in text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        for index in words.indices where words[index] == "one" && index + 1 < words.count {
            words[index] = English.article(before: words[index + 1])
        }
        return words.joined(separator: " ")
    }

    /// Removes anything that looks like an identifier (underscores) from a phrase.
    private func scrubbed(_ text: String) -> String {
        text.replacingOccurrences(of: "_", with: " ")
    }
}
