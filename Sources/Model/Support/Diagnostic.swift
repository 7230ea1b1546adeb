/// One problem found while checking an input file, located by its JSON path (e.g.
/// `$.tables[3].columns[2].type`) or by another location string such as `line 12`.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var path: String
    public var message: String

    public init(_ severity: Severity, at path: String, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(path): \(message)" }
}

/// A set of diagnostics that contains at least one error, thrown by the loaders.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// What was being read, e.g. the file path.
    public var source: String
    public var diagnostics: [Diagnostic]

    public init(source: String, diagnostics: [Diagnostic]) {
        self.source = source
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        let lines = diagnostics.map { "  \($0)" }.joined(separator: "\n")
        return "\(source): \(errors.count) error(s)\n\(lines)"
    }
}
