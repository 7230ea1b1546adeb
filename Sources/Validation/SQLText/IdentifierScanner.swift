/// Collects the identifiers an SQL text names, skipping string literals and comments.
///
/// This is a tokenizer, not a parser: the validator uses it only to tell the columns an SQL names
/// from the columns SQLite's authorizer reports behind a `*`.
public enum IdentifierScanner {
    /// Lower-cased identifiers of `sql` (bare, "double-quoted", `back-quoted` and [bracketed]).
    public static func identifiers(in sql: String) -> Set<String> {
        Set(tokens(in: sql).map { $0.text.lowercased() })
    }

    /// Bare words (keywords and unquoted identifiers) of `sql` in order, upper-cased.
    public static func bareWords(in sql: String) -> [String] {
        tokens(in: sql).filter { !$0.quoted }.map { $0.text.uppercased() }
    }

    /// Identifier-like tokens in order, as written, with whether they were quoted.
    static func tokens(in sql: String) -> [(text: String, quoted: Bool)] {
        var result: [(text: String, quoted: Bool)] = []
        let bytes = Array(sql.utf8)
        var index = 0
        func isIdentifierByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        func readQuoted(until close: UInt8) -> String {
            index += 1
            var text: [UInt8] = []
            while index < bytes.count {
                if bytes[index] == close {
                    if close != UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == close {
                        text.append(close)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                text.append(bytes[index])
                index += 1
            }
            return String(decoding: text, as: UTF8.self)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"):
                _ = readQuoted(until: UInt8(ascii: "'"))
            case UInt8(ascii: "\""):
                result.append((readQuoted(until: UInt8(ascii: "\"")), true))
            case UInt8(ascii: "`"):
                result.append((readQuoted(until: UInt8(ascii: "`")), true))
            case UInt8(ascii: "["):
                result.append((readQuoted(until: UInt8(ascii: "]")), true))
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index += 2
            default:
                if isIdentifierByte(byte) {
                    let start = index
                    while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
                    let first = bytes[start]
                    if !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
                        result.append((String(decoding: bytes[start..<index], as: UTF8.self), false))
                    }
                } else {
                    index += 1
                }
            }
        }
        return result
    }
}
