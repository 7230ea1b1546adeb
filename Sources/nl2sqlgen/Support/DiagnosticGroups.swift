import Model

/// Diagnostics as lines for a terminal: every error on its own line; warnings of one kind (the
/// message with its quoted names left out, e.g. "missing description of column") on one line with
/// their count and the first places, so that real errors are not buried under 69 warnings.
enum DiagnosticGroups {
    /// At most this many warnings of a kind are printed one per line.
    static let ungrouped = 3

    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        var lines = diagnostics.filter { $0.severity == .error }.map(\.description)
        var kinds: [String] = []
        var byKind: [String: [Diagnostic]] = [:]
        for warning in diagnostics where warning.severity == .warning {
            let kind = Self.kind(of: warning.message)
            if byKind[kind] == nil { kinds.append(kind) }
            byKind[kind, default: []].append(warning)
        }
        for kind in kinds {
            let warnings = byKind[kind] ?? []
            if warnings.count <= ungrouped {
                lines += warnings.map(\.description)
            } else {
                let places = warnings.prefix(2).map(\.path).joined(separator: ", ")
                lines.append("warning: \(warnings.count) × \(kind) (\(places), ...)")
            }
        }
        return lines
    }

    /// The message with every quoted part removed: `missing description of column "a.b"` →
    /// `missing description of column`.
    static func kind(of message: String) -> String {
        var result = ""
        var quoted = false
        for character in message {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted { result.append(character) }
        }
        return result.split(separator: " ").joined(separator: " ")
    }
}
