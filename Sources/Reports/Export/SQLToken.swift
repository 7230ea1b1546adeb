import Foundation

/// One token of an SQL text, as the exports see it: words (keywords and names, a qualified
/// `alias.column` is one word), string literals with their quotes, numbers, quoted identifiers and
/// operators (`<=`, `>=`, `<>`, `!=`, `==`, `||` are one token).
struct SQLToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word, string, number, quotedIdentifier, symbol, comment
    }

    var kind: Kind
    var text: String

    /// Lower-cased text of a word (keywords compare case-insensitively).
    var lowered: String { text.lowercased() }

    func isWord(_ word: String) -> Bool { kind == .word && lowered == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    /// The tokens of `sql`; nil when a string, quoted identifier or comment is not closed.
    static func tokens(_ sql: String) -> [SQLToken]? {
        var tokens: [SQLToken] = []
        let characters = Array(sql)
        var index = 0
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "$" }
        while index < characters.count {
            let character = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            if character.isWhitespace {
                index += 1
            } else if character == "-" && next == "-" || character == "/" && next == "*" {
                let block = character == "/"
                var end = index + 2
                while end < characters.count {
                    if block ? characters[end] == "*" && end + 1 < characters.count && characters[end + 1] == "/" : characters[end] == "\n" { break }
                    end += 1
                }
                if block && end >= characters.count { return nil }
                end = block ? end + 2 : end
                tokens.append(SQLToken(kind: .comment, text: String(characters[index..<min(end, characters.count)])))
                index = end
            } else if character == "'" || character == "\"" || character == "`" || character == "[" {
                let close: Character = character == "[" ? "]" : character
                var end = index + 1
                var closed = false
                while end < characters.count {
                    if characters[end] == close {
                        if close != "]" && end + 1 < characters.count && characters[end + 1] == close { end += 2; continue }
                        closed = true
                        break
                    }
                    end += 1
                }
                guard closed else { return nil }
                tokens.append(SQLToken(kind: character == "'" ? .string : .quotedIdentifier, text: String(characters[index...end])))
                index = end + 1
            } else if character.isNumber || character == "." && (next?.isNumber ?? false) {
                var end = index
                while end < characters.count && (characters[end].isNumber || characters[end] == "." || characters[end].isLetter) {
                    if characters[end] == "e" || characters[end] == "E", end + 1 < characters.count, "+-".contains(characters[end + 1]) { end += 1 }
                    end += 1
                }
                tokens.append(SQLToken(kind: .number, text: String(characters[index..<end])))
                index = end
            } else if isWordCharacter(character) {
                var end = index
                while end < characters.count && (isWordCharacter(characters[end]) || characters[end] == "." && end + 1 < characters.count && (isWordCharacter(characters[end + 1]) || characters[end + 1] == "*")) {
                    end += 1
                    if characters[end - 1] == ".", characters[end] == "*" { end += 1; break }
                }
                tokens.append(SQLToken(kind: .word, text: String(characters[index..<end])))
                index = end
            } else {
                let pair = next.map { String([character, $0]) } ?? ""
                if ["<=", ">=", "!=", "<>", "||", "==", "<<", ">>"].contains(pair) {
                    tokens.append(SQLToken(kind: .symbol, text: pair))
                    index += 2
                } else {
                    tokens.append(SQLToken(kind: .symbol, text: String(character)))
                    index += 1
                }
            }
        }
        return tokens
    }

    /// The tokens on one line: one space between tokens, none after `(` or before `)` and `,`, none
    /// between a function name and its `(`.
    static func render(_ tokens: [SQLToken]) -> String {
        var text = ""
        for (index, token) in tokens.enumerated() {
            if index > 0 {
                let previous = tokens[index - 1]
                let tight = previous.isSymbol("(") || token.isSymbol(")") || token.isSymbol(",")
                    || token.isSymbol("(") && previous.kind == .word && SpiderGrammar.aggregates.contains(previous.lowered)
                if !tight { text += " " }
            }
            text += token.text
        }
        return text
    }
}

extension SQLToken {
    /// `sql` on one line: every run of white space outside string literals and quoted names
    /// becomes one space (gold files hold one query per line).
    static func oneLine(_ sql: String) -> String {
        var text = ""
        var quote: Character?
        var pendingSpace = false
        for character in sql.trimmingCharacters(in: .whitespacesAndNewlines) {
            if let open = quote {
                text.append(character)
                if character == (open == "[" ? "]" : open) { quote = nil }
            } else if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace { text.append(" "); pendingSpace = false }
                if "'\"`[".contains(character) { quote = character }
                text.append(character)
            }
        }
        return text
    }
}
