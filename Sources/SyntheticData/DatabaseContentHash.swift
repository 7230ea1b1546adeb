import Model
import SQLite

/// A stable hash of the content: for every table in schema order, every row ordered by all
/// columns, values rendered canonically.
///
/// Each table contributes a header (`table <name>` and its column names) and one line per row;
/// values are tagged and length-prefixed: `N` (NULL), `I42`, `R12.5` (shortest round-trip
/// double), `T5:hello`, `B<hex>`, separated by `|`. The hash does not depend on the file layout,
/// so it can compare databases written by different SQLite versions.
public enum DatabaseContentHash {
    /// Lower-case hex SHA-256 of the content of `schema`'s tables in `connection`.
    public static func sha256(of connection: Connection, schema: Schema) throws -> String {
        var hasher = SHA256()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        for table in schema.tables {
            buffer.append(contentsOf: "table \(table.name.utf8.count):\(table.name)\n".utf8)
            for column in table.columns { buffer.append(contentsOf: "column \(column.name.utf8.count):\(column.name)\n".utf8) }
            guard !table.columns.isEmpty else { continue }
            let order = SQL(rendered: (1...table.columns.count).map(String.init).joined(separator: ", "))
            let sql: SQL = "SELECT \(identifiers: table.columns.map(\.name)) FROM \(identifier: table.name) ORDER BY \(order)"
            let statement = try connection.prepare(sql.text)
            let count = table.columns.count
            while try statement.step() {
                for index in 0..<count {
                    if index > 0 { buffer.append(UInt8(ascii: "|")) }
                    render(statement.value(at: index), into: &buffer)
                }
                buffer.append(UInt8(ascii: "\n"))
                if buffer.count >= 1 << 16 {
                    hasher.update(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        hasher.update(buffer)
        return SHA256.hexString(hasher.finalize())
    }

    private static func render(_ value: SQLValue, into buffer: inout [UInt8]) {
        switch value {
        case .null:
            buffer.append(UInt8(ascii: "N"))
        case .integer(let number):
            buffer.append(UInt8(ascii: "I"))
            buffer.append(contentsOf: String(number).utf8)
        case .real(let number):
            buffer.append(UInt8(ascii: "R"))
            buffer.append(contentsOf: number.description.utf8)
        case .text(let text):
            buffer.append(UInt8(ascii: "T"))
            buffer.append(contentsOf: String(text.utf8.count).utf8)
            buffer.append(UInt8(ascii: ":"))
            buffer.append(contentsOf: text.utf8)
        case .blob(let bytes):
            buffer.append(UInt8(ascii: "B"))
            buffer.append(contentsOf: SHA256.hexString(bytes).utf8)
        }
    }
}
