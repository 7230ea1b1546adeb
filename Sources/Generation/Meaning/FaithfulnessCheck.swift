import Model
import Validation

/// Whether a question (an LLM-written one, or a paraphrase from any provider) asks for what its
/// SQL returns, checked without an LLM: it states every literal of the SQL (``LiteralCheck``, in
/// the forms people write them), names every table the SQL reads by its entity noun or the role
/// phrase of the key that joins it, names every column the outer query groups by, and states an
/// ordering when the outer query orders rows and keeps only the first of them (ORDER BY with
/// LIMIT). What it requires of one SQL is measured once (``requirements(of:)``) and checked
/// against each wording (``problem(of:_:)``). docs/dataset-format.md, "Faithfulness".
public struct FaithfulnessCheck: Sendable {
    /// Why a wording was refused; `unfaithful_<rawValue>` in counts and rejections.
    public enum Failure: String, Sendable, CaseIterable {
        case literal, entity, grouping, ordering
        /// A number, value, place or name that neither the SQL nor the original holds.
        case addition
    }

    /// What one SQL requires of any question that asks for it.
    public struct Requirements: Sendable {
        /// Literals to state (``LiteralCheck/values(in:)``).
        public var literals: [String]
        /// Per table read: its name and the phrases that name it (any one will do).
        public var tables: [(table: String, phrases: [String])]
        /// Per column of the outer GROUP BY: its name and the phrases that name it.
        public var groups: [(column: String, phrases: [String])]
        /// Whether the outer query keeps the first rows of an ordering (ORDER BY and LIMIT).
        public var ordered: Bool
        /// The SQL itself: a wording may add nothing it does not hold.
        public var sql: String = ""
        /// Every schema table the SQL reads (calendar and clock too); nil when its structure
        /// cannot be analysed. The entity nouns of the other tables are additions.
        public var readTables: [String]? = nil
        /// Phrases (stemmed words) a wording may use although they hold the entity noun of a table
        /// the SQL does not read: the entity nouns of the tables it reads, the labels of the
        /// columns it uses, the roles of the keys it joins or uses ("store" of `ss_store_sk`).
        public var readPhrases: [[String]] = []
        /// Roles of the other keys of the tables it reads, which a wording may use after "of"
        /// ("quantity on hand of items" of inventory rows), never as a grouping or filter ("per store").
        public var keyRoles: [[String]] = []
    }

    /// Words that state an ordering ("top 10", "highest first", "sorted by").
    static let orderingWords: Set<String> = [
        "top", "first", "last", "highest", "lowest", "largest", "smallest", "biggest", "greatest", "most", "least", "fewest",
        "best", "worst", "bottom", "latest", "earliest", "newest", "oldest", "sorted", "sort", "ordered", "order", "rank",
        "ranked", "ranking", "ascending", "descending", "alphabetical", "alphabetically", "maximum", "minimum", "leading", "max", "min",
    ]

    public let schema: Schema
    let vocabulary: SchemaVocabulary
    /// The calendar and clock tables (semantic model): a period or an hour window names them by
    /// its values ("in Q2 2001"), which the literal and grouping checks already require.
    private let timeTables: Set<String>
    /// Every word of the schema's vocabulary, lower case (``additions(in:_:original:)``).
    let vocabularyWords: Set<String>
    /// Per table: its name, its entity noun and the stemmed words of its singular and plural.
    let entityNouns: [(table: String, noun: String, phrases: [[String]])]
    /// The places and names of the validation database (none unless the run passes them in).
    public let values: DatabaseValues

    /// The check of `schema`'s wordings; `values`: the validation database's places and names
    /// (``DatabaseValues/read(schema:validator:perColumn:)``), recognised as additions wherever
    /// they stand.
    public init(schema: Schema, values: DatabaseValues = .none) {
        self.schema = schema
        self.values = values
        vocabulary = SchemaVocabulary(schema: schema)
        let semantic = SemanticModel(schema: schema)
        timeTables = Set(schema.tables.filter { semantic.table($0.name).timeDimension != nil }.map { $0.name.lowercased() })
        vocabularyWords = Self.vocabularyWords(of: schema, vocabulary: vocabulary)
        entityNouns = Self.entityNouns(of: schema, vocabulary: vocabulary)
    }

    /// What `sql` requires; only its literals when its structure cannot be analysed.
    public func requirements(of sql: String) -> Requirements {
        var requirements = Requirements(literals: LiteralCheck.values(in: sql), tables: [], groups: [], ordered: false, sql: sql)
        guard let structure = try? SQLStructure.analyze(sql, schema: schema) else { return requirements }
        let joined = Set(structure.joinedEdges(schema: schema))
        var seen: Set<String> = []
        for scope in structure.scopes {
            for instance in scope.tables where seen.insert(instance.table.lowercased()).inserted
                && !timeTables.contains(instance.table.lowercased()) {
                requirements.tables.append((instance.table, phrases(of: instance.table, joined: joined)))
            }
        }
        readWords(of: structure, joined: joined, into: &requirements)
        if let outer = structure.scopes.first {
            var grouped: Set<ColumnRef> = []
            for use in outer.uses where use.clause == .group && grouped.insert(use.ref).inserted {
                requirements.groups.append((use.ref.description, columnPhrases(of: use.ref, joined: joined)))
            }
            requirements.ordered = outer.orderBy && outer.limit != nil
        }
        return requirements
    }

    /// The first thing `question` fails to state, with a message naming it; nil when it is faithful.
    /// `original`: the question a paraphrase rewrites (what it may repeat besides the SQL).
    public func problem(of question: String, _ requirements: Requirements, original: String? = nil) -> (failure: Failure, message: String)? {
        problem(of: question, reference(requirements, original: original))
    }

    /// The first thing `question` fails to state against `reference` (its SQL's requirements and
    /// the original), measured once for every candidate of a paraphrase; nil when it is faithful.
    public func problem(of question: String, _ reference: Reference) -> (failure: Failure, message: String)? {
        problems(of: question, reference, all: false).first
    }

    /// Everything `question` fails to state, in the order literal, entity, grouping, ordering,
    /// then what it adds (``additions(in:_:original:)``); empty when it is faithful.
    public func problems(of question: String, _ requirements: Requirements, original: String? = nil) -> [(failure: Failure, message: String)] {
        problems(of: question, reference(requirements, original: original), all: true)
    }

    /// ``problems(of:_:original:)`` against `reference`; without `all`, only the first problem.
    func problems(of question: String, _ reference: Reference, all: Bool) -> [(failure: Failure, message: String)] {
        let requirements = reference.requirements
        var found: [(failure: Failure, message: String)] = []
        let unstated = LiteralCheck.unstated(values: requirements.literals, question: question)
        if !unstated.isEmpty {
            found.append((.literal, "does not state \(unstated.map { "'\($0)'" }.joined(separator: ", ")), a value the SQL uses"))
            if !all { return found }
        }
        let words = Self.stems(question)
        for table in requirements.tables where !table.phrases.contains(where: { Self.contains(words, Self.stems($0)) }) {
            found.append((.entity, "does not name \(table.table) (say \(table.phrases.prefix(3).map { "\"\($0)\"" }.joined(separator: " or ")))"))
            if !all { return found }
        }
        for group in requirements.groups where !group.phrases.contains(where: { Self.contains(words, Self.stems($0)) }) {
            found.append((.grouping, "does not say it groups by \(group.column) (say \"\(group.phrases.first ?? group.column)\")"))
            if !all { return found }
        }
        if requirements.ordered, !Self.statesOrdering(words) {
            found.append((.ordering, "does not state the ordering the SQL keeps its first rows by (top, highest, latest, ...)"))
            if !all { return found }
        }
        if let addition = additionProblem(in: question, reference) { found.append(addition) }
        return found
    }

    /// Whether `words` hold an ordering word ("at least" and "at most" compare, they do not order).
    static func statesOrdering(_ words: [String]) -> Bool {
        words.indices.contains { index in
            orderingWords.contains(words[index]) && !(["least", "most"].contains(words[index]) && index > 0 && words[index - 1] == "at")
        }
    }

    /// The entity nouns of `table` and the roles (and role-and-label phrases) of the joined keys
    /// that reach it.
    private func phrases(of table: String, joined: Set<String>) -> [String] {
        let entity = vocabulary.entity(of: table)
        var result = [entity.plural, entity.singular] + entity.synonyms
        // A label of two or more words names its table too ("quantity on hand" of inventory).
        for column in schema.table(named: table)?.columns ?? [] {
            for label in names(of: ColumnRef(table: table, column: column.name)) where label.split(separator: " ").count >= 2 {
                result.append(label)
            }
        }
        for key in schema.foreignKeys where joined.contains(key.id) && key.parentTable.lowercased() == table.lowercased() {
            // A joined dimension may go by its head noun ("reason IDs" of a "return reason").
            if let head = entity.singular.split(separator: " ").last { result.append(String(head)) }
            let base = vocabulary.role(of: key)
            for role in vocabulary.roles(of: key) {
                result.append(role)
                for column in schema.table(named: table)?.columns ?? [] {
                    for label in names(of: ColumnRef(table: table, column: column.name)) {
                        result.append(SlotFrame.combine(role: role, label: label, base: base))
                    }
                }
            }
        }
        var unique: [String] = []
        for phrase in result where !unique.contains(phrase) { unique.append(phrase) }
        return unique
    }

    /// The label of `column` and its role-and-label phrases through the joined keys of its table.
    private func columnPhrases(of column: ColumnRef, joined: Set<String>) -> [String] {
        let label = vocabulary.label(of: column)
        var result = names(of: column)
        for key in schema.foreignKeys where joined.contains(key.id) && key.parentTable.lowercased() == column.table.lowercased() {
            let base = vocabulary.role(of: key)
            for role in vocabulary.roles(of: key) { result += names(of: column).map { SlotFrame.combine(role: role, label: $0, base: base) } }
        }
        // The head noun alone ("class" of "item class") names the column too.
        if let head = label.split(separator: " ").last.map(String.init), head != label { result.append(head) }
        // A date grouped by its year goes by that year ("record start year", "sale year").
        if [.date, .recordDate].contains(schema.useClass(of: column)) { result += result.compactMap(English.yearPhrase(ofDate:)) }
        return result
    }

    /// The label of `column` and its synonyms in the semantic model (docs/semantic-model.md): a
    /// question may name the column by any of them.
    func names(of column: ColumnRef) -> [String] {
        [vocabulary.label(of: column)] + (schema.table(named: column.table)?.column(named: column.column)?.semantic?.synonyms ?? [])
    }

    /// Lower-case words with a plural ending removed ("sales" → "sale", "categories" → "category",
    /// "classes" → "class", "PMs" → "pm"); both sides of a comparison are stemmed alike.
    static func stems(_ text: String) -> [String] {
        text.lowercasedWords().map { word in
            if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
            if ["sses", "ches", "shes", "xes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
            if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 2 { return String(word.dropLast()) }
            return String(word)
        }
    }

    /// Whether `phrase` occurs in `words` as consecutive words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        !starts(of: phrase, in: words).isEmpty
    }
}
