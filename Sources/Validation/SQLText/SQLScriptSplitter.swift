import SQLite

/// Splits an SQL script into statements at the `;` that end them, using SQLite's own tokenizer
/// (`sqlite3_complete`) so that semicolons inside strings, identifiers and comments do not split.
public enum SQLScriptSplitter {
    /// One statement of a script and the 1-based line it starts on.
    public struct Piece: Sendable, Equatable {
        public var sql: String
        public var line: Int
    }

    /// The statements of `script`, trimmed, without their final `;`; pieces holding only
    /// comments or white space are dropped.
    public static func split(_ script: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var startLine = 1
        var line = 1
        for character in script {
            current.append(character)
            if character == "\n" { line += 1 }
            if character == ";", SQLText.isComplete(current) {
                append(current, line: startLine, to: &pieces)
                current = ""
                startLine = line
            }
        }
        append(current, line: startLine, to: &pieces)
        return pieces
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
