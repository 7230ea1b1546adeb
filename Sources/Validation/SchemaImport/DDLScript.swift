/// Splits a DDL script (SQLite, PostgreSQL's pg_dump, MySQL's mysqldump) into statements: `;`
/// inside strings, quoted identifiers, comments and PostgreSQL dollar-quoted bodies (`$$ ... $$`,
/// `$fn$ ... $fn$`) does not end a statement; the data rows after `COPY ... FROM stdin;` up to
/// `\.` are skipped, and so are psql meta-command lines (`\connect`); in a MySQL script (backticks) a backslash escapes the next character of a string.
enum DDLScript {
    /// One statement and the 1-based line it starts on.
    struct Statement: Equatable {
        var sql: String
        var line: Int
    }

    static func split(_ script: String) -> [Statement] {
        let bytes = Array(script.utf8)
        let backslashEscapes = bytes.contains(UInt8(ascii: "`"))
        var statements: [Statement] = []
        var start = 0
        var line = 1
        var startLine = 1
        var index = 0
        func advance() {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        func skipQuoted(_ close: UInt8, escapes: Bool) {
            advance()
            while index < bytes.count {
                if escapes, bytes[index] == UInt8(ascii: "\\") {
                    advance()
                    if index < bytes.count { advance() }
                    continue
                }
                if bytes[index] == close { advance(); return }
                advance()
            }
        }
        /// The dollar-quote tag starting at `index` (`$$` or `$name$`), if any.
        func dollarTag() -> [UInt8]? {
            var end = index + 1
            while end < bytes.count, bytes[end] == UInt8(ascii: "_") || (bytes[end] | 0x20 >= UInt8(ascii: "a") && bytes[end] | 0x20 <= UInt8(ascii: "z")) {
                end += 1
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "$") else { return nil }
            if index > 0, bytes[index - 1] == UInt8(ascii: "_") || (bytes[index - 1] | 0x20 >= UInt8(ascii: "a") && bytes[index - 1] | 0x20 <= UInt8(ascii: "z")) || (bytes[index - 1] >= UInt8(ascii: "0") && bytes[index - 1] <= UInt8(ascii: "9")) {
                return nil
            }
            return Array(bytes[index...end])
        }
        func finish(at end: Int) {
            var text = String(decoding: bytes[start..<end], as: UTF8.self)
            var firstLine = startLine
            while let first = text.first, first.isWhitespace {
                if first == "\n" { firstLine += 1 }
                text.removeFirst()
            }
            while let last = text.last, last.isWhitespace || last == ";" { text.removeLast() }
            if !text.isEmpty, !SQLLexer.tokens(in: text).isEmpty { statements.append(Statement(sql: text, line: firstLine)) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"):
                skipQuoted(byte, escapes: backslashEscapes)
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                skipQuoted(byte, escapes: false)
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "\\") where index == 0 || bytes[index - 1] == 0x0A:
                // A psql meta-command line (`\connect db`, `\restrict key`): not SQL.
                let noStatementYet = SQLLexer.tokens(in: String(decoding: bytes[start..<index], as: UTF8.self)).isEmpty
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                if noStatementYet {
                    start = index
                    startLine = line
                }
            case UInt8(ascii: "#") where backslashEscapes:
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                advance(); advance()
                while index < bytes.count, !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")) { advance() }
                if index < bytes.count { advance(); advance() }
            case UInt8(ascii: "$"):
                if let tag = dollarTag() {
                    for _ in tag { advance() }
                    while index < bytes.count, !(bytes[index] == UInt8(ascii: "$") && bytes[index...].starts(with: tag)) { advance() }
                    for _ in tag where index < bytes.count { advance() }
                } else {
                    advance()
                }
            case UInt8(ascii: ";"):
                let statementStart = start
                finish(at: index)
                advance()
                start = index
                startLine = line
                if isCopyFromStdin(bytes[statementStart..<index]) {
                    // Skip the data rows up to the line `\.`.
                    while index < bytes.count {
                        let lineStart = index
                        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                        let text = bytes[lineStart..<index]
                        if index < bytes.count { advance() }
                        if text.elementsEqual("\\.".utf8) || text.elementsEqual("\\.\r".utf8) { break }
                    }
                    start = index
                    startLine = line
                }
                continue
            default:
                advance()
            }
        }
        if start < bytes.count { finish(at: bytes.count) }
        return statements
    }

    private static func isCopyFromStdin(_ bytes: ArraySlice<UInt8>) -> Bool {
        let tokens = SQLLexer.tokens(in: String(decoding: bytes, as: UTF8.self))
        guard tokens.first?.isWord("COPY") == true else { return false }
        return zip(tokens, tokens.dropFirst()).contains { $0.isWord("FROM") && $1.isWord("STDIN") }
    }
}
