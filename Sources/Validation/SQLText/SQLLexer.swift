/// One lexical token of an SQL text: a word, a quoted identifier, a string or number literal, an
/// operator or a punctuation mark. White space and comments are not tokens; `range` lets a rewrite
/// replace a token in place and keep the rest of the text as written.
public struct SQLToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, quotedIdentifier, string, number, symbol
    }

    public let kind: Kind
    public let text: String
    /// UTF-8 offsets of the token in the SQL text.
    public let range: Range<Int>

    /// The upper-cased text of a bare word (keywords compare with this).
    public var upper: String { kind == .word ? text.uppercased() : text }

    /// Whether this is the bare word `keyword` (case-insensitive).
    public func isWord(_ keyword: String) -> Bool { kind == .word && text.uppercased(equals: keyword) }
}

/// Splits SQLite SQL into ``SQLToken``s (the project's one SQL tokenizer: the contrast step's
/// rewrites and ``SQLStructure``'s parser read its tokens).
public enum SQLLexer {
    /// The tokens of `sql` in order; an unterminated string or quoted identifier runs to the end.
    public static func tokens(in sql: String) -> [SQLToken] {
        let bytes = Array(sql.utf8)
        var tokens: [SQLToken] = []
        var index = 0
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func isWordByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80
                || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f")) }
        func skipQuoted(_ close: UInt8) {
            index += 1
            while index < bytes.count {
                if bytes[index] == close {
                    if index + 1 < bytes.count, bytes[index + 1] == close, close != UInt8(ascii: "]") { index += 2; continue }
                    index += 1
                    return
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index = min(bytes.count, index + 2)
            case UInt8(ascii: "'"):
                skipQuoted(byte)
                tokens.append(SQLToken(kind: .string, text: text(start..<index), range: start..<index))
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                skipQuoted(byte)
                tokens.append(SQLToken(kind: .quotedIdentifier, text: text(start..<index), range: start..<index))
            case UInt8(ascii: "["):
                skipQuoted(UInt8(ascii: "]"))
                tokens.append(SQLToken(kind: .quotedIdentifier, text: text(start..<index), range: start..<index))
            default:
                if byte == UInt8(ascii: "0"), index + 2 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "x"), isHexDigit(bytes[index + 2]) {
                    index += 2
                    while index < bytes.count, isHexDigit(bytes[index]) { index += 1 }
                    tokens.append(SQLToken(kind: .number, text: text(start..<index), range: start..<index))
                } else if isDigit(byte) || (byte == UInt8(ascii: ".") && index + 1 < bytes.count && isDigit(bytes[index + 1])) {
                    while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") { index += 1 }
                    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                        index += 1
                        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                    }
                    tokens.append(SQLToken(kind: .number, text: text(start..<index), range: start..<index))
                } else if isWordByte(byte) {
                    while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
                    tokens.append(SQLToken(kind: .word, text: text(start..<index), range: start..<index))
                } else {
                    let pair = index + 1 < bytes.count ? text(index..<index + 2) : ""
                    if pair == "->", index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ">") {
                        index += 3
                    } else {
                        index += ["<=", ">=", "<>", "!=", "==", "||", "<<", ">>", "->"].contains(pair) ? 2 : 1
                    }
                    tokens.append(SQLToken(kind: .symbol, text: text(start..<index), range: start..<index))
                }
            }
        }
        return tokens
    }
}
