import Foundation

/// Escaping and number formatting for the HTML report.
enum HTML {
    /// `text` safe inside element content and quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A number with up to `digits` decimals (fixed, locale-independent).
    static func number(_ value: Double, digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// A figure such as a median: `18` for a whole number, else one decimal (`17.5`).
    static func figure(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value * 100)
    }

    /// A table with a header row; cells are escaped unless given as raw HTML by ``Cell/raw(_:)``.
    static func table(_ header: [String], _ rows: [[Cell]], id: String? = nil) -> String {
        var out = "<table\(id.map { " id=\"\(escape($0))\"" } ?? "")><thead><tr>"
        out += header.map { "<th>\(escape($0))</th>" }.joined()
        out += "</tr></thead><tbody>"
        for row in rows { out += "<tr>" + row.map(\.html).joined() + "</tr>" }
        return out + "</tbody></table>"
    }

    enum Cell {
        case text(String)
        case number(Int)
        case raw(String)
        case flagged(String, bad: Bool)

        var html: String {
            switch self {
            case .text(let text): return "<td>\(HTML.escape(text))</td>"
            case .number(let value): return "<td class=\"num\">\(value)</td>"
            case .raw(let html): return "<td>\(html)</td>"
            case .flagged(let text, let bad): return "<td class=\"num\(bad ? " zero" : "")\">\(HTML.escape(text))</td>"
            }
        }
    }
}
