import Foundation

extension LiteralCheck {
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]

    /// `1998q2` (a quarter as TPC-DS writes it): year and quarter.
    static func quarter(_ text: String) -> (year: Int, quarter: Int)? {
        let parts = text.split(separator: "q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let quarter = Int(parts[1]), (1...4).contains(quarter) else { return nil }
        return (year, quarter)
    }

    /// The two dates of a range value `first..last` (``values(in:)``).
    static func range(_ value: String) -> (first: String, last: String)? {
        let parts = value.components(separatedBy: rangeSeparator)
        guard parts.count == 2, isoDate(parts[0]) != nil, isoDate(parts[1]) != nil else { return nil }
        return (parts[0], parts[1])
    }

    /// How a question states the period a date range spans when it is a whole year (`2001`), quarter
    /// (`q4 2001`, `fourth quarter of 2001`, ...) or month (`november 2001`); empty for other ranges.
    static func spanForms(first: String, last: String) -> [String] {
        guard let from = isoDate(first), let to = isoDate(last), from.year == to.year, from.day == 1,
              to.day == daysIn(month: to.month, year: to.year) else { return [] }
        switch (from.month, to.month) {
        case (1, 12): return ["\(from.year)"]
        case let (start, end) where start == end:
            let name = monthNames[start - 1]
            return ["\(name) \(from.year)", "\(name) of \(from.year)"]
        case let (start, end) where start % 3 == 1 && end == start + 2:
            return forms(of: "\(from.year)q\((start + 2) / 3)").dropFirst().map { $0 }
        default: return []
        }
    }

    /// The days of `month` of `year` (Gregorian).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The ways a question may write a literal, lower case: the literal itself; a number also with
    /// thousands separators and without trailing decimal zeros (`1234.50`: `1,234.50`, `1234.5`,
    /// `1,234.5`; a whole number from 1 to 12 also as its month's name); an ISO date `2001-03-05`
    /// also as `March 5, 2001`, `5 March 2001` and `03/05/2001`; a quarter `1998Q2` also as
    /// `second quarter of 1998`, `2nd quarter 1998`, `Q2 1998`.
    static func forms(of value: String) -> [String] {
        let lowered = value.lowercased()
        var forms = [lowered]
        if isNumber(lowered) {
            var trimmed = lowered
            if trimmed.contains(".") {
                while trimmed.hasSuffix("0") { trimmed.removeLast() }
                if trimmed.hasSuffix(".") { trimmed.removeLast() }
            }
            for number in [lowered, trimmed] {
                forms.append(number)
                forms.append(grouped(number))
            }
            // A month number is also stated by its name ("in November 2001" for `d_moy = 11`).
            if let month = Int(lowered), (1...12).contains(month) { forms.append(monthNames[month - 1]) }
        } else if let quarter = quarter(lowered) {
            let ordinal = ["first", "second", "third", "fourth"][quarter.quarter - 1]
            let short = ["1st", "2nd", "3rd", "4th"][quarter.quarter - 1]
            for name in [ordinal, short] {
                forms += ["\(name) quarter of \(quarter.year)", "\(name) quarter \(quarter.year)", "\(quarter.year) \(name) quarter"]
            }
            forms += ["q\(quarter.quarter) \(quarter.year)", "\(quarter.year) q\(quarter.quarter)", "q\(quarter.quarter) of \(quarter.year)",
                      "quarter \(quarter.quarter) of \(quarter.year)", "\(quarter.year)-q\(quarter.quarter)"]
        } else if let range = range(lowered) {
            // A date range: the period it spans, or its two dates.
            forms += spanForms(first: range.first, last: range.last) + Self.forms(of: range.first) + Self.forms(of: range.last)
        } else if let date = isoDate(lowered) {
            let month = monthNames[date.month - 1]
            forms += ["\(month) \(date.day), \(date.year)", "\(date.day) \(month) \(date.year)",
                      String(format: "%02d/%02d/%04d", date.month, date.day, date.year)]
        }
        var unique: [String] = []
        for form in forms where !unique.contains(form) { unique.append(form) }
        return unique
    }

    /// Whether `form` occurs in `text`; a number only where no digit (or decimal point and digit)
    /// continues it on either side.
    static func stated(_ form: String, in text: String) -> Bool {
        guard isNumber(form.replacingOccurrences(of: ",", with: "")) else { return text.contains(form) }
        let characters = Array(text)
        let needle = Array(form)
        guard needle.count <= characters.count else { return false }
        for start in 0...(characters.count - needle.count) where Array(characters[start..<(start + needle.count)]) == needle {
            let before = start > 0 ? characters[start - 1] : " "
            let endIndex = start + needle.count
            let after = endIndex < characters.count ? characters[endIndex] : " "
            let afterNext = endIndex + 1 < characters.count ? characters[endIndex + 1] : " "
            let beforePrevious = start > 1 ? characters[start - 2] : " "
            if before.isNumber || after.isNumber { continue }
            if (after == "." || after == ",") && afterNext.isNumber { continue }
            if (before == "." || before == ",") && beforePrevious.isNumber { continue }
            if before == "-" && beforePrevious.isNumber { continue }
            return true
        }
        return false
    }

    static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && body.filter { $0 == "." }.count <= 1
            && body.first != "."
    }

    /// `1234567.5` → `1,234,567.5`.
    static func grouped(_ number: String) -> String {
        var sign = ""
        var body = Substring(number)
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = Array(parts[0])
        var result = ""
        while whole.count > 3 {
            result = "," + String(whole.suffix(3)) + result
            whole.removeLast(3)
        }
        result = String(whole) + result
        return sign + result + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Year, month and day of `yyyy-mm-dd`.
    static func isoDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}
