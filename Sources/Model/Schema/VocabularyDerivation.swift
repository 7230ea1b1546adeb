/// The entity nouns, column labels and foreign-key roles ``SchemaVocabulary`` derives from names
/// when a schema file does not declare them (rules in docs/schema-format.md, "Vocabulary").
enum VocabularyDerivation {
    /// The entity of a table from its name: words split, `dim`/`fact`/`tbl`/`table` dropped,
    /// abbreviations expanded, the last word made singular and plural (`store_sales` → "store sale" / "store sales").
    static func entity(ofTableNamed name: String) -> EntityName {
        let words = NameWords.split(name)
        let named = words.filter { !NameWords.tableNoise.contains($0) }
        let kept = named.isEmpty ? words : named
        guard !kept.isEmpty else { return EntityName(singular: name, plural: name) }
        let singular = NameWords.singular(NameWords.phrase(kept))
        return EntityName(singular: singular, plural: NameWords.plural(singular))
    }

    /// The first word that every column name of `table` starts with, when it is a column prefix and
    /// not a word of the columns' meaning: at most three letters (TPC-DS `ss`, `ca`, `inv`) or the
    /// table name's first word (`order` in `orders.order_date`). `nil` for tables of one column.
    static func columnPrefix(of table: Table) -> String? {
        guard table.columns.count >= 2 else { return nil }
        let names = table.columns.map { NameWords.split($0.name) }
        guard let first = names.first?.first, names.allSatisfy({ $0.count >= 2 && $0.first == first }) else { return nil }
        guard let tableFirst = NameWords.split(table.name).first else { return nil }
        return first.count <= 3 || first == tableFirst || first == NameWords.singular(tableFirst) ? first : nil
    }

    /// The label of `column`: its words without the table's column prefix and without a key suffix
    /// (`_sk` and `_fk` always; `_id` and `_key` on key and foreign-key columns), abbreviations expanded.
    static func label(of column: Column, prefix: String?) -> String {
        let words = significantWords(of: column.name, prefix: prefix,
                                     dropping: column.role == .key || column.role == .foreignKey
                                         ? NameWords.keySuffixes : NameWords.surrogateSuffixes)
        return words.isEmpty ? column.name : NameWords.phrase(words)
    }

    /// The role of `key`: the child column's words without the child table's prefix and the key
    /// suffix (`ws_ship_date_sk` → "ship date"); the parent's entity when those words name the parent
    /// (`ss_customer_sk` → "customer"), when nothing is left, or when the key is composite.
    static func role(of key: ForeignKey, childPrefix: String?, parentEntity: EntityName) -> String {
        guard key.childColumns.count == 1 else { return parentEntity.singular }
        let words = significantWords(of: key.childColumns[0], prefix: childPrefix, dropping: NameWords.keySuffixes)
        guard !words.isEmpty else { return parentEntity.singular }
        let phrase = NameWords.phrase(words)
        let parentNames = [parentEntity, entity(ofTableNamed: key.parentTable)].flatMap { [$0.singular, $0.plural] }
        return parentNames.contains(phrase) ? parentEntity.singular : phrase
    }

    /// The words of `name` without a last word in `suffixes`, then without `prefix` as first word,
    /// each only while a word is left (`customer_id` in `customers` stays "customer").
    private static func significantWords(of name: String, prefix: String?, dropping suffixes: Set<String>) -> [String] {
        var words = NameWords.split(name)
        if words.count >= 2, let last = words.last, suffixes.contains(last) { words.removeLast() }
        if let prefix, words.count >= 2, words[0] == prefix { words.removeFirst() }
        return words
    }
}
