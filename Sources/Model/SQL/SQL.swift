/// An SQL text built from code and values, through which every writer of SQL goes: identifiers
/// are quoted by ``SQLIdentifier`` and literals are rendered safely, so no name or value can end
/// a string, an identifier or the statement (compare GRDB.swift's `SQL` interpolation).
///
///     let query: SQL = "SELECT \(identifier: column) FROM \(identifier: table) WHERE x = \(literal: "it's")"
public struct SQL: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The rendered SQL text.
    public private(set) var text: String

    /// SQL written in code (no interpolated names or values).
    public init(stringLiteral value: String) {
        text = value
    }

    public init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    /// Text already rendered as SQL by another ``SQL`` value or a trusted writer (e.g. SQL that the
    /// validator has checked); names and values inside it are not quoted again.
    public init(rendered: String) {
        text = rendered
    }

    public var description: String { text }

    /// The pieces joined with `separator`.
    public static func joined(_ pieces: [SQL], separator: String = ", ") -> SQL {
        SQL(rendered: pieces.map(\.text).joined(separator: separator))
    }

    /// A column type name: kept as written when it follows the grammar `name [name ...] [(n) | (p, s)]`,
    /// otherwise quoted so that it stays one type name.
    public static func typeName(_ type: String) -> SQL {
        SQLTypeName.isValid(type) ? SQL(rendered: type) : SQL(rendered: SQLIdentifier.quoted(type))
    }

    /// A string literal with inner quotes doubled.
    public static func literal(_ text: String) -> SQL {
        SQL(rendered: "'" + text.replacingOccurrences(of: "'", with: "''") + "'")
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// SQL written in code.
        public mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        /// A table, column or alias name, quoted when it needs it.
        public mutating func appendInterpolation(identifier name: String) {
            text += SQLIdentifier.quoteIfNeeded(name)
        }

        /// Names joined by `, `, each quoted when it needs it.
        public mutating func appendInterpolation(identifiers names: [String]) {
            text += names.map(SQLIdentifier.quoteIfNeeded).joined(separator: ", ")
        }

        /// Another SQL text.
        public mutating func appendInterpolation(_ sql: SQL) {
            text += sql.text
        }

        /// A string literal.
        public mutating func appendInterpolation(literal value: String) {
            text += SQL.literal(value).text
        }

        /// An integer literal.
        public mutating func appendInterpolation(literal value: Int) {
            text += String(value)
        }
    }
}
