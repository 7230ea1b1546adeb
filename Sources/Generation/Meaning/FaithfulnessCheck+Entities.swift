import Model
import Validation

/// Entity nouns a wording adds: a table named ("for each warehouse") that the SQL does not read.
/// An entity noun inside a phrase of what the SQL reads is no addition ("store" of "store sales",
/// of the used column `ss_store_sk`'s role, "items" after "of" when a read table has an item key),
/// nor one the original question already names so.
extension FaithfulnessCheck {
    /// The entity nouns of every table of `schema`, in schema order.
    static func entityNouns(of schema: Schema, vocabulary: SchemaVocabulary) -> [(table: String, noun: String, phrases: [[String]])] {
        schema.tables.map { table in
            let entity = vocabulary.entity(of: table.name)
            return (table.name, entity.singular, [stems(entity.singular), stems(entity.plural)] + entity.synonyms.map(stems))
        }
    }

    /// Records in `requirements` what `structure` reads: its tables and the phrases that name them,
    /// its used columns and its keys (``Requirements/readPhrases``).
    func readWords(of structure: SQLStructure, joined: Set<String>, into requirements: inout Requirements) {
        var tables: [String] = []
        var used: [ColumnRef] = []
        for scope in structure.scopes {
            for instance in scope.tables where !tables.contains(where: { $0.lowercased() == instance.table.lowercased() }) {
                tables.append(instance.table)
            }
            for use in scope.uses where !used.contains(use.ref) { used.append(use.ref) }
            if scope.readsStar {
                for instance in scope.tables {
                    for column in schema.table(named: instance.table)?.columns ?? [] {
                        let ref = ColumnRef(table: instance.table, column: column.name)
                        if !used.contains(ref) { used.append(ref) }
                    }
                }
            }
        }
        var phrases: [String] = []
        for table in tables {
            let entity = vocabulary.entity(of: table)
            phrases += [entity.singular, entity.plural] + entity.synonyms
        }
        for ref in used { phrases += names(of: ref) }
        let usedColumns = Set(used.map { "\($0.table.lowercased()).\($0.column.lowercased())" })
        for key in schema.foreignKeys where joined.contains(key.id)
            || key.childColumns.contains(where: { usedColumns.contains("\(key.childTable.lowercased()).\($0.lowercased())") }) {
            phrases += vocabulary.roles(of: key)
        }
        let readTables = Set(tables.map { $0.lowercased() })
        requirements.readTables = tables
        requirements.readPhrases = phrases.map(Self.stems).filter { !$0.isEmpty }
        requirements.keyRoles = schema.foreignKeys.filter { readTables.contains($0.childTable.lowercased()) }
            .flatMap { vocabulary.roles(of: $0).map(Self.stems) }.filter { !$0.isEmpty }
    }

    /// The entity nouns of tables the SQL of `reference` does not read that `wording` names
    /// outside every phrase of what it reads and that its original does not name so, in schema order.
    func unreadEntities(in wording: String, _ reference: Reference) -> [String] {
        let requirements = reference.requirements
        guard let read = requirements.readTables else { return [] }
        let readTables = Set(read.map { $0.lowercased() })
        let words = Self.clauseStems(wording)
        // Built only once some entity's phrase starts with a word of the wording (most have none).
        var covered: [Bool]?
        let originalWords = reference.originalWords
        let originalCovered = reference.originalCovered
        let present = Set(words)
        var added: [String] = []
        for entity in entityNouns where !readTables.contains(entity.table.lowercased()) {
            let phrases = entity.phrases.filter { $0.first.map(present.contains) ?? false }
            guard !phrases.isEmpty else { continue }
            let wordsCovered = covered ?? Self.covered(words, by: requirements)
            covered = wordsCovered
            if Self.names(phrases, in: words, covered: wordsCovered), !Self.names(phrases, in: originalWords, covered: originalCovered),
               !added.contains(entity.noun) {
                added.append(entity.noun)
            }
        }
        return added
    }

    /// Which of `words` stand inside a phrase of what the SQL of `requirements` reads, inside one of
    /// its values, or in a key role after "of".
    static func covered(_ words: [String], by requirements: Requirements) -> [Bool] {
        var covered = [Bool](repeating: false, count: words.count)
        // A value the SQL holds is no entity either ("Usual stores recent common quick", a reason
        // that names a product).
        for phrase in requirements.readPhrases + requirements.literals.map(stems) {
            for start in starts(of: phrase, in: words) {
                for index in start..<(start + phrase.count) { covered[index] = true }
            }
        }
        for phrase in requirements.keyRoles {
            for start in starts(of: phrase, in: words) where start > 0 && words[start - 1] == "of" {
                for index in start..<(start + phrase.count) { covered[index] = true }
            }
        }
        return covered
    }

    /// Whether one of `phrases` occurs in `words` other than where every word is `covered`.
    static func names(_ phrases: [[String]], in words: [String], covered: [Bool]) -> Bool {
        phrases.contains { phrase in
            starts(of: phrase, in: words).contains { start in !covered[start..<(start + phrase.count)].allSatisfy { $0 } }
        }
    }

    /// ``stems(_:)`` of `text` with a "," between its clauses, so that no phrase spans a comma or a
    /// sentence end ("in the catalog, sale quarters" names no catalog sale).
    static func clauseStems(_ text: String) -> [String] {
        Array(text.split(whereSeparator: { ",.;:?!()".contains($0) }).map { stems(String($0)) }.joined(separator: [","]))
    }

    /// Where `phrase` starts in `words` as consecutive words.
    static func starts(of phrase: [String], in words: [String]) -> [Int] {
        guard !phrase.isEmpty, phrase.count <= words.count else { return [] }
        return (0...(words.count - phrase.count)).filter { start in words[start] == phrase[0] && words[start..<(start + phrase.count)].elementsEqual(phrase) }
    }
}
