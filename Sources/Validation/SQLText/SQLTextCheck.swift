import Model

/// Checks an SQL text as a whole before SQLite sees it.
public enum SQLTextCheck {
    /// A message when `sql` holds a NUL or another control character outside white space (tab,
    /// line feed, carriage return, form feed), else nil. Such bytes can hide text from SQLite's
    /// C API or from a reader of the dataset.
    public static func controlCharacterProblem(in sql: String) -> String? {
        var offset = 0
        for scalar in sql.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(value)) || value == 0x7F {
                return "the SQL holds the control character U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4)) at byte \(offset); only one plain-text statement is allowed"
            }
            offset += String(scalar).utf8.count
        }
        return nil
    }
}
