import Foundation
import Model

/// The other half of faithfulness: a wording must not add what neither its SQL nor the question
/// it rewrites holds — a number, a value, place or name written as a proper noun ("in Alaska",
/// "TX", "in 2003" when the SQL has no 2003), a place or name of the validation database wherever
/// it stands ("Springfield store sales", "in new york"), or the entity noun of a table the SQL does
/// not read ("for each warehouse"). Deterministic: numbers are compared by value with every number
/// of the SQL text (literals, digits inside literals such as `1998Q2`, LIMIT) and of the original;
/// capitalised words with the SQL's text, the original, the schema's vocabulary (entity nouns,
/// labels, roles, table and column names) and calendar words the SQL's dates allow; database
/// values and entity nouns with the SQL's values and what it reads (``Requirements/readPhrases``).
extension FaithfulnessCheck {
    /// What every wording checked against one SQL and one original is compared with, measured
    /// once (a paraphrase's candidates share it): the numbers, words and calendar words of the SQL
    /// and the original, and the original's clause stems with those inside a phrase of what the SQL reads.
    public struct Reference: Sendable {
        public let requirements: Requirements
        /// The question a paraphrase rewrites; nil for a question written from the SQL alone.
        public let original: String?
        /// Every number of the SQL and the original by value, also times and divided by 100.
        let known: Set<Double>
        /// The SQL and the original, lower case.
        let lowered: String
        /// Their words, with the SQL's values in the forms people write them.
        let words: Set<String>
        /// Whether the SQL or the original holds a date or a month name (calendar words may follow).
        let datesAllowed: Bool
        /// ``clauseStems(_:)`` of the original and which of them ``covered(_:by:)`` marks.
        let originalWords: [String]
        let originalCovered: [Bool]
    }

    /// The reference of `requirements` and `original` (``additions(in:_:)``).
    public func reference(_ requirements: Requirements, original: String?) -> Reference {
        let sql = requirements.sql
        let reference = sql + " " + (original ?? "")
        var known = Self.numbers(in: reference)
        for value in known { known.insert(value * 100); known.insert(value / 100) }
        let lowered = reference.lowercased()
        var referenceWords = Set(lowered.lowercasedWords())
        // The SQL's values in the forms people write them: "November" for a month 11, "Q3" for a quarter 3.
        for value in LiteralCheck.values(in: sql) {
            for form in LiteralCheck.forms(of: value) { referenceWords.formUnion(form.split { !$0.isLetter && !$0.isNumber }.map(String.init)) }
            if let number = Int(value), (1...4).contains(number) { referenceWords.insert("q\(number)") }
        }
        let datesAllowed = Self.yearAndMonth.matches(lowered)
            || referenceWords.contains { LiteralCheck.monthNames.contains($0) }
        let originalWords = original.map(Self.clauseStems) ?? []
        return Reference(requirements: requirements, original: original, known: known, lowered: lowered, words: referenceWords,
                         datesAllowed: datesAllowed, originalWords: originalWords,
                         originalCovered: Self.covered(originalWords, by: requirements))
    }

    /// What `wording` adds to the SQL of `requirements` and `original` (the question a paraphrase
    /// rewrites; nil for a question written from the SQL alone): numbers, proper nouns, database
    /// values, then entity nouns; empty when it adds nothing.
    public func additions(in wording: String, _ requirements: Requirements, original: String?) -> [String] {
        additions(in: wording, reference(requirements, original: original))
    }

    /// What `wording` adds to `reference`'s SQL and original (``additions(in:_:original:)``).
    public func additions(in wording: String, _ reference: Reference) -> [String] {
        let known = reference.known
        let referenceWords = reference.words
        var added: [String] = []
        for token in Self.numberTokens(in: wording) where !known.contains(token.value) && !added.contains(token.text) {
            added.append(token.text)
        }
        for word in Self.properNouns(in: wording) {
            let lower = word.lowercased()
            let stem = Self.stems(lower).first ?? lower
            if [lower, stem].contains(where: { referenceWords.contains($0) || vocabularyWords.contains($0) || Self.commonCapitals.contains($0) }) {
                continue
            }
            if reference.lowered.contains(lower) { continue }
            if (LiteralCheck.monthNames.contains(lower) || Self.calendarWords.contains(lower)), reference.datesAllowed { continue }
            if !added.contains(word) { added.append(word) }
        }
        for value in values.occurrences(in: wording) where !value.words.allSatisfy({ word in
            referenceWords.contains(word) || vocabularyWords.contains(word) || Self.commonCapitals.contains(word)
        }) && !added.contains(where: { $0.lowercased() == value.text.lowercased() }) {
            added.append(value.text)
        }
        for entity in unreadEntities(in: wording, reference) where !added.contains(entity) { added.append(entity) }
        return added
    }

    /// The failure of a wording that adds something, or nil.
    func additionProblem(in wording: String, _ reference: Reference) -> (failure: Failure, message: String)? {
        let added = additions(in: wording, reference)
        guard !added.isEmpty else { return nil }
        let what = reference.original == nil ? "the SQL" : "the SQL or the question it rewrites"
        return (.addition, "adds \(added.map { "'\($0)'" }.joined(separator: ", ")), which \(what) does not hold")
    }

    /// Words of the schema's vocabulary, lower case: entity nouns, column labels, key roles, and the
    /// parts of table and column names.
    static func vocabularyWords(of schema: Schema, vocabulary: SchemaVocabulary) -> Set<String> {
        var phrases: [String] = []
        for table in schema.tables {
            let entity = vocabulary.entity(of: table.name)
            phrases += [table.name, entity.singular, entity.plural] + entity.synonyms
            for column in table.columns {
                phrases += [column.name, vocabulary.label(of: ColumnRef(table: table.name, column: column.name))]
                phrases += column.semantic?.synonyms ?? []
            }
        }
        for key in schema.foreignKeys { phrases += vocabulary.roles(of: key) }
        var words: Set<String> = []
        for phrase in phrases {
            for word in phrase.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                words.insert(String(word))
                words.formUnion(stems(String(word)))
            }
        }
        return words
    }

    /// A date's year and month (`2001-03`).
    static let yearAndMonth = TextPattern(#"\d{4}-\d{2}"#)

    /// Capitalised words that add nothing: the pronoun, question words and common abbreviations.
    static let commonCapitals: Set<String> = [
        "i", "id", "ids", "sql", "what", "which", "who", "how", "show", "list", "give", "find", "return", "count", "total",
        "tell", "please", "for", "in", "of", "by", "per", "the", "a", "an", "and", "or", "with", "across", "among", "top",
        "usd", "us", "n", "yes", "no", "true", "false", "null", "none",
    ]

    /// Calendar words a question may use when its SQL filters dates or months.
    static let calendarWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                             "q1", "q2", "q3", "q4", "christmas", "easter"]

    /// Every number of `text` by value: whole tokens (`12.50`) and each digit run (`1998Q2`: 1998, 2).
    static func numbers(in text: String) -> Set<Double> {
        var values: Set<Double> = []
        for token in numberTokens(in: text) { values.insert(token.value) }
        var run = ""
        for character in text + " " {
            if character.isASCII, character.isNumber { run.append(character); continue }
            if let value = Double(run) { values.insert(value) }
            run = ""
        }
        return values
    }

    /// Numbers written in `text` (`1,234.5`, `10`, `2nd`), with their values.
    static func numberTokens(in text: String) -> [(text: String, value: Double)] {
        var tokens: [(text: String, value: Double)] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "_") else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII,
                  characters[end].isNumber || ((characters[end] == "," || characters[end] == ".") && end + 1 < characters.count
                                                && characters[end + 1].isASCII && characters[end + 1].isNumber) {
                end += 1
            }
            let written = String(characters[index..<end])
            if let value = Double(written.replacingOccurrences(of: ",", with: "")) { tokens.append((written, value)) }
            index = end
        }
        return tokens
    }

    /// Capitalised words (and all-capital abbreviations) that do not start a sentence.
    static func properNouns(in text: String) -> [String] {
        var nouns: [String] = []
        var sentenceStart = true
        var word = ""
        func flush() {
            defer { word = "" }
            guard let first = word.first else { return }
            if first.isUppercase, !sentenceStart { nouns.append(word) }
            sentenceStart = false
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "'" && !word.isEmpty {
                word.append(character)
                continue
            }
            flush()
            if ".?!:;\"(\n".contains(character) { sentenceStart = true }
        }
        flush()
        return nouns.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 }
    }
}
