/// The entity nouns, column labels and foreign-key roles ``SchemaVocabulary`` derives from names
/// when a schema file does not declare them (rules in docs/schema-format.md, "Vocabulary").
enum VocabularyDerivation {
    /// The entity of a table from its name: words split, `dim`/`fact`/`tbl`/`table` dropped,
    /// abbreviations expanded, the last word made singular and plural (`store_sales` → "store sale" / "store sales").
    static func entity(ofTableNamed name: String) -> EntityName {
        let words = entityWords(ofTableNamed: name)
        guard !words.isEmpty else { return EntityName(singular: name, plural: name) }
        let singular = NameWords.singular(NameWords.phrase(words))
        return EntityName(singular: singular, plural: NameWords.plural(singular))
    }

    /// The words of a table name that name its rows: without `dim`, `fact`, `tbl`, `table` unless nothing else is left.
    private static func entityWords(ofTableNamed name: String) -> [String] {
        let words = NameWords.split(name)
        let named = words.filter { !NameWords.tableNoise.contains($0) }
        return named.isEmpty ? words : named
    }

    /// The words of the prefix that every column name of `table` starts with, when it abbreviates the
    /// table name: the part before the first `_` (or else the first word) shared by all columns, whose
    /// letters appear in order in the table name (TPC-DS `ss` in `store_sales`, `inv` in `inventory`,
    /// `i2c` in `item_22_category`, `order` in `orders`). `nil` for tables of one column, or when a
    /// column is that prefix alone.
    static func columnPrefix(of table: Table) -> [String]? {
        guard table.columns.count >= 2 else { return nil }
        let names = table.columns.map { $0.name.lowercased() }
        let segments = names.map { $0.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false) }
        let candidate: String
        if let first = segments.first?.first, !first.isEmpty,
           segments.allSatisfy({ $0.count == 2 && $0[0] == first && !$0[1].isEmpty }) {
            candidate = String(first)
        } else {
            let words = table.columns.map { NameWords.split($0.name) }
            guard let first = words.first?.first, words.allSatisfy({ $0.count >= 2 && $0[0] == first }) else { return nil }
            candidate = first
        }
        var letters = Substring(NameWords.split(table.name).joined())
        for character in candidate where !character.isNumber {
            guard let index = letters.firstIndex(of: character) else { return nil }
            letters = letters[letters.index(after: index)...]
        }
        return NameWords.split(candidate)
    }

    /// `text` unless it is missing or blank.
    static func declared(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    /// The label of every column of `table`, in column order: declared, or derived by
    /// ``label(of:table:prefix:)``. A derived label of a foreign-key column that repeats another
    /// column's label ends in "key" (`msal_recorded_date_sk` → "recorded date key" next to
    /// `msal_recorded_date` → "recorded date"). A derived label over ``maximumLabelWords`` words
    /// keeps its last four words, or its first and last three when those repeat another label
    /// ("bill north chat SLA policy" → "bill chat SLA policy" next to "north chat SLA policy").
    static func labels(of table: Table, prefix: [String]?) -> [String] {
        var labels = table.columns.map { declared($0.label) ?? label(of: $0, table: table.name, prefix: prefix) }
        var counts: [String: Int] = [:]
        for label in labels { counts[label.lowercased(), default: 0] += 1 }
        let derived = table.columns.indices.filter { declared(table.columns[$0].label) == nil }
        for index in derived where table.columns[index].role == .foreignKey && counts[labels[index].lowercased(), default: 0] > 1 {
            labels[index] += " key"
        }
        var taken = Set(labels.map { $0.lowercased() })
        for index in derived {
            let words = labels[index].split(separator: " ").map(String.init)
            guard words.count > maximumLabelWords else { continue }
            let shorter = [Array(words.suffix(maximumLabelWords)), [words[0]] + words.suffix(maximumLabelWords - 1)]
                .map { $0.joined(separator: " ") }
            if let label = shorter.first(where: { !taken.contains($0.lowercased()) }) {
                labels[index] = label
                taken.insert(label.lowercased())
            }
        }
        return labels
    }

    /// The most words a derived label has when it can be shortened.
    static let maximumLabelWords = 4

    /// The label of `column` of the table named `table`: its words without the table's column prefix
    /// and without a key suffix (`_sk` and `_fk` always; `_id` and `_key` on key and foreign-key
    /// columns), abbreviations expanded; the table's own key says so (`d_date_sk` → "date key", next
    /// to `d_date` → "date"). A label over ``maximumLabelWords`` words that starts with the table's
    /// name drops it (`eplz_east_price_list_zone_id` in `east_price_list_zone` → "ID").
    static func label(of column: Column, table: String, prefix: [String]?) -> String {
        let dropping = column.role == .key || column.role == .foreignKey ? NameWords.keySuffixes : NameWords.surrogateSuffixes
        var (words, droppedSuffix) = significantWords(of: column.name, prefix: prefix, dropping: dropping)
        guard !words.isEmpty else { return column.name }
        let isOwnKey = column.role == .key && droppedSuffix
        let tableWords = entityWords(ofTableNamed: table)
        if words.count + (isOwnKey ? 1 : 0) > maximumLabelWords, !tableWords.isEmpty, words.count > tableWords.count || isOwnKey,
           words.starts(with: tableWords) || words.starts(with: tableWords.dropLast() + [NameWords.singular(tableWords.last ?? "")]) {
            words.removeFirst(tableWords.count)
        }
        guard !words.isEmpty else { return "key" }
        return NameWords.phrase(words) + (isOwnKey ? " key" : "")
    }

    /// The role of `key`: the child column's words without the child table's prefix and the key
    /// suffix (`ws_ship_date_sk` → "ship date"); the parent's entity when those words name the parent
    /// (`ss_customer_sk` → "customer"), when nothing is left, or when the key is composite.
    static func role(of key: ForeignKey, childPrefix: [String]?, parentEntity: EntityName) -> String {
        guard key.childColumns.count == 1 else { return parentEntity.singular }
        let words = significantWords(of: key.childColumns[0], prefix: childPrefix, dropping: NameWords.keySuffixes).words
        guard !words.isEmpty else { return parentEntity.singular }
        let phrase = NameWords.phrase(words)
        let parentNames = [parentEntity, entity(ofTableNamed: key.parentTable)].flatMap { [$0.singular, $0.plural] }
        return parentNames.contains(phrase) ? parentEntity.singular : phrase
    }

    /// What must differ between the keys from one child table to the same parent: the two tables and
    /// the role, case-insensitive, as one string.
    static func rolePair(_ key: ForeignKey, role: String) -> String {
        [key.childTable, key.parentTable, role].map { $0.lowercased() }.joined(separator: "\u{0}")
    }

    /// The words of `name` without a last word in `suffixes`, then without the words of `prefix`,
    /// each only while a word is left (`customer_id` in `customers` stays "customer"), and whether
    /// the suffix was dropped.
    private static func significantWords(of name: String, prefix: [String]?,
                                         dropping suffixes: Set<String>) -> (words: [String], droppedSuffix: Bool) {
        var words = NameWords.split(name)
        var droppedSuffix = false
        if words.count >= 2, let last = words.last, suffixes.contains(last) {
            words.removeLast()
            droppedSuffix = true
        }
        if let prefix, words.count > prefix.count, words.starts(with: prefix) { words.removeFirst(prefix.count) }
        return (words, droppedSuffix)
    }
}
