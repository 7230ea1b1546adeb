import Foundation
import Model
import SQLite

/// Canonical rendering and hashing of result rows, so that two SQLs can be proven to agree or differ.
///
/// Numbers are rendered by value (an integral REAL equals the INTEGER; other REALs keep 10
/// significant digits, absorbing summation-order noise), text and blobs are tagged, NULL is its own token.
public enum ResultFingerprint {
    /// One canonical row.
    public static func render(_ row: [SQLValue]) -> String {
        row.map(render).joined(separator: "\u{1F}")
    }

    /// One canonical value.
    public static func render(_ value: SQLValue) -> String {
        switch value {
        case .null: return "N"
        case .integer(let number): return "#\(number)"
        case .real(let number):
            if number.isNaN { return "#nan" }
            if number == number.rounded(), abs(number) < 9.0e15 { return "#\(Int64(number))" }
            return "#" + significant(number)
        case .text(let text): return "T" + text
        case .blob(let bytes): return "B" + SHA256.hexString(bytes)
        }
    }

    /// Hashes rendered rows: `sorted` gives the order-insensitive fingerprint.
    public static func hash(rows: [String], columnCount: Int, sorted: Bool) -> String {
        var hasher = SHA256()
        hasher.update("columns:\(columnCount)\n")
        for row in sorted ? rows.sorted() : rows {
            hasher.update(row)
            hasher.update([0x0A])
        }
        return SHA256.hexString(hasher.finalize())
    }

    private static func significant(_ number: Double) -> String {
        String(format: "%.10g", number)
    }
}
