import SQLite

/// Splits an SQL script into statements at the `;` that end them. A single pass over the bytes
/// skips semicolons inside strings, quoted identifiers and comments, so the time is linear in the
/// script's length; only a `CREATE TRIGGER` statement, whose body holds `;`, is checked with
/// SQLite's own tokenizer (`sqlite3_complete`) at each of its semicolons.
public enum SQLScriptSplitter {
    /// One statement of a script and the 1-based line it starts on.
    public struct Piece: Sendable, Equatable {
        public var sql: String
        public var line: Int
    }

    /// The statements of `script`, trimmed, without their final `;`; pieces holding only
    /// comments or white space are dropped.
    public static func split(_ script: String) -> [Piece] {
        let bytes = Array(script.utf8)
        var pieces: [Piece] = []
        var start = 0
        var startLine = 1
        var line = 1
        var index = 0
        func skip(until close: UInt8) {
            index += 1
            while index < bytes.count, bytes[index] != close {
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                line += 1
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                skip(until: byte)
            case UInt8(ascii: "["):
                skip(until: UInt8(ascii: "]"))
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index + 1 < bytes.count, bytes[index + 1] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index < bytes.count, !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")) {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                index += 1
            case UInt8(ascii: ";"):
                let statement = String(decoding: bytes[start...index], as: UTF8.self)
                if !isTrigger(statement) || SQLText.isComplete(statement) {
                    append(statement, line: startLine, to: &pieces)
                    start = index + 1
                    startLine = line
                }
            default:
                break
            }
            index += 1
        }
        if start < bytes.count {
            append(String(decoding: bytes[start...], as: UTF8.self), line: startLine, to: &pieces)
        }
        return pieces
    }

    /// Whether `statement` begins `CREATE [TEMP|TEMPORARY] TRIGGER`.
    private static func isTrigger(_ statement: String) -> Bool {
        let words = withoutLeadingComments(statement).prefix(64).lowercased()
            .split(whereSeparator: { !$0.isLetter }).prefix(3)
        return words.first == "create" && words.dropFirst().prefix(2).contains("trigger")
    }

    private static func append(_ text: String, line: Int, to pieces: inout [Piece]) {
        var body = Substring(text)
        var startLine = line
        while let first = body.first, first.isWhitespace {
            if first == "\n" { startLine += 1 }
            body = body.dropFirst()
        }
        while let last = body.last, last.isWhitespace || last == ";" { body = body.dropLast() }
        guard !body.isEmpty, !isOnlyComments(String(body)) else { return }
        pieces.append(Piece(sql: String(body), line: startLine))
    }

    /// `sql` without the comments and white space before its first token.
    public static func withoutLeadingComments(_ sql: String) -> Substring {
        var rest = Substring(sql)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            if rest.hasPrefix("--") {
                rest = rest.drop(while: { $0 != "\n" })
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return "" }
                rest = rest[end.upperBound...]
            } else {
                return rest
            }
        }
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        withoutLeadingComments(text).isEmpty
    }
}
