import Model
import SQLite

/// What a declared column type allows: its family, text length and decimal digits.
struct ColumnShape: Sendable {
    /// The broad type family.
    let family: SQLTypeFamily
    /// The declared length of `char(n)` / `varchar(n)`, nil when unbounded.
    let maxLength: Int?
    /// Digits before the decimal point a `decimal(p,s)` can hold.
    let integerDigits: Int
    /// Digits after the decimal point.
    let fractionDigits: Int
    /// The largest absolute integer value the type holds (`smallint`, `tinyint`, `integer`).
    let integerLimit: Int64
    /// `boolean` / `bit` columns.
    let isBoolean: Bool
    /// `blob` / `binary` columns.
    let isBlob: Bool

    init(declaredType: String) {
        let type = declaredType.lowercased()
        family = SQLTypeFamily(declaredType: type)
        let numbers = ColumnShape.parenthesisedNumbers(type)
        isBoolean = type.hasPrefix("bool") || type == "bit"
        isBlob = type.contains("blob") || type.contains("binary") || type.contains("bytea")
        switch family {
        case .text:
            maxLength = numbers.first.flatMap { $0 > 0 ? $0 : nil }
            integerDigits = 0
            fractionDigits = 0
        case .decimal:
            maxLength = nil
            if numbers.count >= 2 {
                fractionDigits = max(0, min(numbers[1], 6))
                integerDigits = max(1, min(numbers[0] - numbers[1], 12))
            } else if numbers.count == 1 {
                fractionDigits = 0
                integerDigits = max(1, min(numbers[0], 12))
            } else {
                fractionDigits = 2
                integerDigits = 10
            }
        default:
            maxLength = nil
            integerDigits = 0
            fractionDigits = 0
        }
        if type.contains("tinyint") {
            integerLimit = 127
        } else if type.contains("smallint") {
            integerLimit = 32_767
        } else if type.contains("mediumint") {
            integerLimit = 8_388_607
        } else {
            integerLimit = Int64.max
        }
    }

    /// The largest value of a decimal column, in units of 1/100 (cents).
    var decimalLimitCents: Int64 {
        var limit: Int64 = 100
        for _ in 0..<integerDigits { limit *= 10 }   // integerDigits <= 12, so no overflow
        return limit - 1
    }

    /// `value` made to fit: text cut to the declared length, decimals rounded to the declared digits.
    func fit(_ value: SQLValue) -> SQLValue {
        switch value {
        case .text(let text):
            if let maxLength, text.count > maxLength { return .text(String(text.prefix(maxLength))) }
            return value
        case .real(let number) where family == .decimal && fractionDigits < 2:
            var factor = 1.0
            for _ in 0..<fractionDigits { factor *= 10 }
            return .real((number * factor).rounded() / factor)
        default:
            return value
        }
    }

    /// The integers found between the first pair of parentheses, e.g. `[7, 2]` for `decimal(7,2)`.
    private static func parenthesisedNumbers(_ type: String) -> [Int] {
        guard let open = type.firstIndex(of: "("), let close = type[open...].firstIndex(of: ")") else { return [] }
        return type[type.index(after: open)..<close]
            .split(separator: ",")
            .compactMap { Int($0.filter { !$0.isWhitespace }) }
    }
}
