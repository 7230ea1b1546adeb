import Model

/// A column type as written in PostgreSQL, MySQL or SQLite DDL, brought to the schema file's type
/// grammar (words, then optionally `(n)` or `(p, s)`; Model's `SQLTypeName`): serial types become
/// their integers, `timestamp with time zone` `timestamptz`, enums, sets, arrays and anything else
/// outside the grammar `text`.
enum DDLTypeName {
    /// The type and, for `enum(...)`/`set(...)`, its allowed values; `note` explains a change a
    /// user should know about.
    struct Normalized: Equatable {
        var type: String
        var values: [String] = []
        var note: String?
    }

    static func normalize(_ tokens: [SQLToken]) -> Normalized {
        var words: [String] = []
        var numbers: [String] = []
        var values: [String] = []
        var wordsAfterNumbers = false
        var isArray = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .quotedIdentifier where token.text.hasPrefix("["):
                isArray = true
            case .word, .quotedIdentifier:
                let word = DDLTokens.unquote(token).lowercased()
                if index + 1 < tokens.count, tokens[index + 1].kind == .symbol, tokens[index + 1].text == "." {
                    index += 2 // a schema qualifier: `public.mood`, `pg_catalog.int4`
                    continue
                }
                if ["unsigned", "signed", "zerofill"].contains(word) { break }
                if !numbers.isEmpty || !values.isEmpty { wordsAfterNumbers = true }
                words.append(word)
            case .symbol where token.text == "(":
                var depth = 1
                index += 1
                while index < tokens.count, depth > 0 {
                    let inner = tokens[index]
                    if inner.kind == .symbol, inner.text == "(" { depth += 1 }
                    if inner.kind == .symbol, inner.text == ")" { depth -= 1 }
                    if depth == 1 {
                        if inner.kind == .number { numbers.append(inner.text) }
                        if let text = DDLTokens.stringValue(inner) { values.append(text) }
                    }
                    index += 1
                }
                continue
            case .symbol where token.text == "[" || token.text == "]":
                isArray = true
            default:
                break
            }
            index += 1
        }
        let base = words.joined(separator: " ")
        if isArray { return Normalized(type: "text", note: "array type \(base)[] imported as text") }
        switch base {
        case "enum", "set": return Normalized(type: "text", values: values)
        case "serial", "serial4": return Normalized(type: "integer")
        case "bigserial", "serial8": return Normalized(type: "bigint")
        case "smallserial", "serial2": return Normalized(type: "smallint")
        case "": return Normalized(type: "text", note: "no type given: imported as text")
        case "timestamp with time zone": return Normalized(type: "timestamptz")
        case "timestamp without time zone": return Normalized(type: "timestamp")
        case "time with time zone": return Normalized(type: "timetz")
        case "time without time zone": return Normalized(type: "time")
        default: break
        }
        let type = numbers.isEmpty || numbers.count > 2 || wordsAfterNumbers ? base : "\(base)(\(numbers.joined(separator: ",")))"
        guard SQLTypeName.isValid(type) else { return Normalized(type: "text", note: "type \(type) imported as text") }
        return Normalized(type: type)
    }
}
