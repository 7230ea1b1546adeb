import Model
import SQLite

/// Distinct values for the one primary-key column that makes rows unique by their index.
enum PrimaryKeyValues {
    /// How many distinct values the column can hold, nil when practically unlimited.
    static func capacity(of column: Column, shape: ColumnShape) -> Int? {
        switch shape.family {
        case .integer:
            return shape.integerLimit >= Int64(Int32.max) ? nil : Int(shape.integerLimit)
        case .decimal:
            var limit = 1
            for _ in 0..<min(shape.integerDigits, 15) { limit *= 10 }
            return shape.integerDigits >= 15 ? nil : limit - 1
        case .text:
            if usesBusinessID(column, shape) { return nil }
            guard let width = shape.maxLength, width < 12 else { return nil }
            var limit = 1
            for _ in 0..<width { limit *= 36 }
            return limit
        case .date:
            return nil
        case .time:
            return 86_400
        case .other:
            return shape.isBoolean ? 2 : nil
        }
    }

    /// The value of row `index` (0-based).
    static func value(index: Int, column: Column, shape: ColumnShape) -> SQLValue {
        switch shape.family {
        case .integer, .decimal:
            return .int(index + 1)
        case .text:
            if usesBusinessID(column, shape) { return .text(BusinessKey.id(index + 1)) }
            return .text(BusinessKey.code(index, width: min(shape.maxLength ?? 4, 4)))
        case .date:
            return .text(CivilDate(julianDay: ValueRecipe.firstDay + index).iso)
        case .time:
            return .text(ValueRecipe.clock(index))
        case .other:
            if shape.isBlob { return .blob(withUnsafeBytes(of: UInt64(index).bigEndian) { Array($0) }) }
            return .int(shape.isBoolean ? index : index + 1)
        }
    }

    private static func usesBusinessID(_ column: Column, _ shape: ColumnShape) -> Bool {
        let name = column.name.lowercased()
        return (name.hasSuffix("_id") || name == "id") && (shape.maxLength ?? 16) >= 16
    }
}
